package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


/** 컨설팅 배정: field-specific consulting for a dong that fell below a round's bar (미흡동). */
@Entity
@Table(name = "consulting_assignment")
public class ConsultingAssignment {

    @Id
    private UUID id;

    @Embedded
    private RoundFinding finding;

    @Enumerated(EnumType.STRING)
    private ConsultingStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ConsultingAssignment() {
    }

    /** Opens consulting for a (dong, field) of a completed round that scored below its bar. */
    public static ConsultingAssignment open(RoundFinding below, Instant now) {
        ConsultingAssignment a = new ConsultingAssignment();
        a.id = UUID.randomUUID();
        a.finding = below;
        a.status = ConsultingStatus.OPEN;
        a.createdAt = now;
        return a;
    }

    public UUID id() {
        return id;
    }

    /** The round, dong, field and score that called for it, and the event that reported them. */
    public RoundFinding finding() {
        return finding;
    }

    public ConsultingStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
