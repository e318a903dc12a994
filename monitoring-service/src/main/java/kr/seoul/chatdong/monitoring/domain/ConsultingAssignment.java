package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.events.monitoring.RoundCompleted.FieldScore;

/** 컨설팅 배정: field-specific consulting for a dong that fell below a round's bar (미흡동). */
@Entity
@Table(name = "consulting_assignment")
public class ConsultingAssignment {

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
    private ConsultingStatus status;

    /** The round.completed event this assignment was opened by. */
    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ConsultingAssignment() {
    }

    /** Opens consulting for a (dong, field) of a completed round that scored below its bar. */
    public static ConsultingAssignment open(UUID roundId, FieldScore below, String sourceEventId, Instant now) {
        ConsultingAssignment a = new ConsultingAssignment();
        a.id = UUID.randomUUID();
        a.roundId = roundId;
        a.dongCode = below.dongCode();
        a.districtCode = below.districtCode();
        a.field = below.field();
        a.score = below.score();
        a.status = ConsultingStatus.OPEN;
        a.sourceEventId = sourceEventId;
        a.createdAt = now;
        return a;
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

    public ConsultingStatus status() {
        return status;
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
