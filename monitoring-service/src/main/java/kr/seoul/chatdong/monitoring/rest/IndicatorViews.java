package kr.seoul.chatdong.monitoring.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;
import kr.seoul.chatdong.monitoring.domain.IndicatorKind;
import kr.seoul.chatdong.monitoring.domain.IndicatorRevision;
import kr.seoul.chatdong.monitoring.domain.IndicatorScope;
import kr.seoul.chatdong.monitoring.domain.IndicatorSource;
import kr.seoul.chatdong.monitoring.domain.IndicatorValue;
import kr.seoul.chatdong.monitoring.domain.PeriodKind;
import kr.seoul.chatdong.monitoring.query.IndicatorListItem;
import kr.seoul.chatdong.monitoring.query.IndicatorValueListItem;
import kr.seoul.chatdong.monitoring.service.IndicatorCommands;

/** Request and response bodies of the indicators API. */
public final class IndicatorViews {

    private IndicatorViews() {}

    private static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";
    private static final String TARGETS_DESCRIPTION =
            "연도별 목표: the target of each year, keyed by the year (2016); within min and max, with at most the "
                    + "indicator's decimals";

    @Schema(name = "Indicator", description = "성과관리 지표: an indicator of the program's performance (2016 plan §7)")
    public record IndicatorView(
            @Schema(description = "stable code, upper snake case", examples = "WELFARE_PLANNER_VISIT_RATE")
            String code,

            @Schema(examples = "복지플래너 방문율") String nameKo,
            @Schema(examples = "Welfare-planner visit rate") String nameEn,

            @Schema(
                    description = "PROCESS: 수행지표 (inputs, process, quantitative outputs); OUTCOME: 진단지표 (effects)",
                    examples = "PROCESS")
            IndicatorKind kind,

            @Schema(
                    description = "unit of the values: % for a rate (never above 100), or 회, 명, 건, 개, 점",
                    examples = "%")
            String unit,

            @Schema(
                    description = "what one value is about: a DONG (10-digit code) or a DISTRICT (5-digit code)",
                    examples = "DONG")
            IndicatorScope scope,

            @Schema(
                    description =
                            "how long one period is: MONTH written 2016-05, HALF_YEAR written 2016-H1, YEAR written 2016",
                    examples = "MONTH")
            PeriodKind period,

            @Schema(description = "smallest value allowed", examples = "0")
            BigDecimal min,

            @Schema(
                    description = "largest value allowed; null for a count (up to 999999999)",
                    nullable = true,
                    examples = "100")
            BigDecimal max,

            @Schema(description = "digits a value may have after the decimal point", examples = "1")
            int decimals,

            @Schema(
                    description = TARGETS_DESCRIPTION + "; empty where none is set (§7 sets none yet)",
                    examples = "{\"2016\": 80, \"2017\": 90}")
            SortedMap<Integer, BigDecimal> targets,

            @Schema(
                    description = "ENTERED through the API, or DERIVED from other services' events (read-only)",
                    examples = "ENTERED")
            IndicatorSource source,

            @Schema(
                    description = "what is measured and, for a derived indicator, how it is computed",
                    examples =
                            "방문 대상 가구 중 복지플래너가 방문한 가구의 비율. Share of the households due a visit that a welfare planner visited in the month.")
            String description,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static IndicatorView of(IndicatorDefinition d) {
            return new IndicatorView(
                    d.code(),
                    d.nameKo(),
                    d.nameEn(),
                    d.kind(),
                    d.unit(),
                    d.scope(),
                    d.period(),
                    d.min(),
                    d.max(),
                    d.decimals(),
                    d.targets(),
                    d.source(),
                    d.description(),
                    d.version());
        }

        public static IndicatorView of(IndicatorListItem d) {
            return new IndicatorView(
                    d.code(),
                    d.nameKo(),
                    d.nameEn(),
                    d.kind(),
                    d.unit(),
                    d.scope(),
                    d.period(),
                    d.min(),
                    d.max(),
                    d.decimals(),
                    d.targets(),
                    d.source(),
                    d.description(),
                    d.version());
        }
    }

    @Schema(
            name = "NewIndicator",
            description =
                    "A new entered indicator (성과관리 지표), e.g. one added when the indicators are revised in Feb–Apr")
    public record NewIndicator(
            @NotNull
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be upper snake case, 2–60 characters")
            @Schema(
                    required = true,
                    description = "stable code, upper snake case",
                    examples = "VILLAGE_PLANNING_MEMBERS")
            String code,

            @NotBlank @Size(max = 100) @Schema(required = true, examples = "마을계획단 참여 주민 수")
            String nameKo,

            @NotBlank @Size(max = 100) @Schema(required = true, examples = "Village planning team members")
            String nameEn,

            @NotNull
            @Schema(
                    required = true,
                    description = "PROCESS: 수행지표 (inputs, process, quantitative outputs); OUTCOME: 진단지표 (effects)",
                    examples = "PROCESS")
            IndicatorKind kind,

            @NotBlank
            @Size(max = 10)
            @Schema(
                    required = true,
                    description = "unit of the values: % for a rate (max required, never above 100), or 회, 명, 건, 개, 점",
                    examples = "명")
            String unit,

            @NotNull
            @Schema(
                    required = true,
                    description = "what one value is about: a DONG (10-digit code) or a DISTRICT (5-digit code)",
                    examples = "DONG")
            IndicatorScope scope,

            @NotNull
            @Schema(
                    required = true,
                    description = "how long one period is: MONTH, HALF_YEAR or YEAR",
                    examples = "HALF_YEAR")
            PeriodKind period,

            @Digits(integer = 9, fraction = 2)
            @Schema(description = "smallest value allowed; 0 when absent", examples = "0")
            BigDecimal min,

            @Digits(integer = 9, fraction = 2)
            @Schema(description = "largest value allowed; none for a count (up to 999999999)", examples = "500")
            BigDecimal max,

            @Min(0) @Max(2) @Schema(description = "digits after the decimal point (0–2); 0 when absent", examples = "0")
            Integer decimals,

            @Schema(
                    description = "ENTERED (the default); DERIVED is refused with 422 (rule derived-by-code): derived "
                            + "indicators are computed from other services' events by code",
                    examples = "ENTERED")
            IndicatorSource source,

            @NotBlank
            @Size(max = 1000)
            @Schema(
                    required = true,
                    description = "what is measured",
                    examples =
                            "마을계획단에 참여한 주민 수. Residents taking part in the dong's village planning team in the half-year.")
            String description,

            @Size(max = 100) @Schema(description = TARGETS_DESCRIPTION, examples = "{\"2016\": 300}")
            Map<@NotNull String, @NotNull @Digits(integer = 9, fraction = 2) BigDecimal> targets) {

        public IndicatorCommands.Define toCommand() {
            return new IndicatorCommands.Define(new IndicatorDefinition.Definition(
                    code,
                    nameKo.strip(),
                    nameEn.strip(),
                    kind,
                    unit.strip(),
                    scope,
                    period,
                    min,
                    max,
                    decimals,
                    source,
                    description.strip(),
                    targets));
        }
    }

    @Schema(
            name = "IndicatorChanges",
            description =
                    "Changes of an indicator (JSON merge patch: absent fields stay; max may be removed with null; in "
                            + "targets a year with null removes that year's target). A derived indicator keeps its derivation: "
                            + "only its names, description and targets may change")
    public record IndicatorChanges(
            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 100)
            @Schema(examples = "복지플래너 방문율")
            String nameKo,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 100)
            @Schema(examples = "Welfare-planner visit rate")
            String nameEn,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Size(min = 1, max = 1000)
            @Schema(examples = "방문 대상 가구 중 복지플래너가 방문한 가구의 비율 (2016년 개정).")
            String description,

            @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(min = 1, max = 10) @Schema(examples = "%")
            String unit,

            @Schema(examples = "OUTCOME") IndicatorKind kind,

            @Digits(integer = 9, fraction = 2) @Schema(examples = "0")
            BigDecimal min,

            @Digits(integer = 9, fraction = 2) @Schema(examples = "100")
            BigDecimal max,

            @Min(0) @Max(2) @Schema(examples = "1") Integer decimals,

            @Size(max = 100)
            @Schema(
                    description = TARGETS_DESCRIPTION + "; null removes a year",
                    examples = "{\"2016\": 80, \"2015\": null}")
            Map<@NotNull String, @Digits(integer = 9, fraction = 2) BigDecimal> targets) {

        public IndicatorCommands.Revise toCommand(String code, Set<String> removed) {
            return new IndicatorCommands.Revise(
                    code,
                    new IndicatorDefinition.Revision(
                            nameKo == null ? null : nameKo.strip(),
                            nameEn == null ? null : nameEn.strip(),
                            description == null ? null : description.strip(),
                            unit == null ? null : unit.strip(),
                            kind,
                            min,
                            max,
                            decimals,
                            targets,
                            removed));
        }
    }

    @Schema(name = "IndicatorRevision", description = "One revision of an indicator: who, when, what changed")
    public record IndicatorRevisionView(
            @Schema(description = "CREATED through the API, or REVISED", examples = "REVISED")
            IndicatorRevision.Action action,

            @Schema(description = "the account name of who revised it", examples = "admin-kim")
            String revisedBy,

            Instant revisedAt,

            @Schema(description = "what changed, field by field")
            List<ChangeView> changes) {

        public static IndicatorRevisionView of(IndicatorRevision r) {
            return new IndicatorRevisionView(
                    r.action(),
                    r.revisedBy(),
                    r.revisedAt(),
                    r.changes().stream().map(ChangeView::of).toList());
        }
    }

    @Schema(
            name = "IndicatorChange",
            description = "One field of a revision, as text: before and after (null: no value)")
    public record ChangeView(
            @Schema(description = "the field; a year's target is targets.<year>", examples = "targets.2016")
            String field,

            @Schema(nullable = true, examples = "80") String before,
            @Schema(nullable = true, examples = "85") String after) {

        static ChangeView of(IndicatorDefinition.Change c) {
            return new ChangeView(c.field(), c.before(), c.after());
        }
    }

    @Schema(
            name = "IndicatorValueInput",
            description = "The value of an entered indicator for one dong or district and period")
    public record IndicatorValueInput(
            @NotNull
            @Schema(
                    required = true,
                    description = "within the indicator's min and max, with at most its decimals; a rate (%) "
                            + "is never above 100",
                    examples = "87.5")
            BigDecimal value) {

        public IndicatorCommands.EnterValue toCommand(String indicatorCode, String scopeCode, String period) {
            return new IndicatorCommands.EnterValue(indicatorCode, scopeCode, period, value);
        }
    }

    @Schema(name = "IndicatorValue", description = "지표값: an indicator's value for one dong or district in one period")
    public record IndicatorValueView(
            @Schema(examples = "WELFARE_PLANNER_VISIT_RATE") String indicatorCode,

            @Schema(
                    description = "the dong (10 digits) or district (5 digits) the value is about",
                    examples = "1129052500")
            String scopeCode,

            @Schema(description = "the district of the scope", examples = "11290")
            String districtCode,

            @Schema(
                    description = "2016 (YEAR), 2016-H1 (HALF_YEAR) or 2016-05 (MONTH), as the indicator's period",
                    examples = "2016-05")
            String period,

            @Schema(examples = "87.5") BigDecimal value,

            @Schema(
                    description = "derived values: the sum the value is computed from (cohorts held, meetings, cases)",
                    nullable = true,
                    examples = "7")
            Long numerator,

            @Schema(
                    description =
                            "derived rates: the sum the numerator is divided by (cohorts planned); 0 for derived counts",
                    nullable = true,
                    examples = "8")
            Long denominator,

            @Schema(
                    description = "derived values: the id (ce_id) of the event that last changed the value",
                    nullable = true,
                    examples = "3f6c1a52-8d0e-4b7a-9c21-5e4d3b2a1f00")
            String sourceEventId,

            Instant updatedAt,

            @Schema(description = "optimistic-lock version, also sent as the ETag", examples = "0")
            long version) {

        public static IndicatorValueView of(IndicatorValue v) {
            return new IndicatorValueView(
                    v.indicatorCode(),
                    v.scopeCode(),
                    v.districtCode(),
                    v.period(),
                    v.value(),
                    v.numerator(),
                    v.denominator(),
                    v.sourceEventId(),
                    v.updatedAt(),
                    v.version());
        }

        public static IndicatorValueView of(IndicatorValueListItem v) {
            return new IndicatorValueView(
                    v.indicatorCode(),
                    v.scopeCode(),
                    v.districtCode(),
                    v.period(),
                    v.value(),
                    v.numerator(),
                    v.denominator(),
                    v.sourceEventId(),
                    v.updatedAt(),
                    v.version());
        }
    }
}
