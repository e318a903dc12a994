package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.domain.Seats;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.CohortSessionRepository;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.service.CohortCommands.CancelCohort;
import kr.seoul.chatdong.training.service.CohortCommands.HoldSession;
import kr.seoul.chatdong.training.service.CohortCommands.PlanCohort;

/** Use cases of cohorts and their sessions; each write is one transaction with its audit entry. */
@ApplicationScoped
public class CohortService {

    /** Cohort dates are Seoul's calendar days. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    CohortRepository cohorts;

    @Inject
    CohortSessionRepository sessions;

    @Inject
    CourseRepository courses;

    @Inject
    AuditTrail audit;

    @Inject
    CompletionService completion;

    @Inject
    Clock clock;

    @Inject
    InstructorService instructors;

    /** A cohort with what its view shows: its seats and its instructors' names. */
    public record CohortDetail(Cohort cohort, Seats seats, List<Instructor.Named> instructors) {}

    @Transactional
    public CohortDetail plan(PlanCohort command) {
        if (courses.findByIdOptional(command.courseId()).isEmpty()) {
            throw new DomainException.RuleViolation("Course " + command.courseId() + " does not exist")
                    .with("rule", "unknown-course");
        }
        if (cohorts.count("courseId = ?1 and number = ?2", command.courseId(), command.number()) > 0) {
            throw new DomainException.StateConflict(
                    "The course has a cohort " + command.number() + " already; choose another number");
        }
        Cohort cohort = Cohort.plan(
                command.courseId(),
                command.number(),
                command.startsOn(),
                command.endsOn(),
                command.venue(),
                command.capacity(),
                command.instructorIds(),
                clock.instant());
        instructors.requireTeaching(command.instructorIds(), command.startsOn(), command.endsOn());
        cohorts.persist(cohort);
        cohorts.flush();
        audit.created("cohort", cohort.id(), command);
        return new CohortDetail(cohort, Seats.NONE, instructors.named(sorted(cohort)));
    }

    @Transactional
    public CohortDetail step(UUID id, ExpectedVersion ifMatch, Cohort.Step step, CancelCohort cancel) {
        Cohort cohort = find(id);
        ifMatch.require(cohort.version(), "cohort");
        switch (step) {
            case open -> cohort.open();
            case close -> cohort.close();
            case complete -> {
                cohort.complete(LocalDate.now(clock.withZone(SEOUL)));
                completion.conclude(cohort, courses.findById(cohort.courseId()));
            }
            case cancel -> cohort.cancel(cancel.reason());
        }
        cohorts.flush();
        audit.record(
                "cohort",
                id,
                step.name().toUpperCase(java.util.Locale.ROOT),
                step == Cohort.Step.cancel ? List.of("status", "cancelReason") : List.of("status"));
        return detail(cohort);
    }

    @Transactional
    public CohortDetail get(UUID id) {
        return detail(find(id));
    }

    /**
     * Replaces a cohort's instructors (If-Match with the cohort's version): each registered and active on
     * the cohort's days (422 naming the instructorId otherwise).
     */
    @Transactional
    public CohortDetail assignInstructors(UUID id, ExpectedVersion ifMatch, Set<UUID> instructorIds) {
        Cohort cohort = find(id);
        ifMatch.require(cohort.version(), "cohort");
        instructors.requireTeaching(instructorIds, cohort.startsOn(), cohort.endsOn());
        cohort.assignInstructors(instructorIds);
        cohorts.flush();
        audit.record("cohort", id, "ASSIGN_INSTRUCTORS", List.of("instructorIds"));
        return detail(cohort);
    }

    private CohortDetail detail(Cohort cohort) {
        return new CohortDetail(cohort, cohorts.seats(cohort.id()), instructors.named(sorted(cohort)));
    }

    /** As text, as the database orders them in the list of cohorts (UUID's own order compares signed halves). */
    private static List<UUID> sorted(Cohort cohort) {
        return cohort.instructorIds().stream()
                .sorted(java.util.Comparator.comparing(UUID::toString))
                .toList();
    }

    Cohort find(UUID id) {
        return cohorts.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("cohort", id));
    }

    @Transactional
    public CohortSession hold(UUID cohortId, HoldSession command) {
        Cohort cohort = find(cohortId);
        cohort.requireSessionOn(
                LocalDate.ofInstant(command.startsAt(), SEOUL), LocalDate.ofInstant(command.endsAt(), SEOUL));
        CohortSession session =
                CohortSession.hold(cohortId, command.startsAt(), command.endsAt(), command.hours(), clock.instant());
        sessions.persist(session);
        sessions.flush();
        audit.created("session", session.id(), command);
        return session;
    }
}
