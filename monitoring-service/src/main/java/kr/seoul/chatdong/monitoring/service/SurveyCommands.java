package kr.seoul.chatdong.monitoring.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kr.seoul.chatdong.monitoring.domain.Population;
import kr.seoul.chatdong.monitoring.domain.QuestionScale;
import kr.seoul.chatdong.monitoring.domain.WaveKind;

/** What callers ask of {@link SurveyService}: the REST layer maps its request bodies to these. */
public final class SurveyCommands {

    private SurveyCommands() {}

    public record CreateSurvey(String code, String title, Population population, List<Question> questions) {}

    public record Question(String code, String text, QuestionScale scale) {}

    public record AddWave(String code, WaveKind kind, LocalDate fieldedFrom, LocalDate fieldedTo) {}

    /** A wave's answers as figures, replacing whatever figures it had; {@code group} null: not split by group. */
    public record EnterAggregates(List<GroupFigures> groups) {}

    public record GroupFigures(String group, Long n, List<QuestionFigures> questions) {}

    public record QuestionFigures(String code, Long n, Long yes, BigDecimal mean) {}
}
