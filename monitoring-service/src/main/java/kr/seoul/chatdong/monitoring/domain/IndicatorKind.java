package kr.seoul.chatdong.monitoring.domain;

/** The two kinds of indicator of the 2016 plan's performance management (§7). */
public enum IndicatorKind {
    /** 수행지표: inputs and process, quantitative outputs included. */
    PROCESS,
    /** 진단지표: results and effects, qualitative outputs included. */
    OUTCOME
}
