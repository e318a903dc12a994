package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.Consultant;
import kr.seoul.chatdong.monitoring.repository.ConsultantRepository;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.RegisterConsultant;
import kr.seoul.chatdong.monitoring.service.ConsultingCommands.ReviseConsultant;

/** Use cases of the consultant register: register, revise, read with their current load. */
@ApplicationScoped
public class ConsultantService {

    @Inject
    ConsultantRepository consultants;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A consultant and the number of active assignments they hold. */
    public record Loaded(Consultant consultant, long activeAssignments) {}

    @Transactional
    public Loaded register(RegisterConsultant request) {
        geography.requireDistrict(request.homeDistrictCode(), "homeDistrictCode");
        if (consultants.bySubject(request.subject()).isPresent()) {
            throw new DomainException.StateConflict("A consultant with subject '" + request.subject()
                            + "' is already registered; an account names one consultant")
                    .with("rule", "subject-taken");
        }
        Consultant consultant = Consultant.register(
                request.name(),
                request.organisation(),
                request.fields(),
                request.homeDistrictCode(),
                request.capacity(),
                request.activeFrom(),
                request.activeTo(),
                request.subject(),
                clock.instant());
        consultants.persist(consultant);
        consultants.flush();
        audit.created("consultant", consultant.id(), request);
        return loaded(consultant);
    }

    @Transactional
    public Loaded revise(UUID id, ExpectedVersion ifMatch, ReviseConsultant changes) {
        Consultant consultant = consultants.lock(id);
        if (consultant == null) {
            throw new DomainException.NotFound("consultant", id);
        }
        ifMatch.require(consultant.version(), "consultant");
        consultant.remove(changes.removed());
        consultant.revise(
                changes.name(),
                changes.organisation(),
                changes.fields(),
                changes.capacity(),
                changes.activeFrom(),
                changes.activeTo());
        consultants.flush();
        audit.updated("consultant", id, changes);
        return loaded(consultant);
    }

    @Transactional
    public Loaded get(UUID id) {
        return loaded(
                consultants.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("consultant", id)));
    }

    private Loaded loaded(Consultant consultant) {
        consultant.fields().size(); // read the lazy set while the session is open
        return new Loaded(consultant, consultants.activeAssignments(consultant.id()));
    }
}
