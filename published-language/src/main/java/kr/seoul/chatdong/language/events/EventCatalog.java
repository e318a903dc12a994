package kr.seoul.chatdong.language.events;

import kr.seoul.chatdong.commons.events.EventType;

import java.util.List;
import java.util.Optional;

import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

/**
 * Every event type of the platform. A type is defined once, here, next to its JSON Schema and
 * example (resources {@code events/}); the producer named owns it and its compatibility: a new
 * field is added, never removed or renamed within a version.
 */
public final class EventCatalog {

    public static final EventType<RoundCompleted> ROUND_COMPLETED = new EventType<>(
            "kr.seoul.chatdong.monitoring.round.completed.v1", "monitoring.rounds", RoundCompleted.class,
            "monitoring-service",
            "A monitoring round was completed: every dong's scores per field, with the round's bars. "
                    + "Consumers open consulting assignments and training needs for scores below the bar, "
                    + "nominate best-practice cases at or above the excellence bar, and put a review on the "
                    + "metropolitan council's agenda.");

    private static final List<EventType<?>> ALL = List.of(ROUND_COMPLETED);

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    /** Topic that receives what consumers of {@code topic} could not process. */
    public static String deadLetterTopic(String topic) {
        return topic + ".dlq";
    }
}
