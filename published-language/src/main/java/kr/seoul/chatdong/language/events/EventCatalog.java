package kr.seoul.chatdong.language.events;

import kr.seoul.chatdong.commons.events.EventType;

import java.util.List;
import java.util.Optional;

import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.events.training.CohortCompleted;

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

    public static final EventType<MeetingHeld> MEETING_HELD = new EventType<>(
            "kr.seoul.chatdong.governance.meeting.held.v1", "governance.meetings", MeetingHeld.class,
            "governance-service",
            "A council meeting was held: the council (its kind, and its district for a district-scope council), "
                    + "the day, attendance and the number of decisions. Monitoring counts the meetings of district-scope "
                    + "councils as the district's public–private collaboration indicator.");

    public static final EventType<CohortCompleted> COHORT_COMPLETED = new EventType<>(
            "kr.seoul.chatdong.training.cohort.completed.v1", "training.cohorts", CohortCompleted.class,
            "training-service",
            "A training cohort ended: trainees enrolled and completed, in total and per district. Monitoring derives "
                    + "each district's training execution rate (교육실행율) of the year from it.");

    public static final EventType<CasePublished> CASE_PUBLISHED = new EventType<>(
            "kr.seoul.chatdong.cases.case.published.v1", "cases.cases", CasePublished.class,
            "cases-service",
            "A best-practice case was published: its district (and dong), fields, publication time and the channels "
                    + "it is scheduled on. Monitoring counts each district's published cases per year.");

    private static final List<EventType<?>> ALL = List.of(ROUND_COMPLETED, MEETING_HELD, COHORT_COMPLETED, CASE_PUBLISHED);

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
