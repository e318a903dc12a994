package kr.seoul.chatdong.monitoring.domain;

/** Where an indicator's values come from. */
public enum IndicatorSource {
    /** Entered by district officers (their district) and city admins through the API. */
    ENTERED,
    /** Computed from other services' events; read-only through the API. */
    DERIVED
}
