package kr.seoul.chatdong.monitoring.domain;

/**
 * Where a consulting assignment stands. Only what the platform can reach today: assigning a
 * consultant, completing and cancelling come with the consulting workflow (and their values then).
 */
public enum ConsultingStatus {
    /** Opened by a completed round; no consultant yet. */
    OPEN
}
