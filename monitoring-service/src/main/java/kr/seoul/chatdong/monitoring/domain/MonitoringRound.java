package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

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

import kr.seoul.chatdong.commons.problem.ProblemException;

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

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected MonitoringRound() {
    }

    private MonitoringRound(String name, LocalDate startsOn, LocalDate endsOn, int underperformingBelow,
            int excellentFrom, Set<String> dongCodes, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.underperformingBelow = underperformingBelow;
        this.excellentFrom = excellentFrom;
        this.dongCodes = new TreeSet<>(dongCodes);
        this.status = RoundStatus.PLANNED;
        this.createdAt = now;
    }

    /** Plans a round; refuses dates or bars that cannot describe a real round. */
    public static MonitoringRound plan(String name, LocalDate startsOn, LocalDate endsOn, Integer underperformingBelow,
            Integer excellentFrom, Set<String> dongCodes, Instant now) {
        int below = underperformingBelow == null ? DEFAULT_UNDERPERFORMING_BELOW : underperformingBelow;
        int excellent = excellentFrom == null ? DEFAULT_EXCELLENT_FROM : excellentFrom;
        if (endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must be on or after startsOn (" + startsOn + ")");
        }
        if (below > excellent) {
            throw ProblemException.invalid("excellentFrom",
                    "must be at least underperformingBelow (" + below + "): a dong cannot be both below the bar and excellent");
        }
        return new MonitoringRound(name, startsOn, endsOn, below, excellent, dongCodes, now);
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
