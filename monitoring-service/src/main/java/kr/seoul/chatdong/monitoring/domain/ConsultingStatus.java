package kr.seoul.chatdong.monitoring.domain;

/** Where a consulting assignment stands. */
public enum ConsultingStatus {
    /** Opened by a completed round; no consultant yet. */
    OPEN,
    /** A consultant is assigned. */
    ASSIGNED,
    /** Consulting done, report filed. */
    COMPLETED,
    /** Withdrawn (e.g. the assessment was corrected). */
    CANCELLED
}
