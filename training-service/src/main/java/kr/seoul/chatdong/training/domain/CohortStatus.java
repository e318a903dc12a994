package kr.seoul.chatdong.training.domain;

/** Where a cohort is: PLANNED → OPEN (enrolment open) → CLOSED (enrolment closed) → COMPLETED, or CANCELLED. */
public enum CohortStatus {
    PLANNED,
    OPEN,
    CLOSED,
    COMPLETED,
    CANCELLED
}
