package kr.seoul.chatdong.monitoring.service;

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
}
