package kr.seoul.chatdong.commons.events;

/**
 * One kind of domain event: its CloudEvents {@code type} (a fact in the past tense, versioned),
 * the topic it travels on, its payload class, and the service that owns its definition. The JSON
 * Schema and an example live beside it as {@code events/<type>.schema.json} and
 * {@code events/<type>.example.json}.
 */
public record EventType<P>(String type, String topic, Class<P> payloadType, String producer, String description) {

    public String schemaResource() {
        return "events/" + type + ".schema.json";
    }

    public String exampleResource() {
        return "events/" + type + ".example.json";
    }
}
