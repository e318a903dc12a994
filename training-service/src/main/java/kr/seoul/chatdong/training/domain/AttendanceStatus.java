package kr.seoul.chatdong.training.domain;

/** 출석: PRESENT and LATE count as attended; EXCUSED hours are left out of the total; ABSENT counts against. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    ABSENT,
    EXCUSED
}
