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
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.events.monitoring.RoundCompleted.FieldScore;

/** 교육 수요: a dong's staff need training in a field where a monitoring round found them below the bar. */
@Entity
@Table(name = "training_need")
public class TrainingNeed {

    public enum Status { OPEN, PLANNED, MET }

    @Id
    private UUID id;

    @Column(name = "round_id")
    private UUID roundId;

    @Column(name = "dong_code")
    private String dongCode;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private Field field;

    private int score;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ElementCollection
    @CollectionTable(name = "training_need_course", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "course_id")
    private Set<UUID> courseIds = new LinkedHashSet<>();

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingNeed() {
    }

    /** A need for a (dong, field) below a round's bar, matched to the courses that address the field. */
    public static TrainingNeed found(UUID roundId, FieldScore below, List<UUID> coursesForField, String sourceEventId, Instant now) {
        TrainingNeed need = new TrainingNeed();
        need.id = UUID.randomUUID();
        need.roundId = roundId;
        need.dongCode = below.dongCode();
        need.districtCode = below.districtCode();
        need.field = below.field();
        need.score = below.score();
        need.status = Status.OPEN;
        need.courseIds = new LinkedHashSet<>(coursesForField);
        need.sourceEventId = sourceEventId;
        need.createdAt = now;
        return need;
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public String dongCode() {
        return dongCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public Field field() {
        return field;
    }

    public int score() {
        return score;
    }

    public Status status() {
        return status;
    }

    public Set<UUID> courseIds() {
        return Collections.unmodifiableSet(courseIds);
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
