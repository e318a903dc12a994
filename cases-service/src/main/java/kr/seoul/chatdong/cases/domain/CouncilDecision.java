package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 의결: a decision a governance council recorded, as cases saw it on decision.recorded. A manual version
 * is approved only by one of these (any council's).
 */
@Entity
@Table(name = "council_decision")
public class CouncilDecision {

    @Id
    @Column(name = "decision_id")
    private UUID decisionId;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "council_kind")
    private String councilKind;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    private String summary;

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected CouncilDecision() {}

    public CouncilDecision(
            UUID decisionId,
            UUID meetingId,
            UUID councilId,
            String councilKind,
            LocalDate decidedOn,
            String summary,
            String sourceEventId,
            Instant now) {
        this.decisionId = decisionId;
        this.meetingId = meetingId;
        this.councilId = councilId;
        this.councilKind = councilKind;
        this.decidedOn = decidedOn;
        this.summary = summary;
        this.sourceEventId = sourceEventId;
        this.receivedAt = now;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID councilId() {
        return councilId;
    }

    public String councilKind() {
        return councilKind;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String summary() {
        return summary;
    }
}
