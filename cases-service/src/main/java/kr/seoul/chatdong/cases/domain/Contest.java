package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 우수사례 공유대회: a sharing contest of the cases published in an eligible period (the plan's: a year
 * of results, 2015-07..2016-06, shown in July), judged on weighted criteria. OPEN while entries come
 * in and judges score; RESULTS_PUBLISHED freezes everything. A contest may take only the cases of
 * some districts (대상 자치구: the 2016 contest, the 13 phase-1 districts); naming none takes every
 * district's.
 */
@Entity
@Table(name = "contest")
public class Contest {

    public enum Status {
        OPEN,
        RESULTS_PUBLISHED
    }

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Id
    private UUID id;

    private String name;

    @Column(name = "eligible_from")
    private LocalDate eligibleFrom;

    @Column(name = "eligible_to")
    private LocalDate eligibleTo;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_criterion", joinColumns = @JoinColumn(name = "contest_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    /** 대상 자치구: the districts whose cases may enter; empty: every district's. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_eligible_district", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "district_code")
    private Set<String> eligibleDistrictCodes = new TreeSet<>();

    @Version
    private long version;

    protected Contest() {}

    /** A contest with 1–10 criteria of distinct names; the period must be ordered. */
    public Contest(String name, LocalDate eligibleFrom, LocalDate eligibleTo, List<Criterion> criteria, Instant now) {
        if (eligibleTo.isBefore(eligibleFrom)) {
            throw new DomainException.InvalidValue(
                    "eligibleTo", "is before eligibleFrom (" + eligibleTo + " < " + eligibleFrom + ")");
        }
        if (criteria == null || criteria.isEmpty() || criteria.size() > 10) {
            throw new DomainException.InvalidValue("criteria", "give 1 to 10 criteria");
        }
        Set<String> names = new HashSet<>();
        for (Criterion c : criteria) {
            if (!names.add(c.name())) {
                throw new DomainException.InvalidValue(
                        "criteria", "names '" + c.name() + "' twice; give each criterion once");
            }
            if (c.weight() < 1 || c.weight() > 100) {
                throw new DomainException.InvalidValue("criteria", "weight of '" + c.name() + "' must be 1 to 100");
            }
        }
        this.id = UUID.randomUUID();
        this.name = name;
        this.eligibleFrom = eligibleFrom;
        this.eligibleTo = eligibleTo;
        this.criteria = new ArrayList<>(criteria);
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    /**
     * Refuses (422) a case that was not published within the eligible period (Seoul days); the detail
     * says why.
     */
    public void requireEligible(BestPracticeCase c) {
        if (c.publishedAt() == null) {
            throw new DomainException.RuleViolation(
                            "Case " + c.id() + " is " + c.status() + ", never published; only cases published from "
                                    + eligibleFrom + " to " + eligibleTo + " may enter")
                    .with("rule", "case-not-published");
        }
        LocalDate day = LocalDate.ofInstant(c.publishedAt(), SEOUL);
        if (day.isBefore(eligibleFrom) || day.isAfter(eligibleTo)) {
            throw new DomainException.RuleViolation("Case " + c.id() + " was published on " + day
                            + ", outside the contest's period " + eligibleFrom + " to " + eligibleTo)
                    .with("rule", "published-outside-period");
        }
        if (c.status() != CaseStatus.PUBLISHED && c.status() != CaseStatus.ARCHIVED) {
            throw new DomainException.RuleViolation("Case " + c.id() + " is " + c.status())
                    .with("rule", "case-not-published");
        }
    }

    /** Whether a case of {@code districtCode} may enter: one of the eligible districts, or any when none are named. */
    public boolean admits(String districtCode) {
        return eligibleDistrictCodes.isEmpty() || eligibleDistrictCodes.contains(districtCode);
    }

    /** Refuses (422, rule not-eligible) a case of a district the contest does not take; the detail names it. */
    public void requireEligibleDistrict(String districtCode, String districtName) {
        if (!admits(districtCode)) {
            throw new DomainException.RuleViolation("A case of " + districtName + " (" + districtCode
                            + ") may not enter this contest; it takes cases of "
                            + String.join(", ", eligibleDistrictCodes()) + " only")
                    .with("rule", "not-eligible")
                    .with("districtCode", districtCode)
                    .with("districtName", districtName)
                    .with("eligibleDistrictCodes", eligibleDistrictCodes());
        }
    }

    /**
     * The districts whose cases may enter from now on (empty: every district's), while the contest is
     * OPEN (409). A district of an entry already in may not be left out (422, rule entered-district):
     * the entry would stand against the contest's own rule.
     */
    public void limitTo(Collection<String> districtCodes, Collection<String> enteredDistricts) {
        requireOpen("eligible districts");
        Set<String> codes = new TreeSet<>(districtCodes);
        if (!codes.isEmpty()) {
            Set<String> left = new TreeSet<>(enteredDistricts);
            left.removeAll(codes);
            if (!left.isEmpty()) {
                throw new DomainException.RuleViolation("Cases of " + String.join(", ", left)
                                + " have entered this contest already; keep their districts eligible")
                        .with("rule", "entered-district")
                        .with("districtCodes", List.copyOf(left));
            }
        }
        eligibleDistrictCodes.clear();
        eligibleDistrictCodes.addAll(codes);
    }

    /**
     * Checks one judge's scores of an entry: every criterion exactly once, each 1–5 (422 otherwise),
     * while the contest is open (409).
     */
    public void requireCompleteScores(List<ContestScore.Given> given) {
        requireOpen("scores");
        Set<String> seen = new HashSet<>();
        for (ContestScore.Given g : given) {
            if (!seen.add(g.criterion())) {
                throw new DomainException.InvalidValue(
                        "scores", "names '" + g.criterion() + "' twice; score each criterion once");
            }
            if (criteria.stream().noneMatch(c -> c.name().equals(g.criterion()))) {
                throw new DomainException.InvalidValue(
                        "scores",
                        "'" + g.criterion() + "' is not a criterion of this contest; its criteria: "
                                + String.join(", ", criterionNames()));
            }
            if (g.score() < 1 || g.score() > 5) {
                throw new DomainException.InvalidValue("scores", "the score of '" + g.criterion() + "' must be 1 to 5");
            }
        }
        List<String> missing =
                criterionNames().stream().filter(n -> !seen.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new DomainException.InvalidValue(
                    "scores", "score every criterion; missing: " + String.join(", ", missing));
        }
    }

    /** Entries, judges and scores change only while the contest is OPEN (409 once its results are published). */
    public void requireOpen(String what) {
        if (status != Status.OPEN) {
            throw new DomainException.StateConflict("The contest's results were published on " + resultsPublishedAt
                            + "; its " + what + " are frozen")
                    .with("currentState", status.name());
        }
    }

    /** OPEN → RESULTS_PUBLISHED: the scores are frozen. */
    public void publishResults(int entries, Instant now) {
        requireOpen("results");
        if (entries == 0) {
            throw new DomainException.RuleViolation("The contest has no entries; there are no results to publish")
                    .with("rule", "no-entries");
        }
        status = Status.RESULTS_PUBLISHED;
        resultsPublishedAt = now;
    }

    public List<String> criterionNames() {
        return criteria.stream().map(Criterion::name).toList();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate eligibleFrom() {
        return eligibleFrom;
    }

    public LocalDate eligibleTo() {
        return eligibleTo;
    }

    public Status status() {
        return status;
    }

    public Instant resultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    /** By code; empty: every district's cases may enter. */
    public List<String> eligibleDistrictCodes() {
        return List.copyOf(new TreeSet<>(eligibleDistrictCodes));
    }

    public long version() {
        return version;
    }
}
