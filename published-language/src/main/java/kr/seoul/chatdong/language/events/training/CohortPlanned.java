package kr.seoul.chatdong.language.events.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.training.cohort.planned.v1}, owned by training-service: where a cohort (기수)
 * stands in its year's training plan — sent when it is planned, and again when it is held (completed) or
 * cancelled; the newest event of a cohort is its standing. 교육실행율 is cohorts held ÷ cohorts planned for
 * the year, per organiser: every cohort of the year is planned (a cancelled one too: planned, not held);
 * a HELD one is also held.
 *
 * @param organiser who runs the cohort: {@code CITY} (서울시 주도) or the 5-digit code of the district that
 *        runs it (자치구 주도), its course's organiser
 * @param year the year the cohort is planned for: the year of its last day ({@code endsOn}), as the
 *        targets count it
 * @param status {@link #PLANNED} (not held yet), {@link #HELD} or {@link #CANCELLED}; a string, so that a
 *        standing added later does not make the event unreadable
 */
public record CohortPlanned(
        UUID cohortId, UUID courseId, String organiser, int year, LocalDate startsOn, LocalDate endsOn, String status) {

    /** Planned, and not held or cancelled yet. */
    public static final String PLANNED = "PLANNED";

    /** Held: the cohort was completed. */
    public static final String HELD = "HELD";

    /** Cancelled: planned and not held. */
    public static final String CANCELLED = "CANCELLED";

    /** The organiser value of a cohort the city runs. */
    public static final String CITY = "CITY";
}
