package kr.seoul.chatdong.monitoring.domain;

/** How long one period of an indicator is, and how such a period is written. */
public enum PeriodKind {
    MONTH("YYYY-MM", "2016-05"),
    HALF_YEAR("YYYY-H1 or YYYY-H2", "2016-H1"),
    YEAR("YYYY", "2016");

    private final String form;
    private final String example;

    PeriodKind(String form, String example) {
        this.form = form;
        this.example = example;
    }

    /** How a period of this kind is written, e.g. {@code YYYY-MM}. */
    public String form() {
        return form;
    }

    public String example() {
        return example;
    }
}
