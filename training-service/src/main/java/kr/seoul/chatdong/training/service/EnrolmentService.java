package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.Trainee;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.EnrolmentRepository;
import kr.seoul.chatdong.training.repository.TraineeRepository;
import kr.seoul.chatdong.training.service.EnrolmentCommands.Enrol;
import kr.seoul.chatdong.training.service.EnrolmentCommands.RegisterTrainee;

/**
 * Trainees and enrolments: a seat while the cohort has one, otherwise the waiting list; a cancelled
 * seat goes to the first waiting trainee. Enrolments of a cohort are counted with the cohort row
 * locked, so two requests never take the last seat twice. Nothing personal is published or logged.
 */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    CohortRepository cohorts;

    @Inject
    TraineeRepository trainees;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An enrolment with its place on the waiting list (null when not waiting). */
    public record EnrolmentDetail(Enrolment enrolment, Long position, UUID promotedEnrolmentId) {}

    @Transactional
    public Trainee register(RegisterTrainee command) {
        String district = checkPlace(command.districtCode(), command.dongCode(), "districtCode", "dongCode");
        if (district != null) {
            throw new DomainException.InvalidValue("dongCode", district);
        }
        trainees.same(command.name(), command.organisation(), command.dongCode(), command.employeeNo())
                .ifPresent(existing -> {
                    throw new DomainException.StateConflict("This trainee is registered already as " + existing.id())
                            .with("traineeId", existing.id());
                });
        if (command.account() != null) {
            trainees.byAccount(command.account()).ifPresent(existing -> {
                throw new DomainException.StateConflict("The account '" + command.account() + "' is linked to trainee "
                                + existing.id() + " already")
                        .with("traineeId", existing.id());
            });
        }
        Trainee trainee = Trainee.register(
                command.name(),
                command.organisation(),
                command.districtCode(),
                command.dongCode(),
                command.jobType(),
                command.employeeNo(),
                command.account(),
                clock.instant());
        trainees.persist(trainee);
        trainees.flush();
        audit.created("trainee", trainee.id(), command);
        return trainee;
    }

    public Trainee trainee(UUID id) {
        return trainees.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("trainee", id));
    }

    /** Links the trainee's record to the person's sign-in account (or unlinks it, null): one trainee per account. */
    @Transactional
    public Trainee linkAccount(UUID id, ExpectedVersion ifMatch, String account) {
        Trainee trainee = trainee(id);
        ifMatch.require(trainee.version(), "trainee");
        if (account != null) {
            trainees.byAccount(account).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new DomainException.StateConflict(
                                "The account '" + account + "' is linked to trainee " + other.id() + " already")
                        .with("traineeId", other.id());
            });
        }
        trainee.linkAccount(account);
        trainees.flush();
        audit.record("trainee", id, "LINK_ACCOUNT", java.util.List.of("account"));
        return trainee;
    }

    @Transactional
    public EnrolmentDetail enrol(UUID cohortId, Enrol command) {
        Cohort cohort = lockedCohort(cohortId);
        cohort.requireEnrolmentOpen();
        if (trainees.findByIdOptional(command.traineeId()).isEmpty()) {
            throw new DomainException.RuleViolation(
                            "Trainee " + command.traineeId() + " does not exist; register the trainee first")
                    .with("rule", "unknown-trainee");
        }
        if (enrolments.active(cohortId, command.traineeId())) {
            throw new DomainException.StateConflict(
                    "The trainee is enrolled in this cohort already (or on its waiting list)");
        }
        Enrolment enrolment = Enrolment.of(
                cohortId,
                command.traineeId(),
                enrolments.enrolled(cohortId) < cohort.capacity(),
                enrolments.nextQueueNo(cohortId),
                clock.instant());
        enrolments.persist(enrolment);
        enrolments.flush();
        audit.created("enrolment", enrolment.id(), command);
        return new EnrolmentDetail(enrolment, enrolments.position(enrolment), null);
    }

    @Transactional
    public EnrolmentDetail cancel(UUID id, ExpectedVersion ifMatch) {
        Enrolment enrolment = find(id);
        ifMatch.require(enrolment.version(), "enrolment");
        Cohort cohort = lockedCohort(enrolment.cohortId());
        if (cohort.status() != CohortStatus.OPEN && cohort.status() != CohortStatus.CLOSED) {
            throw new DomainException.StateConflict("Cohort " + cohort.number() + " is " + cohort.status()
                            + "; enrolments can be cancelled while it is OPEN or CLOSED")
                    .with("currentState", cohort.status().name());
        }
        UUID promoted = null;
        if (enrolment.cancel(clock.instant())) {
            enrolments.flush();
            Enrolment next = enrolments.firstWaiting(cohort.id()).orElse(null);
            if (next != null && enrolments.enrolled(cohort.id()) < cohort.capacity()) {
                next.promote();
                promoted = next.id();
                audit.record("enrolment", next.id(), "PROMOTE", List.of("status"));
            }
        }
        enrolments.flush();
        audit.record("enrolment", id, "CANCEL", List.of("status", "cancelledAt"));
        return new EnrolmentDetail(enrolment, null, promoted);
    }

    public EnrolmentDetail get(UUID id) {
        Enrolment enrolment = find(id);
        return new EnrolmentDetail(enrolment, enrolments.position(enrolment), null);
    }

    private Enrolment find(UUID id) {
        return enrolments.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("enrolment", id));
    }

    private Cohort lockedCohort(UUID id) {
        Cohort cohort = cohorts.locked(id);
        if (cohort == null) {
            throw new DomainException.NotFound("cohort", id);
        }
        return cohort;
    }

    /** Null when the place is right; otherwise why the dong does not fit (an unknown district is a 400 of its own). */
    private String checkPlace(String districtCode, String dongCode, String districtField, String dongField) {
        geography.requireDistrict(districtCode, districtField);
        if (dongCode == null) {
            return null;
        }
        Dong dong = geography.requireDong(dongCode, dongField);
        return dong.districtCode().equals(districtCode)
                ? null
                : "dong " + dongCode + " (" + dong.nameKo() + ") lies in district " + dong.districtCode() + ", not "
                        + districtCode;
    }
}
