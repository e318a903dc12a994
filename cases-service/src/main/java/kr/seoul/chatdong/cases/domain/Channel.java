package kr.seoul.chatdong.cases.domain;

/** Where published cases appear (the plan: two a week on the homepage and Facebook). */
public enum Channel {
    /** 누리집: the program's homepage. */
    HOMEPAGE,
    /** 페이스북 */
    FACEBOOK,
    /** 소식지: the newsletter. */
    NEWSLETTER
}
