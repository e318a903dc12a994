package kr.seoul.chatdong.training.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.training.domain.Evaluation;
import kr.seoul.chatdong.training.domain.QuestionnaireItem;
import kr.seoul.chatdong.training.domain.YearlyFigure;
import kr.seoul.chatdong.training.query.EvaluationQueries;
import kr.seoul.chatdong.training.service.EvaluationService;

/** Request and response bodies of the satisfaction questionnaire, evaluations and their summaries. */
public final class EvaluationViews {

    private EvaluationViews() {}

    /** The 100-point score of a mean Likert value: 1 → 0, 3 → 50, 5 → 100. */
    static BigDecimal points(BigDecimal average) {
        return average == null
                ? null
                : average.subtract(BigDecimal.ONE)
                        .multiply(BigDecimal.valueOf(25))
                        .setScale(2, RoundingMode.HALF_UP);
    }

    @Schema(
            name = "QuestionnaireItem",
            description = "A Likert item (1 매우 불만족 … 5 매우 만족) and its weight in the 100-point score")
    public record ItemView(
            @NotBlank
            @Size(max = 40)
            @Schema(required = true, description = "code, lower-case letters, digits and '-'", examples = "relevance")
            String item,

            @NotBlank @Size(max = 300) @Schema(required = true, examples = "교육 내용이 업무에 도움이 되었다")
            String text,

            @NotNull @Min(1) @Max(100) @Schema(required = true, examples = "25")
            Integer weight,

            @NotNull
            @Schema(
                    required = true,
                    description = "INSTRUCTOR: answered once per instructor of the cohort (강사 평가)",
                    examples = "COURSE")
            QuestionnaireItem.About about) {

        static ItemView of(QuestionnaireItem q) {
            return new ItemView(q.item(), q.text(), q.weight(), q.about());
        }

        QuestionnaireItem toItem() {
            return new QuestionnaireItem(item.strip(), text.strip(), weight, about);
        }
    }

    @Schema(
            name = "QuestionnaireInput",
            description = "The cohort's own questionnaire; an empty list goes back to the standard one")
    public record QuestionnaireInput(
            @NotNull @Size(max = 20) @Schema(required = true)
            List<@NotNull @Valid ItemView> items) {
        public List<QuestionnaireItem> toItems() {
            return items.stream().map(ItemView::toItem).toList();
        }
    }

    @Schema(name = "Questionnaire", description = "What a cohort's trainees answer")
    public record QuestionnaireView(
            @Schema(examples = "b0000000-0000-4000-8000-000000000001")
            UUID cohortId,

            @Schema(description = "false: the programme's standard questionnaire", examples = "false")
            boolean own,

            @Schema(
                    description = "evaluations answered so far (the questionnaire is fixed from the first)",
                    examples = "12")
            long answered,

            @Schema(description = "the items its trainees answer, each once (an INSTRUCTOR item once per instructor)")
            List<ItemView> items,

            @Schema(
                    description =
                            "items of the questionnaire not asked of this cohort, and why: INSTRUCTOR items while the cohort has "
                                    + "no instructors (they are asked once it has some)")
            List<SkippedItemView> skipped,

            @Schema(
                    description = "the cohort's version, also the ETag to send as If-Match when replacing it",
                    examples = "2")
            long version) {

        public static QuestionnaireView of(EvaluationService.Questionnaire q) {
            return new QuestionnaireView(
                    q.cohort().id(),
                    q.own(),
                    q.answered(),
                    q.asked().stream().map(ItemView::of).toList(),
                    q.skipped().stream().map(SkippedItemView::of).toList(),
                    q.cohort().version());
        }
    }

    @Schema(
            name = "SkippedQuestionnaireItem",
            description = "An item of the questionnaire that this cohort's trainees are not asked")
    public record SkippedItemView(
            @Schema(examples = "instructor") String item,
            @Schema(examples = "강사의 전문성과 전달력이 좋았다") String text,

            @Schema(description = "why it is not asked", examples = "NO_INSTRUCTORS")
            Reason reason) {

        @Schema(
                name = "SkippedQuestionnaireItemReason",
                description = "NO_INSTRUCTORS: an INSTRUCTOR item of a cohort without instructors")
        public enum Reason {
            NO_INSTRUCTORS
        }

        static SkippedItemView of(QuestionnaireItem q) {
            return new SkippedItemView(q.item(), q.text(), Reason.NO_INSTRUCTORS);
        }
    }

    @Schema(
            name = "EvaluationAnswer",
            description = "An answer: the item, the instructor for an item about instructors, and the value 1–5")
    public record AnswerView(
            @NotBlank @Size(max = 40) @Schema(required = true, examples = "relevance")
            String item,

            @Schema(
                    nullable = true,
                    description = "only for an INSTRUCTOR item: one answer per instructor of the cohort")
            UUID instructorId,

            @NotNull
            @Min(1)
            @Max(5)
            @Schema(required = true, description = "1 매우 불만족, 2 불만족, 3 보통, 4 만족, 5 매우 만족", examples = "5")
            Integer value) {

        Evaluation.Given toGiven() {
            return new Evaluation.Given(item.strip(), instructorId, value);
        }
    }

    @Schema(
            name = "NewEvaluation",
            description =
                    "Answers to every item of the cohort's questionnaire (GET /api/v1/cohorts/{id}/questionnaire)")
    public record NewEvaluation(
            @NotNull @Size(min = 1, max = 200) @Schema(required = true, examples = """
            [{"item":"relevance","value":5},{"item":"structure","value":4},{"item":"materials","value":5},{"item":"venue","value":4},\
            {"item":"instructor","instructorId":"7d1f5a3e-2b4c-4e8f-9a0b-1c2d3e4f5a6b","value":5},{"item":"overall","value":5}]""")
            List<@NotNull @Valid AnswerView> answers) {

        public List<Evaluation.Given> toGiven() {
            return answers.stream().map(AnswerView::toGiven).toList();
        }
    }

    @Schema(name = "Evaluation", description = "An enrolment's answered evaluation and its 100-point score")
    public record EvaluationView(
            @Schema(examples = "f0000000-0000-4000-8000-000000000001")
            UUID id,

            @Schema(examples = "e0000000-0000-4000-8000-000000000001")
            UUID enrolmentId,

            @Schema(examples = "b0000000-0000-4000-8000-000000000001")
            UUID cohortId,

            @Schema(description = "Σ weight × (value − 1) / 4 ÷ Σ weight × 100", examples = "93.75")
            BigDecimal score,

            @Schema(description = "TRAINEE online, PAPER entered by a trainer", examples = "TRAINEE")
            Evaluation.Source source,

            Instant answeredAt,
            List<AnswerView> answers,
            @Schema(examples = "0") long version) {

        public static EvaluationView of(Evaluation e) {
            return new EvaluationView(
                    e.id(),
                    e.enrolmentId(),
                    e.cohortId(),
                    e.score(),
                    e.source(),
                    e.answeredAt(),
                    e.answers().stream()
                            .map(a -> new AnswerView(a.item(), a.instructorId(), a.value()))
                            .toList(),
                    e.version());
        }
    }

    @Schema(name = "EvaluationItemFigure", description = "An item across the evaluations of the summary")
    public record ItemFigureView(
            @Schema(examples = "relevance") String item,
            @Schema(examples = "52") long responses,

            @Schema(description = "mean value 1–5", examples = "4.72")
            BigDecimal average,

            @Schema(description = "the mean on the 100-point scale", examples = "93.00")
            BigDecimal score) {}

    @Schema(name = "InstructorFigure", description = "강사 평가: an instructor across the evaluations that rated them")
    public record InstructorFigureView(
            UUID instructorId,

            @Schema(
                    nullable = true,
                    description = "the registry's name (null: an id rated before the registry)",
                    examples = "정강사")
            String name,

            @Schema(examples = "40") long responses,
            @Schema(examples = "4.80") BigDecimal average,
            @Schema(examples = "95.00") BigDecimal score) {}

    @Schema(
            name = "EvaluationYearlyFigure",
            description = "A year's satisfaction score recorded as a figure (years before the platform)")
    public record YearlyFigureView(
            @Schema(examples = "2015") int year,
            @Schema(examples = "CITY") String organiser,
            @Schema(examples = "93.08") BigDecimal score,
            @Schema(nullable = true, examples = "13") Integer districts,
            @Schema(nullable = true, examples = "52") Integer dongs,
            @Schema(nullable = true) Integer responses,

            @Schema(nullable = true, examples = "교육 모니터링 13개구 52개동")
            String note,

            Instant recordedAt) {

        public static YearlyFigureView of(YearlyFigure f) {
            return new YearlyFigureView(
                    f.year(),
                    f.organiser(),
                    f.score(),
                    f.districts(),
                    f.dongs(),
                    f.responses(),
                    f.note(),
                    f.recordedAt());
        }
    }

    @Schema(
            name = "EvaluationYearlyFigureInput",
            description = "A year's satisfaction score as the programme reported it")
    public record YearlyFigureInput(
            @NotNull
            @Pattern(regexp = "CITY|11[0-9]{3}")
            @Schema(required = true, description = "CITY or a district code", examples = "CITY")
            String organiser,

            @NotNull
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
            @Schema(required = true, examples = "93.08")
            BigDecimal score,

            @Min(0) @Max(25) @Schema(description = "districts monitored", examples = "13")
            Integer districts,

            @Min(0) @Max(500) @Schema(description = "dongs monitored", examples = "52")
            Integer dongs,

            @Min(0) @Schema(description = "questionnaires answered, when known")
            Integer responses,

            @Size(max = 500) @Schema(examples = "교육 모니터링 13개구 52개동")
            String note) {}

    @Schema(
            name = "EvaluationSummary",
            description = "Satisfaction over the evaluations of cohorts that ended in the year (and the recorded "
                    + "figures of years before the platform)")
    public record SummaryView(
            @Schema(nullable = true, examples = "2016") Integer year,
            @Schema(nullable = true, examples = "CITY") String organiser,
            @Schema(nullable = true) UUID courseId,
            @Schema(examples = "52") long responses,

            @Schema(description = "cohorts with at least one evaluation", examples = "3")
            long cohorts,

            @Schema(description = "districts of the trainees who answered", examples = "13")
            long districts,

            @Schema(description = "dongs of the trainees who answered", examples = "52")
            long dongs,

            @Schema(
                    nullable = true,
                    description = "mean of the evaluations' scores; without evaluations, the year's recorded figure",
                    examples = "93.08")
            BigDecimal score,

            @Schema(description = "RESPONSES, RECORDED_FIGURE or NONE", examples = "RESPONSES")
            String scoreSource,

            List<ItemFigureView> items,
            List<InstructorFigureView> instructors,
            List<YearlyFigureView> recordedFigures) {

        public static SummaryView of(EvaluationQueries.Summary s) {
            return new SummaryView(
                    s.scope().year(),
                    s.scope().organiser(),
                    s.scope().courseId(),
                    s.totals().responses(),
                    s.totals().cohorts(),
                    s.totals().districts(),
                    s.totals().dongs(),
                    s.score(),
                    s.scoreSource(),
                    s.items().stream()
                            .map(i -> new ItemFigureView(i.item(), i.responses(), i.average(), points(i.average())))
                            .toList(),
                    s.instructors().stream()
                            .map(i -> new InstructorFigureView(
                                    i.instructorId(), i.name(), i.responses(), i.average(), points(i.average())))
                            .toList(),
                    s.recordedFigures().stream().map(YearlyFigureView::of).toList());
        }
    }
}
