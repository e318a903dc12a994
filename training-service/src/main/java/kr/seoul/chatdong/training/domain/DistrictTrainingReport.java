package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 자치구 주도교육 reported: training a district ran outside the platform, as its officer reports it — a
 * month's completions of one training for one audience. Counted toward the year's targets beside the
 * platform's cohorts (source DISTRICT_REPORT).
 */
@Entity
@Table(name = "district_training_report")
public class DistrictTrainingReport {

    /** The most one report may carry: a typing slip (50,000 for 5,000) would otherwise outweigh a year's cohorts. */
    public static final int MAX_COMPLETIONS = 5_000;

    public static final int MAX_TITLE = 200;

    @Id
    private UUID id;

    @Column(name = "district_code")
    private String districtCode;

    private int year;

    private int month;

    private String title;

    @Enumerated(EnumType.STRING)
    private TargetAudience audience;

    private int completions;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version
    private long version;

    protected DistrictTrainingReport() {}

    /**
     * A report of a month that has begun ({@code thisMonth}, in Seoul), with 0 to 5,000 completions; each
     * refusal names the field.
     */
    public static DistrictTrainingReport report(
            String districtCode,
            int year,
            int month,
            String title,
            TargetAudience audience,
            int completions,
            String reportedBy,
            Instant now,
            YearMonth thisMonth) {
        if (year < 2000 || year > 2100) {
            throw new DomainException.InvalidValue("year", "must be a year from 2000 to 2100");
        }
        if (month < 1 || month > 12) {
            throw new DomainException.InvalidValue("month", "must be 1 to 12");
        }
        if (YearMonth.of(year, month).isAfter(thisMonth)) {
            throw new DomainException.InvalidValue(
                    "month", "training is reported once held; " + YearMonth.of(year, month) + " has not begun");
        }
        if (completions < 0 || completions > MAX_COMPLETIONS) {
            throw new DomainException.InvalidValue(
                    "completions", "must be 0 to " + MAX_COMPLETIONS + " (one training of one month)");
        }
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            throw new DomainException.InvalidValue("title", "must be 1 to " + MAX_TITLE + " characters");
        }
        if (audience == null) {
            throw new DomainException.InvalidValue("audience", "is required");
        }
        DistrictTrainingReport r = new DistrictTrainingReport();
        r.id = UUID.randomUUID();
        r.districtCode = districtCode;
        r.year = year;
        r.month = month;
        r.title = name;
        r.audience = audience;
        r.completions = completions;
        r.reportedBy = reportedBy;
        r.reportedAt = now;
        return r;
    }

    public UUID id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public String title() {
        return title;
    }

    public TargetAudience audience() {
        return audience;
    }

    public int completions() {
        return completions;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public long version() {
        return version;
    }
}
