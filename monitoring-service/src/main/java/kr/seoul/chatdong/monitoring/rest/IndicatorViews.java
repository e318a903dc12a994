package kr.seoul.chatdong.monitoring.rest;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;
import kr.seoul.chatdong.monitoring.domain.IndicatorKind;
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
                    description = "the plan's target; null where the plan sets none (§7 sets none yet)",
                    nullable = true,
                    examples = "90")
            BigDecimal target,

            @Schema(
                    description = "ENTERED through the API, or DERIVED from other services' events (read-only)",
                    examples = "ENTERED")
            IndicatorSource source,

            @Schema(
                    description = "what is measured and, for a derived indicator, how it is computed",
                    examples =
                            "방문 대상 가구 중 복지플래너가 방문한 가구의 비율. Share of the households due a visit that a welfare planner visited in the month.")
            String description) {

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
                    d.target(),
                    d.source(),
                    d.description());
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
                    d.target(),
                    d.source(),
                    d.description());
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
                    description =
                            "derived values: the sum the value is computed from (completed trainees, meetings, cases)",
                    nullable = true,
                    examples = "38")
            Long numerator,

            @Schema(
                    description =
                            "derived rates: the sum the numerator is divided by (enrolled trainees); 0 for derived counts",
                    nullable = true,
                    examples = "42")
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
