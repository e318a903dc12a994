package kr.seoul.chatdong.training.domain;

/** The course tracks of the 2016 plan, by audience and depth. */
public enum CourseTrack {
    /** 기본과정 */
    BASIC,
    /** 심화과정 */
    ADVANCED,
    /** 비전 워크숍 */
    VISION_WORKSHOP,
    /** 민관 통합 워크숍 */
    PUBLIC_PRIVATE_WORKSHOP,
    /** 찾아가는 복지 실무 */
    VISITING_WELFARE_PRACTICE,
    /** 찾아가는 복지 심화 */
    VISITING_WELFARE_ADVANCED,
    /** 사례관리 상담 */
    CASE_MANAGEMENT_COUNSELLING,
    /** 힐링 프로그램 */
    HEALING,
    /** 강사 양성 */
    INSTRUCTOR_TRAINING
}
