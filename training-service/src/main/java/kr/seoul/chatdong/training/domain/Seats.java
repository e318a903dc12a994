package kr.seoul.chatdong.training.domain;

/** The seats of a cohort taken: its ENROLLED and WAITLISTED enrolments. */
public record Seats(long enrolled, long waitlisted) {
    public static final Seats NONE = new Seats(0, 0);
}
