package kr.seoul.chatdong.training.domain;

/**
 * Where a cohort stands in its year's training plan, as 교육실행율 (cohorts held ÷ cohorts planned) counts
 * it: every cohort of the year is planned; a completed one is also held; a cancelled one stays planned
 * and was not held, so cancelling never improves the rate.
 */
public enum PlanStanding {
    /** Planned and not held yet: PLANNED, OPEN or CLOSED. */
    PLANNED,
    /** Held: COMPLETED. */
    HELD,
    /** Planned and not held: CANCELLED. */
    CANCELLED;

    public static PlanStanding of(CohortStatus status) {
        return switch (status) {
            case PLANNED, OPEN, CLOSED -> PLANNED;
            case COMPLETED -> HELD;
            case CANCELLED -> CANCELLED;
        };
    }
}
