package kr.seoul.chatdong.commons.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.seoul.chatdong.commons.events.CloudEventHeaders;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;

/**
 * The AsyncAPI 3.0 document of the platform's domain events, derived entirely from
 * {@link EventCatalog#all()}: per topic a channel and its dead-letter channel, per event type a
 * message (CloudEvents binary-mode Kafka headers, the stored JSON Schema as payload, the stored
 * example) and the operations that send and receive it. A type added to the catalog appears here
 * without any other change.
 */
public final class AsyncApiDocument {

    static final String ASYNCAPI_VERSION = "3.0.0";
    static final String KAFKA_BINDING_VERSION = "0.5.0";
    static final String SERVER = "kafka";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiDocument() {}

    /** A fresh copy of the document; callers that serve it should build it once. */
    public static ObjectNode build() {
        return build(EventCatalog.all());
    }

    static ObjectNode build(List<EventType<?>> types) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", ASYNCAPI_VERSION);
        doc.put("id", "urn:kr:seoul:chatdong:events");
        info(doc.putObject("info"));
        doc.put("defaultContentType", "application/json");
        server(doc.putObject("servers").putObject(SERVER));

        Map<String, List<EventType<?>>> byTopic = new LinkedHashMap<>();
        for (EventType<?> type : types) {
            byTopic.computeIfAbsent(type.topic(), t -> new ArrayList<>()).add(type);
        }
        ObjectNode channels = doc.putObject("channels");
        for (Map.Entry<String, List<EventType<?>>> topic : byTopic.entrySet()) {
            channel(channels, topic.getKey(), topic.getValue());
            deadLetterChannel(channels, topic.getKey(), topic.getValue());
        }

        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        for (EventType<?> type : types) {
            operations(operations, type);
            schemas.set(messageName(type), payloadSchema(type));
            messages.set(messageName(type), message(type));
            messages.set(deadLetterMessageName(type), deadLetterMessage(type));
        }
        return doc;
    }

    /** Channel id of a topic's channel (the topic itself; its address is the topic too). */
    public static String channelId(String topic) {
        return topic;
    }

    /** Name of the message of {@code type} in {@code components.messages}, e.g. RoundCompleted (see {@link EventType#name()}). */
    public static String messageName(EventType<?> type) {
        return type.name();
    }

    public static String deadLetterMessageName(EventType<?> type) {
        return messageName(type) + "DeadLettered";
    }

    private static void info(ObjectNode info) {
        info.put("title", "Chatdong platform events");
        info.put("version", "1.0.0");
        info.put("description", """
                Domain events of the Chatdong platform, the IT platform of Seoul's \
                찾아가는 동주민센터 programme (community service centres that reach out to residents): \
                monitoring, training, best-practice cases and governance services exchange them over Kafka.

                Every event is a CloudEvents 1.0 event in Kafka binary mode: its attributes travel as \
                `ce_*` headers, its data is the JSON record value, and the record key (also `ce_subject`) \
                is the id of the aggregate the event is about, so one aggregate's events stay in order. \
                Producers publish through a transactional outbox (at least once); consumers are idempotent \
                by `ce_id`, skip event types they do not handle, and put what they cannot process on \
                `<topic>.dlq`.

                Generated from the platform's event catalog; the JSON Schema and an example of each \
                payload are also served at `/api/v1/events/catalog`.""");
        info.putObject("contact").put("name", "Chatdong platform team");
        info.putObject("license").put("name", "Apache-2.0").put("url", "https://www.apache.org/licenses/LICENSE-2.0");
    }

    private static void server(ObjectNode server) {
        server.put("host", "{bootstrapServers}");
        server.put("protocol", "kafka");
        server.put("title", "Kafka");
        server.put(
                "description",
                "The platform's Kafka cluster. Operators set the bootstrap servers of every service "
                        + "with the environment variable KAFKA_BOOTSTRAP_SERVERS (default 127.0.0.1:9092 for local runs).");
        server.putObject("variables")
                .putObject("bootstrapServers")
                .put("default", "127.0.0.1:9092")
                .put("description", "Kafka bootstrap servers, host:port; set with KAFKA_BOOTSTRAP_SERVERS.");
    }

    private static void channel(ObjectNode channels, String topic, List<EventType<?>> types) {
        ObjectNode channel = channels.putObject(channelId(topic));
        channel.put("address", topic);
        channel.put("title", topic);
        channel.put("summary", "Kafka topic " + topic);
        channel.put(
                "description",
                "Events of types "
                        + String.join(", ", types.stream().map(EventType::type).toList())
                        + ". Consumers skip event types they do not handle, by the ce_type header.");
        servers(channel);
        ObjectNode messages = channel.putObject("messages");
        for (EventType<?> type : types) {
            ref(messages.putObject(messageName(type)), "#/components/messages/" + messageName(type));
        }
        kafkaChannelBinding(channel, topic);
    }

    private static void deadLetterChannel(ObjectNode channels, String topic, List<EventType<?>> types) {
        String dlq = EventCatalog.deadLetterTopic(topic);
        ObjectNode channel = channels.putObject(channelId(dlq));
        channel.put("address", dlq);
        channel.put("title", dlq);
        channel.put("summary", "Dead-letter topic of " + topic);
        channel.put(
                "description",
                "Messages of " + topic + " that a consumer could not process: unreadable, or failed "
                        + "three times. Each is the original record (key, value and ce_* headers as received) with the headers "
                        + "dead-letter-reason and dead-letter-cause added by the consumer's messaging layer, for operators to inspect.");
        servers(channel);
        ObjectNode messages = channel.putObject("messages");
        for (EventType<?> type : types) {
            ref(
                    messages.putObject(deadLetterMessageName(type)),
                    "#/components/messages/" + deadLetterMessageName(type));
        }
        kafkaChannelBinding(channel, dlq);
    }

    private static void servers(ObjectNode channel) {
        ref(channel.putArray("servers").addObject(), "#/servers/" + SERVER);
    }

    private static void kafkaChannelBinding(ObjectNode channel, String topic) {
        channel.putObject("bindings")
                .putObject("kafka")
                .put("topic", topic)
                .put("bindingVersion", KAFKA_BINDING_VERSION);
    }

    private static void operations(ObjectNode operations, EventType<?> type) {
        String name = messageName(type);
        String channel = channelId(type.topic());
        String dlq = channelId(EventCatalog.deadLetterTopic(type.topic()));

        ObjectNode publish = operations.putObject("publish" + name);
        publish.put("action", "send");
        publish.put("title", "Publish " + title(type));
        publish.put("summary", type.producer() + " publishes " + type.type());
        publish.put(
                "description",
                "Published by " + type.producer() + ", the owner of this event type, through its "
                        + "transactional outbox: at least once, in commit order per key (the aggregate id).");
        operationRefs(publish, channel, name);
        publish.put("x-producer", type.producer());

        ObjectNode receive = operations.putObject("receive" + name);
        receive.put("action", "receive");
        receive.put("title", "Receive " + title(type));
        receive.put("summary", "Consumers react to " + type.type());
        receive.put(
                "description",
                "Any service may consume this event in its own consumer group. Consumers apply it "
                        + "at most once per ce_id (redeliveries change nothing), ignore unknown payload fields, and send what they "
                        + "cannot process to " + EventCatalog.deadLetterTopic(type.topic()) + ".");
        operationRefs(receive, channel, name);

        ObjectNode deadLetter = operations.putObject("deadLetter" + name);
        deadLetter.put("action", "send");
        deadLetter.put("title", "Dead-letter " + title(type));
        deadLetter.put("summary", "Consumers dead-letter " + type.type() + " they could not process");
        deadLetter.put(
                "description",
                "Sent by a consuming service's messaging layer when an event is unreadable or its "
                        + "handling failed three times; the partition then goes on.");
        operationRefs(deadLetter, dlq, deadLetterMessageName(type));
    }

    private static void operationRefs(ObjectNode operation, String channel, String message) {
        ref(operation.putObject("channel"), "#/channels/" + pointer(channel));
        ref(operation.putArray("messages").addObject(), "#/channels/" + pointer(channel) + "/messages/" + message);
    }

    private static ObjectNode message(EventType<?> type) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", messageName(type));
        message.put("title", title(type));
        message.put("summary", summary(type.description()));
        message.put(
                "description",
                type.description() + "\n\nCloudEvents type `" + type.type() + "`, produced by "
                        + type.producer() + " on topic `" + type.topic()
                        + "`; the record key and ce_subject are the id of the "
                        + "aggregate the event is about. Consumers must ignore payload fields they do not know.");
        message.put("contentType", "application/json");
        message.set("headers", headers(type, true));
        ref(message.putObject("payload"), "#/components/schemas/" + messageName(type));
        message.putObject("correlationId")
                .put("description", "The event id, ce_id: consumers process each id once.")
                .put("location", "$message.header#/" + CloudEventHeaders.ID);
        kafkaMessageBinding(message);
        message.put("x-event-type", type.type());
        message.put("x-producer", type.producer());

        JsonNode example = load(type.exampleResource());
        ObjectNode named = message.putArray("examples").addObject();
        named.put("name", "example");
        named.put("summary", "The producer's example of " + type.type());
        named.set("headers", exampleHeaders(type, example));
        named.set("payload", example);
        return message;
    }

    private static ObjectNode deadLetterMessage(EventType<?> type) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", deadLetterMessageName(type));
        message.put("title", title(type) + " (dead-lettered)");
        message.put("summary", "A " + type.type() + " record a consumer could not process.");
        message.put(
                "description",
                "The original record of " + type.topic() + " as the consumer received it, with the "
                        + "headers dead-letter-reason and dead-letter-cause added. Its payload normally follows the event's schema, "
                        + "but a record dead-lettered as unreadable may not.");
        message.put("contentType", "application/json");
        ObjectNode headers = headers(type, false);
        ObjectNode properties = (ObjectNode) headers.get("properties");
        properties
                .putObject("dead-letter-reason")
                .put("type", "string")
                .put("description", "Why the consumer gave up on the record (the failure's message).");
        properties
                .putObject("dead-letter-cause")
                .put("type", "string")
                .put("description", "The message of the failure's cause, when it has one.");
        properties
                .putObject("dead-letter-topic")
                .put("type", "string")
                .put("description", "The topic the record was consumed from.");
        properties
                .putObject("dead-letter-partition")
                .put("type", "string")
                .put("description", "The partition the record was consumed from.");
        properties
                .putObject("dead-letter-offset")
                .put("type", "string")
                .put("description", "The offset of the record in that partition.");
        headers.putArray("required").add("dead-letter-reason");
        message.set("headers", headers);
        ref(message.putObject("payload"), "#/components/schemas/" + messageName(type));
        kafkaMessageBinding(message);
        message.put("x-event-type", type.type());
        return message;
    }

    private static void kafkaMessageBinding(ObjectNode message) {
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key")
                .put("type", "string")
                .put(
                        "description",
                        "The id of the aggregate the event is about (same as ce_subject); one aggregate's "
                                + "events share a partition and stay in order.");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
    }

    /**
     * The CloudEvents 1.0 Kafka binary-mode headers, as {@link OutboxRelay} writes them. On a
     * dead-letter topic they are as received, so none is required there.
     */
    private static ObjectNode headers(EventType<?> type, boolean asPublished) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "CloudEvents 1.0 attributes, Kafka protocol binding, binary mode: one header each.");
        ObjectNode p = headers.putObject("properties");
        p.putObject(CloudEventHeaders.ID)
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "CloudEvents id: unique per event; consumers deduplicate by it.");
        p.putObject(CloudEventHeaders.SOURCE)
                .put("type", "string")
                .put("pattern", "^/chatdong/")
                .put("description", "CloudEvents source: /chatdong/<application name> of the publishing service.")
                .putArray("examples")
                .add("/chatdong/" + type.producer());
        p.putObject(CloudEventHeaders.TYPE)
                .put("type", "string")
                .put("const", type.type())
                .put("description", "CloudEvents type: the event type, versioned.");
        p.putObject(CloudEventHeaders.TIME)
                .put("type", "string")
                .put("format", "date-time")
                .put("description", "CloudEvents time: when the event occurred (RFC 3339, UTC).");
        p.putObject(CloudEventHeaders.SPEC_VERSION)
                .put("type", "string")
                .put("const", "1.0")
                .put("description", "CloudEvents specversion.");
        p.putObject(CloudEventHeaders.SUBJECT)
                .put("type", "string")
                .put(
                        "description",
                        "CloudEvents subject: the id of the aggregate the event is about; equals the record key.");
        p.putObject(CloudEventHeaders.CONTENT_TYPE)
                .put("type", "string")
                .put("const", "application/json")
                .put("description", "CloudEvents datacontenttype, which binary mode maps to content-type.");
        if (asPublished) {
            headers.putArray("required")
                    .add(CloudEventHeaders.ID)
                    .add(CloudEventHeaders.SOURCE)
                    .add(CloudEventHeaders.TYPE)
                    .add(CloudEventHeaders.TIME)
                    .add(CloudEventHeaders.SPEC_VERSION)
                    .add(CloudEventHeaders.SUBJECT)
                    .add(CloudEventHeaders.CONTENT_TYPE);
        }
        return headers;
    }

    /** Headers that go with the stored example payload; ids are derived from it, so they are stable. */
    private static ObjectNode exampleHeaders(EventType<?> type, JsonNode example) {
        ObjectNode headers = JSON.createObjectNode();
        headers.put(
                CloudEventHeaders.ID,
                UUID.nameUUIDFromBytes((type.type() + example).getBytes(StandardCharsets.UTF_8))
                        .toString());
        headers.put(CloudEventHeaders.SOURCE, "/chatdong/" + type.producer());
        headers.put(CloudEventHeaders.TYPE, type.type());
        headers.put(CloudEventHeaders.TIME, exampleTime(example));
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        String subject = exampleSubject(example);
        if (subject != null) {
            headers.put(CloudEventHeaders.SUBJECT, subject);
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    /**
     * The example's aggregate id: its first top-level text field named like {@code somethingId}, else
     * its {@code year} for an event about a year (a report, a year's targets).
     */
    private static String exampleSubject(JsonNode example) {
        for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("Id") && field.getValue().isTextual()) {
                return field.getValue().asText();
            }
        }
        return example.path("year").isInt() ? example.path("year").asText() : null;
    }

    /** The example's own timestamp (its first top-level instant field), else a fixed one. */
    private static String exampleTime(JsonNode example) {
        for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("At") && field.getValue().isTextual()) {
                try {
                    return Instant.parse(field.getValue().asText()).toString();
                } catch (DateTimeParseException e) {
                    // not an instant; keep looking
                }
            }
        }
        return "2016-01-01T00:00:00Z";
    }

    /**
     * The stored JSON Schema, unchanged. AsyncAPI's default schema format (a superset of JSON Schema
     * draft-07) takes it as it is: it declares 2020-12 in {@code $schema} but uses no keyword that
     * draft-07 lacks, and the parser validates every keyword of it.
     */
    private static JsonNode payloadSchema(EventType<?> type) {
        return load(type.schemaResource());
    }

    /** "Round completed" from RoundCompleted. */
    private static String title(EventType<?> type) {
        String words =
                messageName(type).replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The first sentence of a description. */
    private static String summary(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    private static void ref(ObjectNode node, String ref) {
        node.put("$ref", ref);
    }

    /** JSON Pointer escaping of one reference token. */
    private static String pointer(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode load(String name) {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing event definition " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
