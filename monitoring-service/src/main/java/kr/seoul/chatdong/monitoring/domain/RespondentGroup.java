package kr.seoul.chatdong.monitoring.domain;

/** Whether a respondent's dong runs the program: the two arms of the comparison. */
public enum RespondentGroup {
    /** 시행동: a dong that runs 찾아가는 동주민센터 (17 in the 2016 follow-up). */
    PARTICIPATING,
    /** 비시행동: a dong that does not (8 in the 2016 follow-up). */
    NON_PARTICIPATING
}
