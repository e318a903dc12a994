package kr.seoul.chatdong.training.domain;

/** Where a trained person was counted: the city's cohorts, a district's cohorts on the platform, or a district's report. */
public enum TrainingSource {
    /** 서울시 주도교육: cohorts of the city's courses */
    CITY,
    /** 자치구 주도교육 run on the platform: cohorts of a district's courses */
    DISTRICT_COHORT,
    /** 자치구 주도교육 run outside the platform, reported by the district's officer */
    DISTRICT_REPORT
}
