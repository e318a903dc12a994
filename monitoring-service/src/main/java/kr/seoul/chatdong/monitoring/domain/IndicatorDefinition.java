package kr.seoul.chatdong.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 성과관리 지표: an indicator of the program's performance (2016 plan §7), with the rules its values
 * keep: one per dong or district and period, within its range, a rate never above 100 %. Seeded by
 * the migration, defined and revised by city admins (§7: indicators are revised in Feb–Apr) with a
 * target per year; derived indicators take their values from other services' events only, so their
 * derivation (source, unit, kind, range, decimals, scope, period) is code and stays fixed.
 */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition {

    /** 교육실행율 (cohorts held ÷ cohorts planned), from training's cohort.planned. */
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

    /** 연도별 목표: the target of each year that has one. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_code"))
    @MapKeyColumn(name = "year")
    @Column(name = "target")
    private Map<Short, BigDecimal> targets = new HashMap<>();

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

    /** A rule name of the refusals below, sent as the problem's {@code rule}. */
    public static final String DERIVED_BY_CODE = "derived-by-code";

    public static final String DERIVATION_FIXED = "derivation-fixed";

    /** The earliest and latest year a target may be set for. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    /** What a new indicator is: every field of its definition, and its targets by year ("2016"). */
    public record Definition(
            String code,
            String nameKo,
            String nameEn,
            IndicatorKind kind,
            String unit,
            IndicatorScope scope,
            PeriodKind period,
            BigDecimal min,
            BigDecimal max,
            Integer decimals,
            IndicatorSource source,
            String description,
            Map<String, BigDecimal> targets) {}

    /**
     * A new entered indicator at {@code position} (after the others). A derived one is refused
     * (422, rule {@value #DERIVED_BY_CODE}): its values come from other services' events, which
     * code handles. The range must hold (400), and each target fit it.
     */
    public static IndicatorDefinition define(Definition d, int position) {
        if (d.source() == IndicatorSource.DERIVED) {
            throw new DomainException.RuleViolation(
                            "Rule '" + DERIVED_BY_CODE + "': a derived indicator's values are "
                                    + "computed from other services' events by code; only ENTERED indicators are defined through the API")
                    .with("rule", DERIVED_BY_CODE);
        }
        IndicatorDefinition i = new IndicatorDefinition();
        i.code = d.code();
        i.position = (short) position;
        i.nameKo = d.nameKo();
        i.nameEn = d.nameEn();
        i.kind = d.kind();
        i.unit = d.unit();
        i.scope = d.scope();
        i.period = d.period();
        i.min = d.min() == null ? BigDecimal.ZERO : d.min();
        i.max = d.max();
        i.decimals = (short) (d.decimals() == null ? 0 : d.decimals());
        i.source = IndicatorSource.ENTERED;
        i.description = d.description();
        i.requireRange();
        if (d.targets() != null) {
            d.targets().forEach((year, target) -> {
                if (target != null) {
                    i.targets.put(yearOf(year), target);
                }
            });
        }
        i.requireTargets();
        return i;
    }

    /**
     * Changes of a definition: a field left null stays, {@code removed} names the fields sent as
     * null (only {@code max} may go; {@code targets} itself removes every year); in {@code targets},
     * a year with a number sets that year's target and a year with null removes it.
     */
    public record Revision(
            String nameKo,
            String nameEn,
            String description,
            String unit,
            IndicatorKind kind,
            BigDecimal min,
            BigDecimal max,
            Integer decimals,
            Map<String, BigDecimal> targets,
            Set<String> removed) {}

    /** A field as it was and is after a revision, as text (null where it had or has no value). */
    public record Change(String field, String before, String after) {}

    /**
     * Revises the definition and returns what changed. A derived indicator keeps its derivation:
     * changing its unit, kind, min, max or decimals is a 422 (rule {@value #DERIVATION_FIXED});
     * its names, description and targets may change. Refused with 400: a required field removed, a
     * range that does not hold, a year that is not one, a target outside the range.
     */
    public List<Change> revise(Revision r) {
        Set<String> removed = r.removed() == null ? Set.of() : r.removed();
        for (String field : removed) {
            if (!field.equals("max") && !field.equals("targets")) {
                throw new DomainException.InvalidValue(field, "is required and cannot be removed");
            }
        }
        boolean removesMax = removed.contains("max");
        if (source == IndicatorSource.DERIVED) {
            List<String> fixed = new ArrayList<>();
            if (r.unit() != null && !r.unit().equals(unit)) fixed.add("unit");
            if (r.kind() != null && r.kind() != kind) fixed.add("kind");
            if (r.min() != null && r.min().compareTo(min) != 0) fixed.add("min");
            if (removesMax
                    ? max != null
                    : r.max() != null && (max == null || r.max().compareTo(max) != 0)) {
                fixed.add("max");
            }
            if (r.decimals() != null && r.decimals() != decimals) fixed.add("decimals");
            if (!fixed.isEmpty()) {
                throw new DomainException.RuleViolation("Rule '" + DERIVATION_FIXED + "': " + code + " (" + nameKo
                                + ") is derived from other services' events; its derivation is code and stays fixed, so "
                                + String.join(", ", fixed) + " cannot change (its names, description and targets may)")
                        .with("rule", DERIVATION_FIXED);
            }
        }
        List<Change> changes = new ArrayList<>();
        nameKo = changed(changes, "nameKo", nameKo, r.nameKo());
        nameEn = changed(changes, "nameEn", nameEn, r.nameEn());
        description = changed(changes, "description", description, r.description());
        unit = changed(changes, "unit", unit, r.unit());
        if (r.kind() != null && r.kind() != kind) {
            changes.add(new Change("kind", kind.name(), r.kind().name()));
            kind = r.kind();
        }
        if (r.min() != null && r.min().compareTo(min) != 0) {
            changes.add(new Change("min", min.toPlainString(), r.min().toPlainString()));
            min = r.min();
        }
        BigDecimal newMax = removesMax ? null : r.max() != null ? r.max() : max;
        if (!sameNumber(max, newMax)) {
            changes.add(new Change("max", text(max), text(newMax)));
            max = newMax;
        }
        if (r.decimals() != null && r.decimals() != decimals) {
            changes.add(new Change("decimals", String.valueOf(decimals), String.valueOf(r.decimals())));
            decimals = r.decimals().shortValue();
        }
        requireRange();
        Map<Short, BigDecimal> newTargets = new HashMap<>(removed.contains("targets") ? Map.of() : targets);
        if (r.targets() != null) {
            r.targets().forEach((year, target) -> {
                if (target == null) {
                    newTargets.remove(yearOf(year));
                } else {
                    newTargets.put(yearOf(year), target);
                }
            });
        }
        SortedMap<Short, BigDecimal> years = new TreeMap<>(targets);
        years.putAll(newTargets);
        for (Short year : years.keySet()) {
            BigDecimal before = targets.get(year);
            BigDecimal after = newTargets.get(year);
            if (!sameNumber(before, after)) {
                changes.add(new Change("targets." + year, text(before), text(after)));
                if (after == null) {
                    targets.remove(year);
                } else {
                    targets.put(year, after);
                }
            }
        }
        requireTargets();
        return changes;
    }

    /** What a new definition sets, as the changes of its creation (before: null). */
    public List<Change> asCreated() {
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("nameKo", null, nameKo));
        changes.add(new Change("nameEn", null, nameEn));
        changes.add(new Change("description", null, description));
        changes.add(new Change("kind", null, kind.name()));
        changes.add(new Change("unit", null, unit));
        changes.add(new Change("scope", null, scope.name()));
        changes.add(new Change("period", null, period.name()));
        changes.add(new Change("min", null, min.toPlainString()));
        changes.add(new Change("max", null, text(max)));
        changes.add(new Change("decimals", null, String.valueOf(decimals)));
        new TreeMap<>(targets)
                .forEach((year, target) -> changes.add(new Change("targets." + year, null, text(target))));
        return changes;
    }

    private static String changed(List<Change> changes, String field, String before, String after) {
        if (after == null || after.equals(before)) {
            return before;
        }
        changes.add(new Change(field, before, after));
        return after;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static short yearOf(String text) {
        String year = text == null ? "" : text.strip();
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > LAST_YEAR) {
            throw new DomainException.InvalidValue(
                    "targets",
                    "are keyed by year, written 2016 (" + FIRST_YEAR + "–" + LAST_YEAR + "), not '"
                            + (year.length() <= 20 ? year : year.substring(0, 20) + "…") + "'");
        }
        return Short.parseShort(year);
    }

    /** min ≤ max, and a rate (%) between 0 and 100 with a max. */
    private void requireRange() {
        if (max != null && min.compareTo(max) > 0) {
            throw new DomainException.InvalidValue(
                    "min", "must not be above max (" + max.toPlainString() + "); " + min.toPlainString() + " was sent");
        }
        if (isRate()) {
            if (min.signum() < 0) {
                throw new DomainException.InvalidValue("min", "of a rate (%) cannot be below 0");
            }
            if (max == null || max.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new DomainException.InvalidValue("max", "of a rate (%) is required and cannot exceed 100");
            }
        }
        if (decimals < 0 || decimals > 2) {
            throw new DomainException.InvalidValue("decimals", "must be between 0 and 2");
        }
    }

    /** Each target within the range, with at most the indicator's decimals. */
    private void requireTargets() {
        for (Map.Entry<Short, BigDecimal> t : new TreeMap<>(targets).entrySet()) {
            BigDecimal target = t.getValue();
            BigDecimal upper = max != null ? max : LARGEST;
            if (target.compareTo(min) < 0
                    || target.compareTo(upper) > 0
                    || Math.max(0, target.stripTrailingZeros().scale()) > decimals) {
                throw new DomainException.InvalidValue(
                        "targets." + t.getKey(),
                        "must be between " + min.toPlainString() + " and " + upper.toPlainString() + " " + unit
                                + " with at most " + decimals + " decimal" + (decimals == 1 ? "" : "s") + "; "
                                + target.toPlainString() + " was sent");
            }
        }
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

    /** The targets by year, oldest year first. */
    public SortedMap<Integer, BigDecimal> targets() {
        SortedMap<Integer, BigDecimal> sorted = new TreeMap<>();
        targets.forEach((year, target) -> sorted.put(year.intValue(), target));
        return Collections.unmodifiableSortedMap(sorted);
    }

    /** The target of {@code year}, empty where none is set. */
    public Optional<BigDecimal> target(int year) {
        return Optional.ofNullable(targets.get((short) year));
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
