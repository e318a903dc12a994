package kr.seoul.chatdong.cases.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whom a volume is written for: training's course audiences (training-service {@code Audience}; the
 * same names, so a volume and a course for the same people match) and the support teams (추진지원단),
 * whom training does not teach as an audience of their own.
 */
@Schema(name = "ManualAudience")
public enum ManualAudience {
    /** 신규 공무원 */
    NEW_CIVIL_SERVANT,
    /** 기존 공무원 (복지플래너 among them) */
    SERVING_CIVIL_SERVANT,
    /** 민간 복지기관 종사자 */
    PRIVATE_WELFARE_WORKER,
    /** 주민 */
    RESIDENT,
    /** 강사 */
    INSTRUCTOR,
    /** 추진지원단: the city's and the districts' support teams */
    SUPPORT_TEAM
}
