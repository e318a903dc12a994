package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 교육 수요: a dong's staff need training in a field where a monitoring round found them below the bar. */
@Entity
@Table(name = "training_need")
public class TrainingNeed {

    /**
     * OPEN until a cohort addresses it (meeting needs come with cohorts); WITHDRAWN when a corrected
     * score is no longer below the round's bar.
     */
    public enum Status {
        OPEN,
        WITHDRAWN,
        MET
    }

    @Id
    private UUID id;

    @Embedded
    private RoundFinding finding;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ElementCollection
    @CollectionTable(name = "training_need_course", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "course_id")
    private Set<UUID> courseIds = new LinkedHashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected TrainingNeed() {}

    /** A need for a (dong, field) below a round's bar, matched to the courses that address the field. */
    public static TrainingNeed found(RoundFinding below, List<UUID> coursesForField, Instant now) {
        TrainingNeed need = new TrainingNeed();
        need.id = UUID.randomUUID();
        need.finding = below;
        need.status = Status.OPEN;
        need.courseIds = new LinkedHashSet<>(coursesForField);
        need.createdAt = now;
        return need;
    }

    /** No longer applies (the corrected score is not below the bar); false when it was already withdrawn, or met (a met need stays met). */
    public boolean withdraw(String reason, Instant now) {
        if (status == Status.WITHDRAWN || status == Status.MET) {
            return false;
        }
        status = Status.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnAt = now;
        return true;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public UUID id() {
        return id;
    }

    /** The round, dong, field and score that revealed it, and the event that reported them. */
    public RoundFinding finding() {
        return finding;
    }

    public Status status() {
        return status;
    }

    public Set<UUID> courseIds() {
        return Collections.unmodifiableSet(courseIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
