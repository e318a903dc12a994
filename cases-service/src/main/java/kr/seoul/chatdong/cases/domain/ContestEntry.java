package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published case entered in a contest (one entry per case and contest), with its codes as they were when it entered. */
@Entity
@Table(name = "contest_entry")
public class ContestEntry {

    @Id
    private UUID id;

    @Column(name = "contest_id")
    private UUID contestId;

    @Column(name = "case_id")
    private UUID caseId;

    private String title;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    @Column(name = "case_published_at")
    private Instant casePublishedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ContestEntry() {}

    /**
     * Enters {@code c} in {@code contest}: refused (422) unless it was published within the contest's
     * period and is of one of its districts.
     */
    public ContestEntry(Contest contest, BestPracticeCase c, Instant now) {
        this(contest, c, c.districtCode(), now);
    }

    /** As above; {@code districtName} names the case's district when a refusal does. */
    public ContestEntry(Contest contest, BestPracticeCase c, String districtName, Instant now) {
        contest.requireOpen("entries");
        contest.requireEligible(c);
        contest.requireEligibleDistrict(c.districtCode(), districtName);
        this.id = UUID.randomUUID();
        this.contestId = contest.id();
        this.caseId = c.id();
        this.title = c.title();
        this.districtCode = c.districtCode();
        this.dongCode = c.dongCode();
        this.casePublishedAt = c.publishedAt();
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID contestId() {
        return contestId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String title() {
        return title;
    }

    public String districtCode() {
        return districtCode;
    }

    public String dongCode() {
        return dongCode;
    }

    public Instant casePublishedAt() {
        return casePublishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
