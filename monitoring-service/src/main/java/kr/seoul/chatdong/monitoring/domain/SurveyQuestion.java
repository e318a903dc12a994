package kr.seoul.chatdong.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** 문항: one question of a survey. Its code is also the CSV column that holds its answers. */
@Embeddable
public class SurveyQuestion {

    private String code;

    @Column(name = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    private QuestionScale scale;

    protected SurveyQuestion() {}

    public SurveyQuestion(String code, String text, QuestionScale scale) {
        this.code = code;
        this.text = text;
        this.scale = scale;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    public QuestionScale scale() {
        return scale;
    }
}
