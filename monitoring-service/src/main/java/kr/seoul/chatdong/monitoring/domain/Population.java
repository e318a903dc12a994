package kr.seoul.chatdong.monitoring.domain;

/** Who a survey asks. */
public enum Population {
    /** 서울시민 인식조사: residents (the 2015 baseline asked 1,214). */
    RESIDENTS,
    /** 공무원 인식조사: civil servants (the 2015 baseline asked 704). */
    OFFICIALS
}
