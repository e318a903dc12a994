package kr.seoul.chatdong.monitoring.domain;

/** A follow-up is OPEN until someone marks it DONE. */
public enum FollowUpStatus {
    OPEN,
    DONE
}
