package kr.seoul.chatdong.training.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 수료 기준: the share of the cohort's hours a trainee must attend (PRESENT or LATE count, EXCUSED
 * hours are left out of the total), and whether the satisfaction evaluation must be answered.
 */
@Embeddable
public class CompletionRule {

    /** The programme's usual bar: 80% of the hours. */
    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.80");

    @Column(name = "min_attendance_share")
    private BigDecimal minAttendanceShare;

    @Column(name = "evaluation_required")
    private boolean evaluationRequired;

    protected CompletionRule() {}

    public CompletionRule(BigDecimal minAttendanceShare, boolean evaluationRequired) {
        if (minAttendanceShare == null
                || minAttendanceShare.signum() < 0
                || minAttendanceShare.compareTo(BigDecimal.ONE) > 0
                || minAttendanceShare.scale() > 2
                        && minAttendanceShare.stripTrailingZeros().scale() > 2) {
            throw new DomainException.InvalidValue(
                    "completionRule.minAttendanceShare",
                    "must be a share from 0 to 1 with at most two decimals, e.g. 0.8");
        }
        this.minAttendanceShare = minAttendanceShare.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.evaluationRequired = evaluationRequired;
    }

    public static CompletionRule standard() {
        return new CompletionRule(DEFAULT_SHARE, false);
    }

    public BigDecimal minAttendanceShare() {
        return minAttendanceShare;
    }

    public boolean evaluationRequired() {
        return evaluationRequired;
    }
}
