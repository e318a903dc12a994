package kr.seoul.chatdong.cases.domain;

import kr.seoul.chatdong.commons.rules.DomainException;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted.FieldScore;
import kr.seoul.chatdong.language.geo.Dong;

/** 우수사례: a best practice of a district (and usually one of its dongs) in one field. */
@Entity
@Table(name = "best_practice_case")
public class BestPracticeCase {

    @Id
    private UUID id;

    private String title;

    private String summary;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "dong_code")
    private String dongCode;

    @Enumerated(EnumType.STRING)
    private Field field;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    private CaseSource source;

    /** The monitoring round that nominated it, with the score that did. */
    @Column(name = "round_id")
    private UUID roundId;

    private Integer score;

    /** The event it came from, when it came from one. */
    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected BestPracticeCase() {
    }

    /** A draft written by the discovery team about a dong (its district follows from it) or a whole district. */
    public static BestPracticeCase draft(String title, String summary, String districtCode, Dong dong, Field field, Instant now) {
        BestPracticeCase c = new BestPracticeCase();
        c.id = UUID.randomUUID();
        c.title = title;
        c.summary = summary;
        c.districtCode = dong != null ? dong.districtCode() : districtCode;
        c.dongCode = dong != null ? dong.code() : null;
        c.field = field;
        c.status = CaseStatus.DRAFT;
        c.source = CaseSource.DISCOVERY_TEAM;
        c.createdAt = now;
        return c;
    }

    /** A nomination by a completed monitoring round: the (dong, field) scored at or above its excellence bar. */
    public static BestPracticeCase nominate(UUID roundId, String roundName, FieldScore excellent, Dong dong, String sourceEventId, Instant now) {
        BestPracticeCase c = new BestPracticeCase();
        c.id = UUID.randomUUID();
        c.title = dong.districtNameKo() + " " + dong.nameKo() + " " + excellent.field().nameKo() + " 분야 우수사례 후보";
        c.summary = roundName + "에서 " + excellent.field().nameKo() + " 분야 " + excellent.score() + "점";
        c.districtCode = dong.districtCode();
        c.dongCode = dong.code();
        c.field = excellent.field();
        c.status = CaseStatus.NOMINATED;
        c.source = CaseSource.MONITORING;
        c.roundId = roundId;
        c.score = excellent.score();
        c.sourceEventId = sourceEventId;
        c.createdAt = now;
        return c;
    }

    /** Changes what a PATCH names; {@code null} leaves a field as it is. */
    public void revise(String title, String summary) {
        if (title != null) {
            this.title = title;
        }
        if (summary != null) {
            this.summary = summary;
        }
    }

    /** Removes what a merge patch sent as null: the summary is optional, the title is not. */
    public void remove(java.util.Set<String> members) {
        for (String member : members) {
            if (member.equals("summary")) {
                this.summary = null;
            } else {
                throw new DomainException.InvalidValue(member, "is required; it cannot be removed (null)");
            }
        }
    }

    /**
     * Withdraws a monitoring nomination that no longer applies. Only a case still NOMINATED is
     * withdrawn: once an editor has taken it further it stands on its own merits. Returns whether it was.
     */
    public boolean withdrawNomination(String reason, Instant now) {
        if (status != CaseStatus.NOMINATED) {
            return false;
        }
        status = CaseStatus.WITHDRAWN;
        withdrawnReason = reason;
        withdrawnAt = now;
        return true;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public boolean isPublished() {
        return status == CaseStatus.PUBLISHED;
    }

    public UUID roundId() {
        return roundId;
    }

    public Integer score() {
        return score;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String districtCode() {
        return districtCode;
    }

    public String dongCode() {
        return dongCode;
    }

    public Field field() {
        return field;
    }

    public CaseStatus status() {
        return status;
    }

    public CaseSource source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
