package kr.seoul.chatdong.training.domain;

/** ENROLLED (has a seat), WAITLISTED (waits for one, in queue order), CANCELLED. */
public enum EnrolmentStatus {
    ENROLLED,
    WAITLISTED,
    CANCELLED
}
