package kr.seoul.chatdong.monitoring.domain;

/** How a district liaison was in touch with the district (현장 소통). */
public enum FieldContactKind {
    /** 현장 방문: the liaison went to the district office or a dong. */
    VISIT,
    /** 전화: a call. */
    CALL,
    /** 회의: a meeting (간담회, 협의). */
    MEETING,
    /** 워크숍: a workshop or training held with the district. */
    WORKSHOP,
    /** Anything else (mail, messenger, …). */
    OTHER
}
