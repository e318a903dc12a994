package kr.seoul.chatdong.monitoring.domain;

/** What a survey wave is for in the evaluation. */
public enum WaveKind {
    /** 기초선 조사: before (or at the start of) the program, e.g. Sep–Nov 2015. */
    BASELINE,
    /** 본조사: after, compared with the baseline, e.g. the 2016 follow-up. */
    FOLLOW_UP
}
