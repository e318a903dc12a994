package kr.seoul.chatdong.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.seoul.chatdong.commons.persistence.StoredRoundFinding;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.events.monitoring.RoundFinding;

/**
 * 컨설팅 배정: field-specific consulting for a dong that fell below a round's bar (미흡동), carried
 * out by one consultant: {@code OPEN → ASSIGNED → SCHEDULED → VISITED → REPORTED → CLOSED}, or
 * {@code CANCELLED} from any open state, or {@code WITHDRAWN} when a correction lifts the score.
 */
@Entity
@Table(name = "consulting_assignment")
public class ConsultingAssignment {

    /** The steps a caller may take, named as in the API ({@code POST …/{id}/{step}}). */
    public enum Step {
        assign,
        reassign,
        schedule,
        visit,
        report,
        close,
        cancel
    }

    @Id
    private UUID id;

    @Embedded
    private StoredRoundFinding finding;

    @Enumerated(EnumType.STRING)
    private ConsultingStatus status;

    @Column(name = "consultant_id")
    private UUID consultantId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "visit_on")
    private LocalDate visitOn;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "visit_notes")
    private String visitNotes;

    private String diagnosis;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> recommendations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_ups")
    private List<String> followUps;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Why it was cancelled or withdrawn. */
    @Column(name = "ended_reason")
    private String endedReason;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ConsultingAssignment() {}

    /** Opens consulting for a (dong, field) of a completed round that scored below its bar. */
    public static ConsultingAssignment open(RoundFinding below, Instant now) {
        ConsultingAssignment a = new ConsultingAssignment();
        a.id = UUID.randomUUID();
        a.finding = StoredRoundFinding.of(below);
        a.status = ConsultingStatus.OPEN;
        a.createdAt = now;
        return a;
    }

    /**
     * Gives the assignment to {@code consultant} (an OPEN one; a reassignment goes through
     * {@link #reassign}). The caller checked the consultant's capacity: {@code active} is their load.
     */
    public void assign(Consultant consultant, long active, LocalDate day, Instant now) {
        require(Step.assign, ConsultingStatus.OPEN);
        give(consultant, active, day, now);
    }

    /**
     * Moves an assigned or scheduled assignment to another consultant, under the same rules; a
     * scheduled visit is the old consultant's and is dropped (the new one schedules again).
     */
    public UUID reassign(Consultant consultant, long active, LocalDate day, Instant now) {
        require(Step.reassign, ConsultingStatus.ASSIGNED, ConsultingStatus.SCHEDULED);
        if (consultant.id().equals(consultantId)) {
            throw new DomainException.RuleViolation("The assignment is already with consultant " + consultantId
                            + "; reassign it to another consultant")
                    .with("rule", "same-consultant");
        }
        UUID previous = consultantId;
        give(consultant, active, day, now);
        visitOn = null;
        return previous;
    }

    private void give(Consultant consultant, long active, LocalDate day, Instant now) {
        Consultant.Refusal refusal =
                consultant.refusalFor(finding().field(), finding().districtCode(), day, active);
        if (refusal != null) {
            throw new DomainException.RuleViolation("Consultant " + consultant.id() + " " + refusal.reason())
                    .with("rule", refusal.rule());
        }
        consultantId = consultant.id();
        consultant.assignedAt(now);
        assignedAt = now;
        status = ConsultingStatus.ASSIGNED;
    }

    /** Schedules (or moves) the visit; inside the round's consulting window when it has one. */
    public void schedule(LocalDate on, LocalDate windowFrom, LocalDate windowTo) {
        require(Step.schedule, ConsultingStatus.ASSIGNED, ConsultingStatus.SCHEDULED);
        if (windowFrom != null && on.isBefore(windowFrom) || windowTo != null && on.isAfter(windowTo)) {
            throw new DomainException.RuleViolation("visitOn " + on + " is outside the round's consulting window "
                            + (windowFrom == null ? "" : windowFrom) + ".." + (windowTo == null ? "" : windowTo))
                    .with("rule", "outside-consulting-window");
        }
        visitOn = on;
        status = ConsultingStatus.SCHEDULED;
    }

    public void visit(LocalDate on, String notes, LocalDate today) {
        require(Step.visit, ConsultingStatus.SCHEDULED);
        if (on.isAfter(today)) {
            throw new DomainException.InvalidValue(
                    "visitedOn",
                    "is in the future (" + on + " after " + today + "); record a visit once it took place");
        }
        visitedOn = on;
        visitNotes = notes;
        status = ConsultingStatus.VISITED;
    }

    public void report(String newDiagnosis, List<String> newRecommendations, List<String> newFollowUps, Instant now) {
        require(Step.report, ConsultingStatus.VISITED);
        diagnosis = newDiagnosis;
        recommendations = List.copyOf(newRecommendations);
        followUps = List.copyOf(newFollowUps);
        reportedAt = now;
        status = ConsultingStatus.REPORTED;
    }

    public void close(Instant now) {
        require(Step.close, ConsultingStatus.REPORTED);
        closedAt = now;
        status = ConsultingStatus.CLOSED;
    }

    public void cancel(String reason, Instant now) {
        if (!status.isOpen()) {
            throw outOfOrder(Step.cancel);
        }
        end(ConsultingStatus.CANCELLED, reason, now);
    }

    /**
     * A corrected assessment lifted the (dong, field) to the bar: the assignment no longer applies.
     * Returns false (and changes nothing) when it has already ended.
     */
    public boolean withdraw(String reason, Instant now) {
        if (!status.isOpen()) {
            return false;
        }
        end(ConsultingStatus.WITHDRAWN, reason, now);
        return true;
    }

    private void end(ConsultingStatus to, String reason, Instant now) {
        endedReason = reason;
        endedAt = now;
        status = to;
    }

    private void require(Step step, ConsultingStatus... from) {
        for (ConsultingStatus s : from) {
            if (status == s) {
                return;
            }
        }
        throw outOfOrder(step);
    }

    private DomainException outOfOrder(Step step) {
        List<String> allowed = allowedSteps().stream().map(Enum::name).toList();
        return new DomainException.StateConflict(
                        "The assignment is " + status + "; '" + step + "' is not a step from there"
                                + (allowed.isEmpty() ? " (it has ended)" : "; allowed: " + String.join(", ", allowed)))
                .with("currentState", status.name())
                .with("allowedSteps", allowed);
    }

    /** What a caller may do next, in the API's words. */
    public List<Step> allowedSteps() {
        return switch (status) {
            case OPEN -> List.of(Step.assign, Step.cancel);
            case ASSIGNED -> List.of(Step.schedule, Step.reassign, Step.cancel);
            case SCHEDULED -> List.of(Step.schedule, Step.visit, Step.reassign, Step.cancel);
            case VISITED -> List.of(Step.report, Step.cancel);
            case REPORTED -> List.of(Step.close, Step.cancel);
            case CLOSED, CANCELLED, WITHDRAWN -> List.of();
        };
    }

    public UUID id() {
        return id;
    }

    /** The round, dong, field and score that called for it, and the event that reported them. */
    public RoundFinding finding() {
        return finding.value();
    }

    public ConsultingStatus status() {
        return status;
    }

    public UUID consultantId() {
        return consultantId;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public LocalDate visitOn() {
        return visitOn;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String visitNotes() {
        return visitNotes;
    }

    public String diagnosis() {
        return diagnosis;
    }

    public List<String> recommendations() {
        return recommendations == null ? List.of() : recommendations;
    }

    public List<String> followUps() {
        return followUps == null ? List.of() : followUps;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String endedReason() {
        return endedReason;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
