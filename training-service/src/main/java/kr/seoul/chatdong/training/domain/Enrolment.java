package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/** 수강신청: a trainee's place in a cohort, or on its waiting list (queueNo orders it). */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    private UUID id;

    @Column(name = "cohort_id")
    private UUID cohortId;

    @Column(name = "trainee_id")
    private UUID traineeId;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Column(name = "queue_no")
    private long queueNo;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    private Boolean completed;

    @Column(name = "attended_share")
    private java.math.BigDecimal attendedShare;

    @Column(name = "certificate_no")
    private String certificateNo;

    @Column(name = "completed_on")
    private java.time.LocalDate completedOn;

    @Version
    private long version;

    protected Enrolment() {}

    /** A seat when one is free, otherwise a place at the end of the waiting list. */
    public static Enrolment of(UUID cohortId, UUID traineeId, boolean seatFree, long queueNo, Instant now) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.cohortId = cohortId;
        enrolment.traineeId = traineeId;
        enrolment.status = seatFree ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        enrolment.queueNo = queueNo;
        enrolment.createdAt = now;
        return enrolment;
    }

    /** Cancels; answers whether a seat came free. */
    public boolean cancel(Instant now) {
        if (status == EnrolmentStatus.CANCELLED) {
            throw new DomainException.StateConflict("The enrolment is cancelled already")
                    .with("currentState", status.name());
        }
        boolean freed = status == EnrolmentStatus.ENROLLED;
        status = EnrolmentStatus.CANCELLED;
        cancelledAt = now;
        return freed;
    }

    /** The first on the waiting list takes a freed seat. */
    public void promote() {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("only a waiting enrolment is promoted, not " + status);
        }
        status = EnrolmentStatus.ENROLLED;
    }

    /** Null until the cohort completes; then whether the course's completion rule was met. */
    public Boolean completed() {
        return completed;
    }

    /** Attended hours over the hours that counted (excused hours left out), 0..1; null without any. */
    public java.math.BigDecimal attendedShare() {
        return attendedShare;
    }

    public String certificateNo() {
        return certificateNo;
    }

    public java.time.LocalDate completedOn() {
        return completedOn;
    }

    public UUID id() {
        return id;
    }

    public UUID cohortId() {
        return cohortId;
    }

    public UUID traineeId() {
        return traineeId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public long queueNo() {
        return queueNo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public long version() {
        return version;
    }
}
