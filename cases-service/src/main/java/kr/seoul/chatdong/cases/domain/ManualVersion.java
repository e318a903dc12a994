package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * A version of a manual volume, numbered 1, 2, … per volume: DRAFTING → IN_REVIEW (submit) → APPROVED
 * (approve, naming the council decision) → DISTRIBUTED (distribute: copies and channels). The feedback and
 * solution-desk questions it took in point at it.
 */
@Entity
@Table(name = "manual_version")
public class ManualVersion {

    /** The workflow steps, as the API names them (POST …/versions/{version}/{step}), and where each leads. */
    public enum Step {
        submit(ManualVersionStatus.IN_REVIEW),
        approve(ManualVersionStatus.APPROVED),
        distribute(ManualVersionStatus.DISTRIBUTED);

        private final ManualVersionStatus target;

        Step(ManualVersionStatus target) {
            this.target = target;
        }

        public ManualVersionStatus target() {
            return target;
        }
    }

    @Id
    private UUID id;

    @Column(name = "volume_id")
    private String volumeId;

    private int number;

    /** A name the editors gave it (e.g. "2016"); versions recorded before the life cycle have theirs. */
    private String label;

    @Enumerated(EnumType.STRING)
    private ManualVersionStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_meeting_id")
    private UUID approvedMeetingId;

    @Column(name = "approved_decision_id")
    private UUID approvedDecisionId;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "distributed_on")
    private LocalDate distributedOn;

    private Integer copies;

    /** The channels, comma-separated in {@link DistributionChannel} order. */
    private String channels;

    /** Its document (the file districts download), in the platform's document store; null until uploaded. */
    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ManualVersion() {}

    /** Version {@code number} of the volume, DRAFTING. */
    public static ManualVersion draft(String volumeId, int number, String label, String createdBy, Instant now) {
        ManualVersion v = new ManualVersion();
        v.id = UUID.randomUUID();
        v.volumeId = volumeId;
        v.number = number;
        v.label = label;
        v.status = ManualVersionStatus.DRAFTING;
        v.channels = "";
        v.createdBy = createdBy;
        v.createdAt = now;
        return v;
    }

    /** DRAFTING → IN_REVIEW. */
    public void submit(Instant now) {
        move(Step.submit);
        submittedAt = now;
    }

    /** Refuses {@code step} unless the version's status allows it (409 with currentState and allowedSteps). */
    public void require(Step step) {
        if (!status.canMoveTo(step.target())) {
            List<String> allowed = allowedSteps().stream().map(Enum::name).toList();
            throw new DomainException.StateConflict("Version " + number + " of " + volumeId + " is " + status + "; '"
                            + step + "' is not a step from there"
                            + (allowed.isEmpty() ? " (it is final)" : "; allowed: " + String.join(", ", allowed)))
                    .with("currentState", status.name())
                    .with("allowedSteps", allowed);
        }
    }

    /** IN_REVIEW → APPROVED by a council's decision. */
    public void approve(CouncilDecision decision, Instant now) {
        move(Step.approve);
        approvedMeetingId = decision.meetingId();
        approvedDecisionId = decision.decisionId();
        approvedAt = now;
    }

    /** APPROVED → DISTRIBUTED on {@code on}: how many printed copies, through which channels (at least one). */
    public void distribute(int copies, Set<DistributionChannel> channels, LocalDate on) {
        if (channels.isEmpty()) {
            throw new DomainException.InvalidValue("channels", "name at least one of PRINT, WEB, BRIEFING");
        }
        if (copies < 0) {
            throw new DomainException.InvalidValue("copies", "must not be negative");
        }
        move(Step.distribute);
        this.copies = copies;
        this.channels = String.join(
                ",",
                Arrays.stream(DistributionChannel.values())
                        .filter(channels::contains)
                        .map(Enum::name)
                        .toList());
        this.distributedOn = on;
    }

    /** Refuses new content (a question) once approved: 409 with currentState. */
    public void requireTakesInContent(String what) {
        if (!status.takesInContent()) {
            throw new DomainException.StateConflict("Version " + number + " of " + volumeId + " is " + status + "; "
                            + what + " is taken in only while DRAFTING or IN_REVIEW")
                    .with("currentState", status.name());
        }
    }

    /**
     * Points the version at a new document, answering the one it replaces (null for the first). Refused once
     * APPROVED (409 with currentState): what was approved is the document the council saw.
     */
    public UUID attachDocument(UUID newDocumentId) {
        requireDocumentOpen();
        UUID old = documentId;
        documentId = newDocumentId;
        return old;
    }

    /** Refuses a new document once the version is APPROVED or DISTRIBUTED (409 with currentState). */
    public void requireDocumentOpen() {
        if (!status.takesInContent()) {
            throw new DomainException.StateConflict("Version " + number + " of " + volumeId + " is " + status
                            + "; its document is frozen (what was approved is what districts download), "
                            + "and changes only while DRAFTING or IN_REVIEW: start the next version")
                    .with("currentState", status.name());
        }
    }

    private void move(Step step) {
        require(step);
        status = step.target();
    }

    public List<Step> allowedSteps() {
        return Arrays.stream(Step.values())
                .filter(s -> status.canMoveTo(s.target()))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public String volumeId() {
        return volumeId;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public ManualVersionStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public UUID approvedMeetingId() {
        return approvedMeetingId;
    }

    public UUID approvedDecisionId() {
        return approvedDecisionId;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public LocalDate distributedOn() {
        return distributedOn;
    }

    public Integer copies() {
        return copies;
    }

    public List<DistributionChannel> channels() {
        return channels == null || channels.isBlank()
                ? List.of()
                : Arrays.stream(channels.split(","))
                        .map(DistributionChannel::valueOf)
                        .toList();
    }

    /** Its document's id, or null while none was uploaded. */
    public UUID documentId() {
        return documentId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
