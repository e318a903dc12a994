package kr.seoul.chatdong.commons.security;

/** The platform's roles, as they appear in a token's {@code groups} claim. */
public final class Roles {

    /** 서울시 담당자: may do everything. */
    public static final String CITY_ADMIN = "city-admin";
    /** 자치구 담당자: writes only its own district's data (the token's {@code district} claim). */
    public static final String DISTRICT_OFFICER = "district-officer";
    /** 모니터링단: plans and assesses monitoring rounds. */
    public static final String MONITOR = "monitor";
    /** 컨설턴트 */
    public static final String CONSULTANT = "consultant";
    /** 교육 담당 */
    public static final String TRAINER = "trainer";
    /** 사례 편집자 */
    public static final String EDITOR = "editor";
    /** 교육생: checks in to a session and answers its evaluation; the sign-in account name is the trainee id. */
    public static final String TRAINEE = "trainee";

    /** The claim that names a district officer's district (5-digit code). */
    public static final String DISTRICT_CLAIM = "district";

    private Roles() {}
}
