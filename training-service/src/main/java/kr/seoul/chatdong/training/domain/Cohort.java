package kr.seoul.chatdong.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 기수: one run of a course, with its dates, venue, capacity and instructors. Enrolment is open only
 * while the cohort is OPEN; a cohort may be recorded after the fact, with past dates.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    /** The steps of the API ({@code POST /cohorts/{id}/{step}}). */
    public enum Step {
        open,
        close,
        complete,
        cancel
    }

    @Id
    private UUID id;

    @Column(name = "course_id")
    private UUID courseId;

    private int number;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private String venue;

    private int capacity;

    @Enumerated(EnumType.STRING)
    private CohortStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @ElementCollection
    @CollectionTable(name = "cohort_instructor", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "instructor_id")
    private Set<UUID> instructorIds = new LinkedHashSet<>();

    /** Its own satisfaction questionnaire; empty: the standard one ({@link QuestionnaireItem#STANDARD}). */
    @ElementCollection
    @CollectionTable(name = "cohort_questionnaire_item", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderColumn(name = "position")
    private List<QuestionnaireItem> questionnaire = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {}

    public static Cohort plan(
            UUID courseId,
            int number,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            int capacity,
            Set<UUID> instructorIds,
            Instant now) {
        if (endsOn.isBefore(startsOn)) {
            throw new DomainException.InvalidValue("endsOn", "is before startsOn (" + endsOn + " < " + startsOn + ")");
        }
        Cohort cohort = new Cohort();
        cohort.id = UUID.randomUUID();
        cohort.courseId = courseId;
        cohort.number = number;
        cohort.startsOn = startsOn;
        cohort.endsOn = endsOn;
        cohort.venue = venue;
        cohort.capacity = capacity;
        cohort.instructorIds = new LinkedHashSet<>(instructorIds);
        cohort.status = CohortStatus.PLANNED;
        cohort.createdAt = now;
        return cohort;
    }

    public void open() {
        require(Step.open, CohortStatus.PLANNED);
        status = CohortStatus.OPEN;
    }

    public void close() {
        require(Step.close, CohortStatus.OPEN);
        status = CohortStatus.CLOSED;
    }

    /** Ends the cohort; its last day must have come. */
    public void complete(LocalDate today) {
        require(Step.complete, CohortStatus.CLOSED);
        if (today.isBefore(endsOn)) {
            throw new DomainException.RuleViolation(
                            "The cohort ends on " + endsOn + "; it can be completed from that day on")
                    .with("rule", "cohort-not-ended");
        }
        status = CohortStatus.COMPLETED;
    }

    public void cancel(String reason) {
        require(Step.cancel, CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.CLOSED);
        status = CohortStatus.CANCELLED;
        cancelReason = reason;
    }

    /** Enrolment (and its cancellation) is for OPEN cohorts. */
    public void requireEnrolmentOpen() {
        if (status != CohortStatus.OPEN) {
            throw new DomainException.StateConflict(
                            "Cohort " + number + " is " + status + "; enrolment is open only while it is OPEN")
                    .with("currentState", status.name())
                    .with(
                            "allowedSteps",
                            allowedSteps().stream().map(Enum::name).toList());
        }
    }

    /** Sessions are added until the cohort is completed or cancelled, within its dates. */
    public void requireSessionOn(LocalDate first, LocalDate last) {
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new DomainException.StateConflict(
                            "Cohort " + number + " is " + status + "; its sessions can no longer change")
                    .with("currentState", status.name());
        }
        if (first.isBefore(startsOn) || last.isAfter(endsOn)) {
            throw new DomainException.RuleViolation("A session on " + first + (first.equals(last) ? "" : ".." + last)
                            + " lies outside the cohort's dates " + startsOn + ".." + endsOn)
                    .with("rule", "session-outside-cohort");
        }
    }

    /**
     * Replaces the cohort's instructors (registered and active on its days: the service checks the
     * registry), until it is completed or cancelled. Answers given already keep the instructors they rated.
     */
    public void assignInstructors(Set<UUID> ids) {
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new DomainException.StateConflict(
                            "Cohort " + number + " is " + status + "; its instructors can no longer change")
                    .with("currentState", status.name());
        }
        instructorIds.clear();
        instructorIds.addAll(ids);
    }

    /**
     * Gives the cohort a questionnaire of its own (an empty list: the standard one again) — only before
     * anyone has answered, and not once it has ended.
     */
    public void replaceQuestionnaire(List<QuestionnaireItem> items, long evaluations) {
        if (status == CohortStatus.COMPLETED || status == CohortStatus.CANCELLED) {
            throw new DomainException.StateConflict(
                            "Cohort " + number + " is " + status + "; its questionnaire can no longer change")
                    .with("currentState", status.name());
        }
        if (evaluations > 0) {
            throw new DomainException.StateConflict(
                            evaluations + " trainees have answered the questionnaire already; it can no longer "
                                    + "change (scores would not compare)")
                    .with("rule", "questionnaire-answered");
        }
        questionnaire.clear();
        questionnaire.addAll(items.isEmpty() ? List.of() : QuestionnaireItem.validated(items));
    }

    /** Evaluations are answered while the cohort runs or after its enrolment closed, from its first day, until it is completed. */
    public void requireEvaluationOpen(LocalDate today) {
        if (status != CohortStatus.OPEN && status != CohortStatus.CLOSED) {
            throw new DomainException.StateConflict("Cohort " + number + " is " + status
                            + "; evaluations are answered while it is OPEN or " + "CLOSED, before it is completed")
                    .with("currentState", status.name());
        }
        if (today.isBefore(startsOn)) {
            throw new DomainException.RuleViolation(
                            "Cohort " + number + " starts on " + startsOn + "; evaluate it from that day on")
                    .with("rule", "cohort-not-started");
        }
    }

    /** The questionnaire its trainees answer: its own, or the standard one. */
    public List<QuestionnaireItem> questionnaire() {
        return questionnaire.isEmpty() ? QuestionnaireItem.STANDARD : Collections.unmodifiableList(questionnaire);
    }

    public boolean hasOwnQuestionnaire() {
        return !questionnaire.isEmpty();
    }

    private void require(Step step, CohortStatus... from) {
        for (CohortStatus allowed : from) {
            if (status == allowed) {
                return;
            }
        }
        List<String> allowed = allowedSteps().stream().map(Enum::name).toList();
        throw new DomainException.StateConflict("The cohort is " + status + "; '" + step + "' is not a step from there"
                        + (allowed.isEmpty() ? " (it has ended)" : "; allowed: " + String.join(", ", allowed)))
                .with("currentState", status.name())
                .with("allowedSteps", allowed);
    }

    /** What a caller may do next, in the API's words. */
    public List<Step> allowedSteps() {
        return switch (status) {
            case PLANNED -> List.of(Step.open, Step.cancel);
            case OPEN -> List.of(Step.close, Step.cancel);
            case CLOSED -> List.of(Step.complete, Step.cancel);
            case COMPLETED, CANCELLED -> List.of();
        };
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public int number() {
        return number;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String venue() {
        return venue;
    }

    public int capacity() {
        return capacity;
    }

    public CohortStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Set<UUID> instructorIds() {
        return Collections.unmodifiableSet(instructorIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
