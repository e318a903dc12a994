package kr.seoul.chatdong.training.domain;

/** Who a course is for. */
public enum Audience {
    /** 신규 공무원 */
    NEW_CIVIL_SERVANT,
    /** 기존 공무원 */
    SERVING_CIVIL_SERVANT,
    /** 민간 복지기관 종사자 */
    PRIVATE_WELFARE_WORKER,
    /** 주민 */
    RESIDENT,
    /** 강사 */
    INSTRUCTOR,
    /** 자치구 추진지원단: the district's support team, trained from its demand survey (plan §2) */
    SUPPORT_TEAM
}
