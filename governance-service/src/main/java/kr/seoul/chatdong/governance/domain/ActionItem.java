package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 후속조치: an action item of a council, from a decision or added directly. OPEN → IN_PROGRESS → DONE,
 * or DROPPED with a reason; an item still open past its due date is marked overdue once.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Schema(name = "ActionItemStatus")
    public enum Status {
        OPEN,
        IN_PROGRESS,
        DONE,
        DROPPED
    }

    /** The workflow steps, as the API names them (POST /action-items/{id}/{step}). */
    public enum Step {
        start,
        progress,
        complete,
        drop
    }

    @Id
    private UUID id;

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "decision_id")
    private UUID decisionId;

    private String title;

    private String owner;

    @Column(name = "owner_member_id")
    private UUID ownerMemberId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int progress;

    @Column(name = "drop_reason")
    private String dropReason;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ActionItem() {}

    public static ActionItem open(
            UUID councilId,
            Decision decision,
            String title,
            String owner,
            UUID ownerMemberId,
            LocalDate dueOn,
            Instant now) {
        ActionItem a = new ActionItem();
        a.id = UUID.randomUUID();
        a.councilId = councilId;
        a.decisionId = decision == null ? null : decision.id();
        a.title = title;
        a.owner = owner;
        a.ownerMemberId = ownerMemberId;
        a.dueOn = dueOn;
        a.status = Status.OPEN;
        a.createdAt = now;
        return a;
    }

    /** OPEN → IN_PROGRESS. */
    public void start() {
        require(Step.start, Status.OPEN);
        status = Status.IN_PROGRESS;
    }

    /** Progress in percent while the item is worked on; 100 does not finish it (complete does). */
    public void reportProgress(int percent) {
        require(Step.progress, Status.OPEN, Status.IN_PROGRESS);
        if (percent < 0 || percent > 100) {
            throw new DomainException.InvalidValue("progress", "a percentage from 0 to 100");
        }
        if (status == Status.OPEN) {
            status = Status.IN_PROGRESS;
        }
        progress = percent;
    }

    /** OPEN or IN_PROGRESS → DONE (100 %). */
    public void complete() {
        require(Step.complete, Status.OPEN, Status.IN_PROGRESS);
        status = Status.DONE;
        progress = 100;
    }

    /** OPEN or IN_PROGRESS → DROPPED, with the reason. */
    public void drop(String reason) {
        require(Step.drop, Status.OPEN, Status.IN_PROGRESS);
        status = Status.DROPPED;
        dropReason = reason;
    }

    /** Whether it is still to be done and its due date has passed on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return (status == Status.OPEN || status == Status.IN_PROGRESS) && dueOn.isBefore(today);
    }

    /** Marks the item overdue, once: true when it was not marked before. */
    public boolean markOverdue(LocalDate today) {
        if (overdueSince != null || !isOverdue(today)) {
            return false;
        }
        overdueSince = today;
        return true;
    }

    private void require(Step step, Status... from) {
        for (Status s : from) {
            if (status == s) {
                return;
            }
        }
        List<String> allowed = allowedSteps().stream().map(Enum::name).toList();
        throw new DomainException.StateConflict(
                        "The action item is " + status + "; '" + step + "' is not a step from there"
                                + (allowed.isEmpty() ? " (it has ended)" : "; allowed: " + String.join(", ", allowed)))
                .with("currentState", status.name())
                .with("allowedSteps", allowed);
    }

    public List<Step> allowedSteps() {
        return switch (status) {
            case OPEN -> List.of(Step.start, Step.progress, Step.complete, Step.drop);
            case IN_PROGRESS -> List.of(Step.progress, Step.complete, Step.drop);
            case DONE, DROPPED -> List.of();
        };
    }

    public UUID id() {
        return id;
    }

    public UUID councilId() {
        return councilId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String title() {
        return title;
    }

    public String owner() {
        return owner;
    }

    public UUID ownerMemberId() {
        return ownerMemberId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String dropReason() {
        return dropReason;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
