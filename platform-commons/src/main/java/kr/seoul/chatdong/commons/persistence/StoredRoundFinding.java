package kr.seoul.chatdong.commons.persistence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;

/**
 * How every service stores the published language's {@link RoundFinding} in its own table
 * ({@code round_id, dong_code, district_code, field, score, source_event_id}). The value is plain
 * Java in the published language; this is its one JPA mapping (Quarkus maps only annotated
 * embeddables, so the record cannot be embedded itself). Queries name its attributes as before:
 * {@code finding.roundId}, {@code finding.districtCode}.
 */
@Embeddable
public class StoredRoundFinding {

    @Column(name = "round_id")
    private UUID roundId;

    @Column(name = "dong_code")
    private String dongCode;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private Field field;

    /** An Integer: a table whose rows need not come from a round (training's needs) reads it null. */
    private Integer score;

    @Column(name = "source_event_id")
    private String sourceEventId;

    protected StoredRoundFinding() {}

    private StoredRoundFinding(RoundFinding finding) {
        this.roundId = finding.roundId();
        this.dongCode = finding.dongCode();
        this.districtCode = finding.districtCode();
        this.field = finding.field();
        this.score = finding.score();
        this.sourceEventId = finding.sourceEventId();
    }

    public static StoredRoundFinding of(RoundFinding finding) {
        return new StoredRoundFinding(finding);
    }

    /** The value, or null for a row that has no round (its columns empty but for a shared district). */
    public RoundFinding value() {
        return roundId == null ? null : new RoundFinding(roundId, dongCode, districtCode, field, score, sourceEventId);
    }
}
