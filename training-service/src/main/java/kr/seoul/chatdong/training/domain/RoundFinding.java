package kr.seoul.chatdong.training.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;

/**
 * What a completed monitoring round found about one dong in one field, and the event that said so:
 * the origin every record derived from a round carries (a consulting assignment, a training need).
 */
@Embeddable
public class RoundFinding {

    @Column(name = "round_id")
    private UUID roundId;

    @Column(name = "dong_code")
    private String dongCode;

    /** Written by {@link TrainingNeed} (a need from a demand survey has a district and no round). */
    @Column(name = "district_code", insertable = false, updatable = false)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private Field field;

    /** Null only in the empty finding Hibernate reads for a need from a demand survey. */
    private Integer score;

    /** The round.completed event that reported it. */
    @Column(name = "source_event_id")
    private String sourceEventId;

    protected RoundFinding() {}

    public RoundFinding(UUID roundId, FieldScore pair, String sourceEventId) {
        this.roundId = roundId;
        this.dongCode = pair.dongCode();
        this.districtCode = pair.districtCode();
        this.field = pair.field();
        this.score = pair.score();
        this.sourceEventId = sourceEventId;
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

    public Integer score() {
        return score;
    }

    public String sourceEventId() {
        return sourceEventId;
    }
}
