package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.InstructorRepository;
import kr.seoul.chatdong.training.service.InstructorCommands.RegisterInstructor;
import kr.seoul.chatdong.training.service.InstructorCommands.ReviseInstructor;

/** 강사 registry: use cases of instructors; each write is one transaction with its audit entry. */
@ApplicationScoped
public class InstructorService {

    @Inject
    InstructorRepository instructors;

    @Inject
    CohortRepository cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Instructor register(RegisterInstructor command) {
        requireAccountFree(command.account(), null);
        Instructor instructor = Instructor.register(
                command.name(),
                command.organisation(),
                command.affiliation(),
                command.fields(),
                command.account(),
                command.activeFrom(),
                clock.instant());
        instructors.persist(instructor);
        instructors.flush();
        audit.created("instructor", instructor.id(), command);
        return instructor;
    }

    @Transactional
    public Instructor revise(UUID id, ExpectedVersion ifMatch, ReviseInstructor changes) {
        Instructor instructor = find(id);
        ifMatch.require(instructor.version(), "instructor");
        instructor.revise(
                changes.name(),
                changes.organisation(),
                changes.affiliation(),
                changes.fields(),
                changes.activeFrom(),
                changes.activeUntil());
        if (changes.account() != null) {
            requireAccountFree(changes.account(), id);
            instructor.linkAccount(changes.account());
        }
        instructor.remove(changes.removed());
        List<UUID> stranded = cohorts.runningOutside(id, instructor.activeFrom(), instructor.activeUntil());
        if (!stranded.isEmpty()) {
            throw new DomainException.StateConflict("The instructor teaches " + stranded.size()
                            + " cohort(s) not yet ended outside " + instructor.activeFrom() + ".."
                            + (instructor.activeUntil() == null ? "" : instructor.activeUntil())
                            + "; take them off those cohorts first (PUT /api/v1/cohorts/{id}/instructors)")
                    .with("rule", "instructor-teaches-cohorts")
                    .with("cohortIds", stranded);
        }
        instructors.flush();
        audit.updated("instructor", id, changes);
        instructor.fields().size();
        return instructor;
    }

    @Transactional
    public Instructor get(UUID id) {
        Instructor instructor = find(id);
        instructor.fields().size();
        return instructor;
    }

    /**
     * The instructor whose evaluations the caller asks for: a city admin and a trainer read anyone's,
     * an instructor who signs in their own (the record's account); anyone else is a 403.
     */
    @Transactional
    public Instructor evaluationsOf(UUID id) {
        Instructor instructor = find(id);
        boolean staff = caller.hasRole(Roles.CITY_ADMIN) || caller.hasRole(Roles.TRAINER);
        if (!staff && (instructor.account() == null || !instructor.account().equals(caller.account()))) {
            throw new DomainException.NotAllowed(
                    "An instructor's evaluations are read by city admins, trainers and the instructor (their own account)");
        }
        return instructor;
    }

    /**
     * The instructors a cohort of {@code first..last} may have: each registered (else 422
     * unknown-instructor) and active on some of its days (else 422 instructor-retired or
     * instructor-not-yet-active), each naming the instructorId.
     */
    Map<UUID, Instructor> requireTeaching(Collection<UUID> ids, LocalDate first, LocalDate last) {
        Map<UUID, Instructor> found = new LinkedHashMap<>();
        for (UUID id : ids) {
            Instructor instructor = instructors
                    .findByIdOptional(id)
                    .orElseThrow(() -> new DomainException.RuleViolation(
                                    "Instructor " + id
                                            + " is not in the registry; register the instructor first (POST /api/v1/instructors)")
                            .with("rule", "unknown-instructor")
                            .with("instructorId", id));
            instructor.requireActiveDuring(first, last);
            found.put(id, instructor);
        }
        return found;
    }

    /** The registry's names of these ids, in their order; an id the registry does not hold has none. */
    List<Instructor.Named> named(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        instructors.list("id in ?1", ids).forEach(i -> names.put(i.id(), i.name()));
        return ids.stream().map(id -> new Instructor.Named(id, names.get(id))).toList();
    }

    private void requireAccountFree(String account, UUID self) {
        if (account == null) {
            return;
        }
        instructors.byAccount(account).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new DomainException.StateConflict(
                            "The account '" + account + "' is linked to instructor " + other.id() + " already")
                    .with("instructorId", other.id());
        });
    }

    private Instructor find(UUID id) {
        return instructors.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("instructor", id));
    }
}
