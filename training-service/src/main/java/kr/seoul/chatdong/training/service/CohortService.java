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
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.training.CohortPlanned;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.domain.PlanStanding;
import kr.seoul.chatdong.training.domain.Seats;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.CohortSessionRepository;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.service.CohortCommands.CancelCohort;
import kr.seoul.chatdong.training.service.CohortCommands.HoldSession;
import kr.seoul.chatdong.training.service.CohortCommands.PlanCohort;

/**
 * Use cases of cohorts and their sessions; each write is one transaction with its audit entry. Planning,
 * completing and cancelling a cohort also publish where it stands in its year's plan (cohort.planned, for
 * 교육실행율).
 */
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
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    InstructorService instructors;

    /** A cohort with what its view shows: its seats and its instructors' names. */
    public record CohortDetail(Cohort cohort, Seats seats, List<Instructor.Named> instructors) {}

    @Transactional
    public CohortDetail plan(PlanCohort command) {
        Course course = courses.findByIdOptional(command.courseId())
                .orElseThrow(() -> new DomainException.RuleViolation("Course " + command.courseId() + " does not exist")
                        .with("rule", "unknown-course"));
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
        publishStanding(cohort, course);
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
                Course course = courses.findById(cohort.courseId());
                completion.conclude(cohort, course);
                publishStanding(cohort, course);
            }
            case cancel -> {
                cohort.cancel(cancel.reason());
                publishStanding(cohort, courses.findById(cohort.courseId()));
            }
        }
        cohorts.flush();
        audit.record(
                "cohort",
                id,
                step.name().toUpperCase(java.util.Locale.ROOT),
                step == Cohort.Step.cancel ? List.of("status", "cancelReason") : List.of("status"));
        return detail(cohort);
    }

    /** The cohort's standing in the plan of the year of its last day, organised by its course's organiser. */
    private void publishStanding(Cohort cohort, Course course) {
        outbox.record(
                EventCatalog.COHORT_PLANNED,
                cohort.id(),
                new CohortPlanned(
                        cohort.id(),
                        course.id(),
                        course.organiser(),
                        cohort.endsOn().getYear(),
                        cohort.startsOn(),
                        cohort.endsOn(),
                        PlanStanding.of(cohort.status()).name()));
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
