package kr.seoul.chatdong.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 성과관리 지표: an indicator of the program's performance (2016 plan §7), with the rules its values
 * keep: one per dong or district and period, within its range, a rate never above 100 %. Seeded by
 * the migration; derived indicators take their values from other services' events only.
 */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition {

    /** 교육실행율, from training's cohort.completed. */
    public static final String TRAINING_EXECUTION_RATE = "TRAINING_EXECUTION_RATE";
    /** 민관 협력, from governance's meeting.held. */
    public static final String PUBLIC_PRIVATE_COLLABORATION = "PUBLIC_PRIVATE_COLLABORATION";
    /** 우수사례 게시 건수, from cases' case.published. */
    public static final String BEST_PRACTICE_CASES_PUBLISHED = "BEST_PRACTICE_CASES_PUBLISHED";

    /** The unit of a rate: a share of a whole, so never above 100. */
    public static final String RATE = "%";
    /** The largest value of an indicator without a maximum of its own (a count). */
    public static final BigDecimal LARGEST = new BigDecimal("999999999");

    @Id
    private String code;

    private short position;

    @Column(name = "name_ko")
    private String nameKo;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    private String unit;

    @Enumerated(EnumType.STRING)
    private IndicatorScope scope;

    @Enumerated(EnumType.STRING)
    private PeriodKind period;

    @Column(name = "min_value")
    private BigDecimal min;

    @Column(name = "max_value")
    private BigDecimal max;

    private short decimals;

    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    private IndicatorSource source;

    private String description;

    @Version
    private long version;

    protected IndicatorDefinition() {}

    /** For rule tests; the service's definitions are the migration's. */
    public static IndicatorDefinition of(
            String code,
            String unit,
            IndicatorScope scope,
            PeriodKind period,
            BigDecimal min,
            BigDecimal max,
            int decimals,
            IndicatorSource source) {
        IndicatorDefinition d = new IndicatorDefinition();
        d.code = code;
        d.nameKo = code;
        d.nameEn = code;
        d.kind = IndicatorKind.PROCESS;
        d.unit = unit;
        d.scope = scope;
        d.period = period;
        d.min = min;
        d.max = max;
        d.decimals = (short) decimals;
        d.source = source;
        d.description = code;
        return d;
    }

    /** Reads a period of this indicator's kind, or a 400 naming {@code field} and the form expected. */
    public Period period(String text, String field) {
        return Period.parse(text, period, field);
    }

    /** Derived values change only through their events: a client's write is a 409. */
    public void requireEntered() {
        if (source == IndicatorSource.DERIVED) {
            throw new DomainException.StateConflict(code + " (" + nameKo + ") is derived from other services' events; "
                    + "its values are read-only (see the indicator's description)");
        }
    }

    /**
     * Records (or, with {@code existing}, changes) an entered value of {@code scopeCode} for
     * {@code period}. The value must fit the indicator (400); the dong or district must be in the
     * program during the period (422): {@code entry} is when it joined, empty when it has not.
     *
     * @param scopeLabel the dong or district as the refusal names it, e.g. "dong 1129052500 (성북동)"
     */
    public IndicatorValue enter(
            String scopeCode,
            String districtCode,
            String scopeLabel,
            Period period,
            BigDecimal value,
            Optional<ProgramEntry> entry,
            IndicatorValue existing,
            Instant now) {
        requireEntered();
        BigDecimal accepted = acceptable(value);
        ProgramEntry joined = entry.orElseThrow(
                () -> new DomainException.RuleViolation(
                        "Rule 'in the program': " + scopeLabel
                                + " has no roll-out phase, so it is not in the program in " + period
                                + "; values are recorded only for dongs "
                                + "and districts in the program (their phase: GET /api/v1/dongs/{code}, /api/v1/districts/{code})"));
        if (!joined.covers(period)) {
            throw new DomainException.RuleViolation(
                    "Rule 'in the program in that period': " + scopeLabel + " joined the program in phase "
                            + joined.phase() + ", from " + joined.from() + "; period " + period + " ends before that");
        }
        if (existing != null) {
            existing.enter(accepted, now);
            return existing;
        }
        return IndicatorValue.entered(code, scopeCode, districtCode, period, accepted, now);
    }

    /** The value as stored, or a 400 naming the rule it breaks. */
    BigDecimal acceptable(BigDecimal value) {
        if (value == null) {
            throw new DomainException.InvalidValue("value", "is required");
        }
        if (isRate() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException.InvalidValue(
                    "value", "is a rate (%) and cannot exceed 100; " + value.toPlainString() + " was sent");
        }
        if (value.compareTo(min) < 0) {
            throw new DomainException.InvalidValue("value", "must be at least " + min.toPlainString() + " " + unit);
        }
        BigDecimal upper = max != null ? max : LARGEST;
        if (value.compareTo(upper) > 0) {
            throw new DomainException.InvalidValue("value", "must be at most " + upper.toPlainString() + " " + unit);
        }
        if (Math.max(0, value.stripTrailingZeros().scale()) > decimals) {
            throw new DomainException.InvalidValue(
                    "value",
                    decimals == 0
                            ? "must be a whole number (" + unit + ")"
                            : "may have at most " + decimals + " decimal" + (decimals == 1 ? "" : "s"));
        }
        return value.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /**
     * A derived value from the sums of its contributions: a rate is Σnumerator ÷ Σdenominator × 100
     * rounded half up to the indicator's decimals (none without a denominator); a count is Σnumerator.
     */
    public Optional<BigDecimal> derivedValue(long numerator, long denominator) {
        if (!isRate()) {
            return Optional.of(BigDecimal.valueOf(numerator).setScale(decimals, RoundingMode.UNNECESSARY));
        }
        if (denominator <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP));
    }

    public boolean isRate() {
        return RATE.equals(unit);
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public String nameKo() {
        return nameKo;
    }

    public String nameEn() {
        return nameEn;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String unit() {
        return unit;
    }

    public IndicatorScope scope() {
        return scope;
    }

    public PeriodKind period() {
        return period;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public int decimals() {
        return decimals;
    }

    public BigDecimal target() {
        return target;
    }

    public IndicatorSource source() {
        return source;
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }
}
