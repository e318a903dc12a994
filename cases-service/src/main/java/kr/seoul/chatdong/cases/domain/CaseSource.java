package kr.seoul.chatdong.cases.domain;

/** How a case came to the team. */
public enum CaseSource {
    /** 발굴단: found by the district's discovery-team member. */
    DISCOVERY_TEAM,
    /** 모니터링: nominated by a monitoring round's excellent score. */
    MONITORING,
    /** 제출: sent in by a district or dong (a district officer). */
    SUBMISSION
}
