package kr.seoul.chatdong.language.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One kind of domain event: its CloudEvents {@code type} (a fact in the past tense, versioned),
 * the topic it travels on, its payload class, and the service that owns its definition. The JSON
 * Schema and an example live beside it as {@code events/<schemaName>.schema.json} and
 * {@code events/<type>.example.json}; {@code schemaName} is the type itself unless several types
 * share one payload (the steps of a consulting assignment do).
 */
public record EventType<P>(
        String type, String topic, Class<P> payloadType, String producer, String description, String schemaName) {

    public EventType(String type, String topic, Class<P> payloadType, String producer, String description) {
        this(type, topic, payloadType, producer, description, type);
    }

    public String schemaResource() {
        return "events/" + schemaName + ".schema.json";
    }

    public String exampleResource() {
        return "events/" + type + ".example.json";
    }

    /**
     * The event's name in documents (AsyncAPI messages): the words after the producer, without the
     * version, e.g. {@code RoundCompleted} for {@code kr.seoul.chatdong.monitoring.round.completed.v1}
     * and {@code ConsultingAssigned} for {@code ….monitoring.consulting.assigned.v1}.
     */
    public String name() {
        String[] parts = type.split("\\.");
        // kr.seoul.chatdong.<producer>.<words…>.v<n>
        return Arrays.stream(parts, 4, parts.length - 1)
                .flatMap(part -> Arrays.stream(part.split("-")))
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
                .collect(Collectors.joining());
    }
}
