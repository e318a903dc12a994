package kr.seoul.chatdong.testing;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import kr.seoul.chatdong.language.events.EventType;

/**
 * The producer's definition of an event, as tests use it: producers check what they publish
 * against its JSON Schema; consumers are fed its example (never a hand copy).
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContracts() {}

    /** Validation errors of {@code payload} against the type's schema; empty when it conforms. */
    public static Set<String> violations(EventType<?> type, String payload) throws Exception {
        try (InputStream schema = resource(type.schemaResource())) {
            JsonSchema jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema);
            return jsonSchema.validate(JSON.readTree(payload)).stream()
                    .map(ValidationMessage::getMessage)
                    .collect(Collectors.toSet());
        }
    }

    /** The producer's example payload, with top-level fields replaced (e.g. a fresh roundId). */
    public static String example(EventType<?> type, String field, String value) throws Exception {
        try (InputStream in = resource(type.exampleResource())) {
            ObjectNode example = (ObjectNode) JSON.readTree(in);
            example.put(field, value);
            return JSON.writeValueAsString(example);
        }
    }

    public static JsonNode exampleNode(EventType<?> type) throws Exception {
        try (InputStream in = resource(type.exampleResource())) {
            return JSON.readTree(in);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("No event definition " + name + " on the classpath");
        }
        return in;
    }
}
