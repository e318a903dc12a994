package kr.seoul.chatdong.monitoring.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import kr.seoul.chatdong.commons.csv.CsvRows;
import kr.seoul.chatdong.monitoring.domain.Population;
import kr.seoul.chatdong.monitoring.domain.QuestionScale;
import kr.seoul.chatdong.monitoring.domain.RespondentGroup;
import kr.seoul.chatdong.monitoring.domain.ResponseImport;
import kr.seoul.chatdong.monitoring.domain.Survey;
import kr.seoul.chatdong.monitoring.domain.SurveyQuestion;
import kr.seoul.chatdong.monitoring.domain.SurveyWave;
import kr.seoul.chatdong.monitoring.domain.Tally;
import kr.seoul.chatdong.monitoring.domain.WaveComparison;
import kr.seoul.chatdong.monitoring.domain.WaveKind;
import kr.seoul.chatdong.monitoring.query.SurveyListItem;
import kr.seoul.chatdong.monitoring.query.WaveListItem;
import kr.seoul.chatdong.monitoring.service.SurveyCommands;
import kr.seoul.chatdong.monitoring.service.SurveyService;

/** Request and response bodies of the surveys API. */
public final class SurveyViews {

    /** Survey and wave codes appear in paths: letters, digits, dots, dashes and underscores. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]*";

    static final String CODE_MESSAGE =
            "must start with a letter or digit and hold only letters, digits, '.', '-' and '_'";

    private SurveyViews() {}

    @Schema(name = "NewSurvey", description = "A survey to define, with its questions (fixed once defined)")
    public record NewSurvey(
            @NotBlank
            @Size(max = 60)
            @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(required = true, description = "unique among surveys", examples = "seoul-residents-perception")
            String code,

            @NotBlank @Size(max = 200) @Schema(required = true, examples = "서울시민 인식조사 (찾동 성과평가)")
            String title,

            @NotNull @Schema(required = true, examples = "RESIDENTS")
            Population population,

            @NotEmpty
            @Size(max = Survey.MAX_QUESTIONS)
            @Schema(required = true, description = "in the order they are asked; codes unique")
            List<@NotNull @Valid NewQuestion> questions) {

        public SurveyCommands.CreateSurvey toCommand() {
            return new SurveyCommands.CreateSurvey(
                    code,
                    title.strip(),
                    population,
                    questions.stream().map(NewQuestion::toCommand).toList());
        }
    }

    @Schema(name = "NewSurveyQuestion", description = "A question of a survey to define")
    public record NewQuestion(
            @NotNull
            @Pattern(
                    regexp = "[A-Za-z][A-Za-z0-9_]{0,39}",
                    message = "must be a letter followed by up to 39 letters, digits or underscores")
            @Schema(
                    required = true,
                    description = "also the CSV column of its answers; not respondentId, dongCode or group",
                    examples = "awareness")
            String code,

            @NotBlank @Size(max = 500) @Schema(required = true, examples = "‘찾아가는 동주민센터’ 사업을 알고 계십니까?")
            String text,

            @NotNull
            @Schema(
                    required = true,
                    description = "YES_NO: answers Y or N, summarised as the share of Y (%); "
                            + "LIKERT5: answers 1 to 5, summarised as the mean",
                    examples = "YES_NO")
            QuestionScale scale) {

        SurveyCommands.Question toCommand() {
            return new SurveyCommands.Question(code, text.strip(), scale);
        }
    }

    @Schema(name = "SurveyQuestion", description = "A question of a survey")
    public record QuestionView(
            @Schema(examples = "awareness") String code,
            @Schema(examples = "‘찾아가는 동주민센터’ 사업을 알고 계십니까?") String text,
            @Schema(examples = "YES_NO") QuestionScale scale) {

        static QuestionView of(SurveyQuestion q) {
            return new QuestionView(q.code(), q.text(), q.scale());
        }
    }

    @Schema(name = "Survey", description = "A performance-evaluation survey (성과평가 설문) and its questions")
    public record SurveyView(
            @Schema(examples = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b")
            UUID id,

            @Schema(examples = "seoul-residents-perception") String code,
            @Schema(examples = "서울시민 인식조사 (찾동 성과평가)") String title,
            @Schema(examples = "RESIDENTS") Population population,
            List<QuestionView> questions,
            Instant createdAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static SurveyView of(Survey survey) {
            return new SurveyView(
                    survey.id(),
                    survey.code(),
                    survey.title(),
                    survey.population(),
                    survey.questions().stream().map(QuestionView::of).toList(),
                    survey.createdAt(),
                    survey.version());
        }
    }

    @Schema(name = "SurveySummary", description = "A survey in a list (without its questions)")
    public record SurveySummary(
            @Schema(examples = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b")
            UUID id,

            @Schema(examples = "seoul-residents-perception") String code,
            @Schema(examples = "서울시민 인식조사 (찾동 성과평가)") String title,
            @Schema(examples = "RESIDENTS") Population population,
            @Schema(examples = "4") int questionCount,
            Instant createdAt) {

        public static SurveySummary of(SurveyListItem row) {
            return new SurveySummary(
                    row.id(), row.code(), row.title(), row.population(), row.questionCount(), row.createdAt());
        }
    }

    @Schema(name = "NewSurveyWave", description = "A wave (fielding) of a survey to add")
    public record NewWave(
            @NotBlank
            @Size(max = 40)
            @Pattern(regexp = CODE, message = CODE_MESSAGE)
            @Schema(
                    required = true,
                    description = "unique within the survey; names the wave in paths",
                    examples = "2015-baseline")
            String code,

            @NotNull @Schema(required = true, examples = "BASELINE")
            WaveKind kind,

            @NotNull @Schema(required = true, description = "first day of fieldwork", examples = "2015-09-01")
            LocalDate fieldedFrom,

            @NotNull
            @Schema(
                    required = true,
                    description = "last day of fieldwork, on or after fieldedFrom",
                    examples = "2015-11-30")
            LocalDate fieldedTo) {

        public SurveyCommands.AddWave toCommand() {
            return new SurveyCommands.AddWave(code, kind, fieldedFrom, fieldedTo);
        }
    }

    @Schema(name = "SurveyWave", description = "A wave (fielding) of a survey")
    public record WaveView(
            @Schema(examples = "6b0f3c1e-2d4a-4b5c-9e8f-7a6b5c4d3e2f")
            UUID id,

            @Schema(examples = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b")
            UUID surveyId,

            @Schema(examples = "2015-baseline") String code,
            @Schema(examples = "BASELINE") WaveKind kind,
            @Schema(examples = "2015-09-01") LocalDate fieldedFrom,
            @Schema(examples = "2015-11-30") LocalDate fieldedTo,

            @Schema(description = "respondents imported so far", examples = "1214")
            int responseCount,

            @Schema(
                    description = "true when the wave's answers are entered as figures (PUT .../aggregates) rather "
                            + "than imported as respondent rows; a wave has one kind or the other",
                    examples = "false")
            boolean aggregates,

            Instant createdAt,

            @Schema(
                    description = "optimistic-lock version, also sent as the ETag; every import changes it",
                    examples = "1")
            long version) {

        public static WaveView of(SurveyWave wave) {
            return new WaveView(
                    wave.id(),
                    wave.surveyId(),
                    wave.code(),
                    wave.kind(),
                    wave.fieldedFrom(),
                    wave.fieldedTo(),
                    wave.responseCount(),
                    wave.hasAggregates(),
                    wave.createdAt(),
                    wave.version());
        }

        public static WaveView of(WaveListItem row) {
            return new WaveView(
                    row.id(),
                    row.surveyId(),
                    row.code(),
                    row.kind(),
                    row.fieldedFrom(),
                    row.fieldedTo(),
                    row.responseCount(),
                    row.aggregates(),
                    row.createdAt(),
                    row.version());
        }
    }

    @Schema(
            name = "SurveyWaveFigures",
            description = "A wave's answers entered as figures (집계 입력) where no respondent rows exist: per group its "
                    + "respondents and per question yes (YES_NO) or mean (LIKERT5). Replaces the wave's figures whole.")
    public record NewAggregates(
            @NotEmpty
            @Size(max = 2)
            @Schema(
                    required = true,
                    description = "PARTICIPATING and/or NON_PARTICIPATING, each once; or one entry without group "
                            + "for totals not split by group")
            List<@NotNull @Valid GroupFigures> groups) {

        public SurveyCommands.EnterAggregates toCommand() {
            return new SurveyCommands.EnterAggregates(
                    groups.stream().map(GroupFigures::toCommand).toList());
        }
    }

    @Schema(name = "SurveyGroupFigures", description = "One group's figures in a wave")
    public record GroupFigures(
            @Schema(
                    nullable = true,
                    description = "PARTICIPATING or NON_PARTICIPATING; absent or null: totals not split by group, "
                            + "counted for everyone only (a comparison's all)",
                    examples = "PARTICIPATING")
            String group,

            @Schema(required = true, description = "the group's respondents", examples = "1214")
            Long n,

            @Size(max = Survey.MAX_QUESTIONS)
            @Schema(description = "the questions with known figures; a question left out has n 0 in the wave")
            List<@NotNull QuestionFigures> questions) {

        SurveyCommands.GroupFigures toCommand() {
            return new SurveyCommands.GroupFigures(
                    group,
                    n,
                    questions == null
                            ? List.of()
                            : questions.stream().map(QuestionFigures::toCommand).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SurveyQuestionFigures", description = "One question's figures for a group")
    public record QuestionFigures(
            @Schema(required = true, description = "a question code of the survey", examples = "awareness")
            String code,

            @Schema(
                    description = "respondents who answered it; absent: the group's n. At most the group's n",
                    examples = "1214")
            Long n,

            @Schema(description = "YES_NO only (and required): answers Y, 0 to n", examples = "355")
            Long yes,

            @Schema(
                    description = "LIKERT5 only (and required): mean answer, 1 to 5, at most 4 decimals",
                    examples = "3.42")
            BigDecimal mean) {

        SurveyCommands.QuestionFigures toCommand() {
            return new SurveyCommands.QuestionFigures(code, n, yes, mean);
        }
    }

    @Schema(name = "RejectedRow", description = "A row of an import that was not stored")
    public record RejectedRow(
            @Schema(description = "line of the file where the row starts; the header is line 1", examples = "17")
            int line,

            @Schema(
                    description = "each broken rule, naming its column",
                    examples = "dongCode: '1129099999' is not a 10-digit code of a current 행정동 (see GET /api/v1/dongs)")
            String reason) {

        static RejectedRow of(ResponseImport.Rejection rejection) {
            return new RejectedRow(rejection.line(), rejection.reason());
        }
    }

    @Schema(name = "ResponseImportReport", description = "What an import of responses did")
    public record ImportReport(
            @Schema(description = "rows stored", examples = "1212")
            int accepted,

            @Schema(
                    description =
                            "the first " + ResponseImport.MAX_REJECTIONS_LISTED + " rows not stored, in line order")
            List<RejectedRow> rejected,

            @Schema(description = "all rows not stored", examples = "2")
            int rejectedCount) {

        public static ImportReport of(SurveyService.Imported imported) {
            return new ImportReport(
                    imported.accepted(),
                    imported.rejected().stream().map(RejectedRow::of).toList(),
                    imported.rejectedCount());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            name = "QuestionAggregate",
            description = "The answers to one question: the share of Y for YES_NO, the mean for LIKERT5")
    public record QuestionAggregate(
            @Schema(required = true, examples = "awareness") String code,
            @Schema(required = true, examples = "YES_NO") QuestionScale scale,

            @Schema(required = true, description = "respondents who answered the question", examples = "1214")
            long n,

            @Schema(description = "YES_NO only: answers Y", examples = "355")
            Long yes,

            @Schema(
                    description = "YES_NO only: yes / n as a percentage, one decimal; absent when n is 0",
                    examples = "29.2")
            BigDecimal share,

            @Schema(description = "LIKERT5 only: mean answer, two decimals; absent when n is 0", examples = "3.42")
            BigDecimal mean) {

        static QuestionAggregate of(SurveyQuestion question, Tally tally) {
            QuestionScale scale = question.scale();
            BigDecimal value = scale.rounded(scale.measure(tally.n(), tally.sum()));
            return scale == QuestionScale.YES_NO
                    ? new QuestionAggregate(
                            question.code(), scale, tally.n(), tally.sum().longValue(), value, null)
                    : new QuestionAggregate(question.code(), scale, tally.n(), null, null, value);
        }
    }

    @Schema(name = "SurveyWaveAggregates", description = "Per question of a wave, what the answers measure")
    public record AggregatesView(
            @Schema(examples = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b")
            UUID surveyId,

            @Schema(examples = "2015-baseline") String wave,

            @Schema(
                    nullable = true,
                    description = "the group asked for; null: all respondents",
                    examples = "PARTICIPATING")
            RespondentGroup group,

            @Schema(description = "respondents of the wave (in the group)", examples = "1214")
            long respondents,

            List<QuestionAggregate> questions)
            implements CsvRows<QuestionAggregate> {

        /** The spreadsheet: one row per question. */
        @Override
        public List<QuestionAggregate> csvRows() {
            return questions;
        }

        @Override
        public Class<QuestionAggregate> csvRowType() {
            return QuestionAggregate.class;
        }

        public static AggregatesView of(SurveyService.WaveAggregates a) {
            return new AggregatesView(
                    a.survey().id(),
                    a.wave().code(),
                    a.group(),
                    a.respondents(),
                    a.questions().stream()
                            .map(q -> QuestionAggregate.of(q.question(), q.tally()))
                            .toList());
        }
    }

    @Schema(name = "WaveMeasure", description = "A group's answers to the question in one wave")
    public record MeasureView(
            @Schema(description = "respondents who answered", examples = "612")
            long n,

            @Schema(
                    nullable = true,
                    description =
                            "share of Y in % (YES_NO, one decimal) or mean (LIKERT5, two decimals); null when n is 0",
                    examples = "31.4")
            BigDecimal value) {}

    @Schema(name = "ComparisonArm", description = "A group's measure in the baseline and the follow-up, and its change")
    public record ArmView(
            MeasureView baseline,
            MeasureView followUp,

            @Schema(
                    nullable = true,
                    description = "followUp − baseline (percentage points for YES_NO), from the unrounded values; "
                            + "null when either has n 0",
                    examples = "12.6")
            BigDecimal change) {

        static ArmView of(WaveComparison.Arm arm) {
            return new ArmView(
                    new MeasureView(arm.baseline().n(), arm.baselineValue()),
                    new MeasureView(arm.followUp().n(), arm.followUpValue()),
                    arm.change());
        }
    }

    @Schema(
            name = "SurveyComparison",
            description = "One question compared between a baseline and a follow-up wave (사업 전후 비교), "
                    + "participating against non-participating dongs")
    public record ComparisonView(
            @Schema(examples = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b")
            UUID surveyId,

            @Schema(examples = "awareness") String question,
            @Schema(examples = "YES_NO") QuestionScale scale,

            @Schema(description = "code of the baseline wave", examples = "2015-baseline")
            String baseline,

            @Schema(description = "code of the follow-up wave", examples = "2016-follow-up")
            String followUp,

            @Schema(description = "respondents of participating dongs (시행동)")
            ArmView participating,

            @Schema(description = "respondents of non-participating dongs (비시행동)")
            ArmView nonParticipating,

            @Schema(description = "every respondent") ArmView all,

            @Schema(
                    nullable = true,
                    description =
                            "(P_follow − P_base) − (N_follow − N_base), from the unrounded values, rounded like the "
                                    + "measures; null when a group has no answers in a wave (see note)",
                    examples = "8.4")
            BigDecimal differenceInDifferences,

            @Schema(
                    nullable = true,
                    description = "why differenceInDifferences is null; null when it is not",
                    examples =
                            "No answers to awareness from NON_PARTICIPATING in 2016-follow-up: the difference-in-differences needs answers from both groups in both waves")
            String note) {

        public static ComparisonView of(SurveyService.Comparison c) {
            WaveComparison r = c.result();
            return new ComparisonView(
                    c.survey().id(),
                    c.question().code(),
                    c.question().scale(),
                    c.baseline().code(),
                    c.followUp().code(),
                    ArmView.of(r.arm(RespondentGroup.PARTICIPATING)),
                    ArmView.of(r.arm(RespondentGroup.NON_PARTICIPATING)),
                    ArmView.of(r.all()),
                    r.differenceInDifferences(),
                    r.note());
        }
    }
}
