package kr.seoul.chatdong.training.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 차시: one session of a cohort, with the hours it counts for attendance. */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

    @Id
    private UUID id;

    @Column(name = "cohort_id")
    private UUID cohortId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private BigDecimal hours;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected CohortSession() {}

    public static CohortSession hold(UUID cohortId, Instant startsAt, Instant endsAt, BigDecimal hours, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainException.InvalidValue(
                    "endsAt", "must be after startsAt (" + endsAt + " ≤ " + startsAt + ")");
        }
        BigDecimal span = BigDecimal.valueOf(
                        java.time.Duration.between(startsAt, endsAt).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        if (hours.compareTo(span) > 0) {
            throw new DomainException.InvalidValue(
                    "hours",
                    "is " + hours.toPlainString() + " but the session lasts "
                            + span.stripTrailingZeros().toPlainString() + " hours");
        }
        CohortSession session = new CohortSession();
        session.id = UUID.randomUUID();
        session.cohortId = cohortId;
        session.startsAt = startsAt;
        session.endsAt = endsAt;
        session.hours = hours;
        session.createdAt = now;
        return session;
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public BigDecimal hours() {
        return hours;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
