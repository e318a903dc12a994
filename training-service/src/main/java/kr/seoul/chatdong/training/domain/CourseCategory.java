package kr.seoul.chatdong.training.domain;

/** The category of a course in the city's training system. */
public enum CourseCategory {
    /** 공통 */
    COMMON,
    /** 직무 */
    JOB,
    /** 리더십 */
    LEADERSHIP
}
