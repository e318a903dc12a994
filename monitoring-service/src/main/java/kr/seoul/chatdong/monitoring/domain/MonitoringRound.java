package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

/**
 * 모니터링 회차: one round of monitoring over a set of dongs (e.g. the 2nd round: the 80 phase-1
 * dongs, Feb–Mar 2016). Its two bars decide which (dong, field) pairs get consulting (미흡동) and
 * which are nominated as best practice.
 */
@Entity
@Table(name = "monitoring_round")
public class MonitoringRound {

    public static final int DEFAULT_UNDERPERFORMING_BELOW = 60;
    public static final int DEFAULT_EXCELLENT_FROM = 90;
    /** A 422 for an incomplete round lists at most this many missing pairs (and counts them all). */
    public static final int MAX_MISSING_LISTED = 50;

    @Id
    private UUID id;

    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "underperforming_below")
    private int underperformingBelow;

    @Column(name = "excellent_from")
    private int excellentFrom;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    @ElementCollection
    @CollectionTable(name = "round_dong", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "dong_code")
    private Set<String> dongCodes = new LinkedHashSet<>();

    /** The size of the dong set, which is fixed when the round is planned: what lists show without reading the set. */
    @Column(name = "dong_count", nullable = false)
    private int dongCount;

    /** When consulting visits for this round's 미흡 dongs may take place (the plan: April–May); open-ended when null. */
    @Column(name = "consulting_from")
    private LocalDate consultingFrom;

    @Column(name = "consulting_to")
    private LocalDate consultingTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind")
    private RoundScope.Kind scopeKind = RoundScope.Kind.DONGS;

    /** For a DISTRICTS scope: the districts asked for, comma-separated. */
    @Column(name = "scope_district_codes")
    private String scopeDistrictCodes;

    /** For a PHASE scope: the last roll-out phase included. */
    @Column(name = "scope_up_to_phase")
    private Integer scopeUpToPhase;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected MonitoringRound() {}

    private MonitoringRound(
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            int underperformingBelow,
            int excellentFrom,
            Set<String> dongCodes,
            Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.underperformingBelow = underperformingBelow;
        this.excellentFrom = excellentFrom;
        this.dongCodes = new TreeSet<>(dongCodes);
        this.dongCount = this.dongCodes.size();
        this.status = RoundStatus.PLANNED;
        this.createdAt = now;
    }

    /** Plans a round over a list of dongs; refuses dates or bars that cannot describe a real round. */
    public static MonitoringRound plan(
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer underperformingBelow,
            Integer excellentFrom,
            Set<String> dongCodes,
            Instant now) {
        return plan(name, startsOn, endsOn, underperformingBelow, excellentFrom, RoundScope.dongs(), dongCodes, now);
    }

    /**
     * Plans a round over the dongs its scope resolved to (422 {@code empty-scope} for none); refuses
     * dates or bars that cannot describe a real round.
     */
    public static MonitoringRound plan(
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer underperformingBelow,
            Integer excellentFrom,
            RoundScope scope,
            Set<String> dongCodes,
            Instant now) {
        if (dongCodes.isEmpty()) {
            throw RoundScope.emptyScope(
                    switch (scope.kind()) {
                        case DONGS -> "dongCodes is empty";
                        case DISTRICTS -> "the districts have no dong";
                        case PHASE ->
                            "no dong is assigned to a phase up to " + scope.upToPhase()
                                    + " (see GET /api/v1/rollout-phases)";
                    });
        }
        int below = underperformingBelow == null ? DEFAULT_UNDERPERFORMING_BELOW : underperformingBelow;
        int excellent = excellentFrom == null ? DEFAULT_EXCELLENT_FROM : excellentFrom;
        if (endsOn.isBefore(startsOn)) {
            throw new DomainException.InvalidValue("endsOn", "must be on or after startsOn (" + startsOn + ")");
        }
        if (below > excellent) {
            throw new DomainException.InvalidValue(
                    "excellentFrom",
                    "must be at least underperformingBelow (" + below
                            + "): a dong cannot be both below the bar and excellent");
        }
        MonitoringRound round = new MonitoringRound(name, startsOn, endsOn, below, excellent, dongCodes, now);
        round.scopeKind = scope.kind();
        round.scopeDistrictCodes = scope.districtCodes() == null ? null : String.join(",", scope.districtCodes());
        round.scopeUpToPhase = scope.upToPhase();
        return round;
    }

    /** How the round's dongs were chosen. */
    public RoundScope scope() {
        return new RoundScope(
                scopeKind, scopeDistrictCodes == null ? null : List.of(scopeDistrictCodes.split(",")), scopeUpToPhase);
    }

    /**
     * Sets the consulting window; {@code null} leaves a bound as it is. Allowed in every state: the
     * window is usually set once the round is completed and its 미흡 dongs are known.
     */
    public void setConsultingWindow(LocalDate from, LocalDate to) {
        LocalDate newFrom = from != null ? from : consultingFrom;
        LocalDate newTo = to != null ? to : consultingTo;
        if (newFrom != null && newTo != null && newTo.isBefore(newFrom)) {
            throw new DomainException.InvalidValue(
                    "consultingTo", "must be on or after consultingFrom (" + newFrom + ")");
        }
        consultingFrom = newFrom;
        consultingTo = newTo;
    }

    /** Renames or re-dates the round while it is open; {@code null} leaves a field as it is. */
    public void revise(String newName, LocalDate newStartsOn, LocalDate newEndsOn) {
        if (status == RoundStatus.COMPLETED) {
            throw new DomainException.StateConflict("Round '" + name + "' is COMPLETED; it can no longer change");
        }
        LocalDate starts = newStartsOn != null ? newStartsOn : startsOn;
        LocalDate ends = newEndsOn != null ? newEndsOn : endsOn;
        if (ends.isBefore(starts)) {
            throw new DomainException.InvalidValue("endsOn", "must be on or after startsOn (" + starts + ")");
        }
        if (newName != null) {
            name = newName;
        }
        startsOn = starts;
        endsOn = ends;
    }

    /** Pairs a complete round has: every dong in scope, in every field. */
    public int expectedAssessments() {
        return dongCodes.size() * Field.values().length;
    }

    /**
     * Records or corrects one assessment. A completed round is closed (409); a dong outside the
     * round's scope cannot be assessed in it (422). The first assessment starts the round.
     */
    public Assessment assess(
            String dongCode, Field field, int score, String findings, Assessment existing, Instant now) {
        if (status == RoundStatus.COMPLETED) {
            throw new DomainException.StateConflict(
                    "Round '" + name + "' is COMPLETED; its assessments can no longer change");
        }
        if (!dongCodes.contains(dongCode)) {
            throw new DomainException.RuleViolation("Dong " + dongCode + " is not in the scope of round '" + name
                    + "'; assess one of its " + dongCodes.size() + " dongs");
        }
        moveTo(RoundStatus.IN_PROGRESS);
        if (existing != null) {
            existing.record(score, findings, now);
            return existing;
        }
        return new Assessment(new Assessment.Key(id, dongCode, field), score, findings, now);
    }

    /**
     * Corrects one score of a completed round and states the correction as the event other services
     * reconcile with; null when the score stays the same (only the findings change: nothing to reconcile).
     */
    public AssessmentCorrected correct(
            Assessment existing, int score, String findings, String reason, String districtCode, Instant now) {
        if (status != RoundStatus.COMPLETED) {
            throw new DomainException.StateConflict("Round '" + name + "' is " + status
                    + "; record the score as an assessment, " + "corrections are for completed rounds");
        }
        if (reason == null) {
            throw new DomainException.InvalidValue("reason", "is required to correct a score of a completed round");
        }
        int previous = existing.score();
        existing.record(score, findings, now);
        if (previous == score) {
            return null;
        }
        return new AssessmentCorrected(
                id,
                name,
                existing.dongCode(),
                districtCode,
                existing.field(),
                previous,
                score,
                underperformingBelow,
                excellentFrom,
                reason,
                now);
    }

    /**
     * Closes the round once every (dong, field) is assessed and states the result as the event other
     * services act on. Completing twice is a 409; missing pairs are a 422 that lists them.
     */
    public RoundCompleted complete(List<Assessment> assessments, Function<String, String> districtOfDong, Instant now) {
        if (status == RoundStatus.COMPLETED) {
            throw new DomainException.StateConflict("Round '" + name + "' was already completed at " + completedAt);
        }
        Map<String, Map<Field, Integer>> scores = new TreeMap<>();
        for (Assessment a : assessments) {
            scores.computeIfAbsent(a.dongCode(), d -> new EnumMap<>(Field.class))
                    .put(a.field(), a.score());
        }
        List<Map<String, String>> missing = new ArrayList<>();
        int missingCount = 0;
        for (String dong : dongCodes) {
            for (Field field : Field.values()) {
                if (!scores.getOrDefault(dong, Map.of()).containsKey(field)) {
                    missingCount++;
                    if (missing.size() < MAX_MISSING_LISTED) {
                        missing.add(Map.of("dongCode", dong, "field", field.name()));
                    }
                }
            }
        }
        if (missingCount > 0) {
            throw new DomainException.RuleViolation(missingCount + " of " + expectedAssessments()
                            + " (dong, field) assessments are missing; record them before completing the round")
                    .with("missingCount", missingCount)
                    .with("missing", missing);
        }
        moveTo(RoundStatus.COMPLETED);
        completedAt = now;
        List<RoundCompleted.DongScores> dongs = scores.entrySet().stream()
                .map(e -> new RoundCompleted.DongScores(e.getKey(), districtOfDong.apply(e.getKey()), e.getValue()))
                .toList();
        return new RoundCompleted(id, name, startsOn, endsOn, underperformingBelow, excellentFrom, now, dongs);
    }

    private void moveTo(RoundStatus target) {
        if (status != target && !status.canMoveTo(target)) {
            throw new DomainException.StateConflict(
                    "Round '" + name + "' cannot move from " + status + " to " + target);
        }
        status = target;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int underperformingBelow() {
        return underperformingBelow;
    }

    public int excellentFrom() {
        return excellentFrom;
    }

    public RoundStatus status() {
        return status;
    }

    /** A merge patch may remove the consulting window's bounds; the name and dates are required. */
    public void remove(Set<String> members) {
        for (String member : members) {
            switch (member) {
                case "consultingFrom" -> consultingFrom = null;
                case "consultingTo" -> consultingTo = null;
                default -> throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
        }
    }

    public LocalDate consultingFrom() {
        return consultingFrom;
    }

    public LocalDate consultingTo() {
        return consultingTo;
    }

    public Set<String> dongCodes() {
        return Collections.unmodifiableSet(dongCodes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
