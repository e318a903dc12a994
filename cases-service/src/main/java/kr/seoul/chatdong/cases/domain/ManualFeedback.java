package kr.seoul.chatdong.cases.domain;

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

/** Field feedback on a section of a manual volume: OPEN → ADOPTED (a new version took it in) or DECLINED (with a reason). */
@Entity
@Table(name = "manual_feedback")
public class ManualFeedback {

    public enum Status {
        OPEN,
        ADOPTED,
        DECLINED
    }

    @Id
    private UUID id;

    @Column(name = "volume_id")
    private String volumeId;

    private String section;

    private String text;

    @Column(name = "district_code")
    private String districtCode;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** The version that took it in. */
    @Column(name = "adopted_in")
    private UUID adoptedIn;

    @Column(name = "declined_reason")
    private String declinedReason;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ManualFeedback() {}

    public ManualFeedback(
            String volumeId, String section, String text, String districtCode, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.volumeId = volumeId;
        this.section = section;
        this.text = text;
        this.districtCode = districtCode;
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** OPEN → ADOPTED by {@code version}, which must be of the feedback's volume (422). */
    public void adoptIn(ManualVersion version) {
        if (!version.volumeId().equals(volumeId)) {
            throw new DomainException.RuleViolation(
                            "Feedback " + id + " is on volume " + volumeId + ", not " + version.volumeId())
                    .with("rule", "feedback-of-another-volume")
                    .with("feedbackId", id.toString());
        }
        requireOpen("adopted");
        status = Status.ADOPTED;
        adoptedIn = version.id();
    }

    /** OPEN → DECLINED, with the reason. */
    public void decline(String reason) {
        requireOpen("declined");
        status = Status.DECLINED;
        declinedReason = reason;
    }

    private void requireOpen(String what) {
        if (status != Status.OPEN) {
            throw new DomainException.StateConflict(
                            "Feedback " + id + " is " + status + "; only OPEN feedback is " + what)
                    .with("currentState", status.name())
                    .with("feedbackId", id.toString());
        }
    }

    public UUID id() {
        return id;
    }

    public String volumeId() {
        return volumeId;
    }

    public String section() {
        return section;
    }

    public String text() {
        return text;
    }

    public String districtCode() {
        return districtCode;
    }

    public Status status() {
        return status;
    }

    public UUID adoptedIn() {
        return adoptedIn;
    }

    public String declinedReason() {
        return declinedReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
