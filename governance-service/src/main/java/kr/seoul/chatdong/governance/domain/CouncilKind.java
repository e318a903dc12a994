package kr.seoul.chatdong.governance.domain;

/** The kinds of council and committee the program runs (§2–§4 of the 2016 plan; advisory committees also in §5 and §7). */
public enum CouncilKind {
    /** 광역단위 민관협력 협의체: the city-wide council of welfare agencies. */
    METROPOLITAN(false),
    /** 자치구 민관협력 협의체: a district's public–private council. */
    DISTRICT(true),
    /** 민관협력 T/F: a task force formed for one agenda. */
    TASK_FORCE(false),
    /** 자문위원회: an advisory committee. */
    ADVISORY(false),
    /** 교육기획위원회: the education planning committee (5 sub-committees, 20 members in 2015). */
    EDUCATION_PLANNING(false),
    /** 자치구 추진지원단: a district support team (3 staff, run directly or outsourced). */
    DISTRICT_SUPPORT_TEAM(true),
    /** 시 추진단: the city's own task force for the programme (자치행정과 and 복지정책과). */
    CITY_TASKFORCE(false),
    /** 운영위원회: the steering committee that takes up the programme's results and approves its manuals. */
    STEERING_COMMITTEE(false),
    /** 추진지원단 연석회의: the districts' support teams meeting together, monthly (Feb–Dec). */
    SUPPORT_TEAM_NETWORK(false);

    private final boolean belongsToDistrict;

    CouncilKind(boolean belongsToDistrict) {
        this.belongsToDistrict = belongsToDistrict;
    }

    /** Whether a council of this kind is one district's, and so must name it. */
    public boolean belongsToDistrict() {
        return belongsToDistrict;
    }
}
