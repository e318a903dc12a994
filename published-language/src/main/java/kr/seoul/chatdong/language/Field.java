package kr.seoul.chatdong.language;

/**
 * 분야: the four fields in which every dong is monitored, consulted, trained and celebrated.
 * Shared by all services because a (dong, field) pair is the unit the whole program reasons in.
 */
public enum Field {
    /** 복지 */
    WELFARE("복지"),
    /** 마을 */
    VILLAGE("마을"),
    /** 행정 */
    ADMINISTRATION("행정"),
    /** 보건 */
    HEALTH("보건");

    private final String nameKo;

    Field(String nameKo) {
        this.nameKo = nameKo;
    }

    public String nameKo() {
        return nameKo;
    }
}
