package kr.seoul.chatdong.monitoring.domain;

/** What one value of an indicator is about: one dong (10-digit code) or one district (5-digit code). */
public enum IndicatorScope {
    DONG,
    DISTRICT
}
