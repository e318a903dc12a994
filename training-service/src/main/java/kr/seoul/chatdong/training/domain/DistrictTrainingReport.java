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

    public static final int MAX_REASON = 500;

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

    @Enumerated(EnumType.STRING)
    private DistrictTrainingReportStatus status;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

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
        requireHeld(year, month, thisMonth);
        requireCompletions(completions);
        String name = title(title);
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
        r.status = DistrictTrainingReportStatus.RECORDED;
        return r;
    }

    /**
     * Corrects the report: each member given (null: unchanged) by the rules of a new report. A withdrawn
     * report is final (409).
     */
    public void correct(
            String title, TargetAudience audience, Integer completions, Integer month, YearMonth thisMonth) {
        requireOpen("corrected");
        if (month != null) {
            requireHeld(year, month, thisMonth);
        }
        if (completions != null) {
            requireCompletions(completions);
        }
        String name = title == null ? null : title(title);
        if (name != null) {
            this.title = name;
        }
        if (audience != null) {
            this.audience = audience;
        }
        if (completions != null) {
            this.completions = completions;
        }
        if (month != null) {
            this.month = month;
        }
    }

    /** Withdraws the report with the reason (1 to 500 characters): it counts nowhere from now on. Final. */
    public void withdraw(String reason, Instant now) {
        requireOpen("withdrawn");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new DomainException.InvalidValue("reason", "must be 1 to " + MAX_REASON + " characters");
        }
        this.status = DistrictTrainingReportStatus.WITHDRAWN;
        this.withdrawnReason = why;
        this.withdrawnAt = now;
    }

    private void requireOpen(String change) {
        if (!status.open()) {
            throw new DomainException.StateConflict("This report was withdrawn (" + withdrawnReason + ") and cannot be "
                            + change + "; report the training again if it was held")
                    .with("rule", "report-withdrawn");
        }
    }

    private static void requireHeld(int year, int month, YearMonth thisMonth) {
        if (month < 1 || month > 12) {
            throw new DomainException.InvalidValue("month", "must be 1 to 12");
        }
        if (YearMonth.of(year, month).isAfter(thisMonth)) {
            throw new DomainException.InvalidValue(
                    "month", "training is reported once held; " + YearMonth.of(year, month) + " has not begun");
        }
    }

    private static void requireCompletions(int completions) {
        if (completions < 0 || completions > MAX_COMPLETIONS) {
            throw new DomainException.InvalidValue(
                    "completions", "must be 0 to " + MAX_COMPLETIONS + " (one training of one month)");
        }
    }

    private static String title(String title) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            throw new DomainException.InvalidValue("title", "must be 1 to " + MAX_TITLE + " characters");
        }
        return name;
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

    public DistrictTrainingReportStatus status() {
        return status;
    }

    /** Whether its completions count toward the year (it was not withdrawn). */
    public boolean counted() {
        return status == DistrictTrainingReportStatus.RECORDED;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public long version() {
        return version;
    }
}
