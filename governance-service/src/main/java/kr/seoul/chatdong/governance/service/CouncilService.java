package kr.seoul.chatdong.governance.service;

import kr.seoul.chatdong.commons.rules.DomainException;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.repository.CouncilRepository;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.governance.service.GovernanceCommands.EstablishCouncil;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ReviseCouncil;

/** Use cases of councils and committees. */
@ApplicationScoped
public class CouncilService {

    @Inject
    CouncilRepository councils;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Transactional
    public Council establish(EstablishCouncil request) {
        if (request.districtCode() != null) {
            geography.requireDistrict(request.districtCode(), "districtCode");
        }
        caller.mayWriteDistrict(request.districtCode());
        Council council = Council.establish(request.name(), request.kind(), request.districtCode(),
                request.establishedOn(), request.description(), clock.instant());
        councils.persist(council);
        councils.flush();
        audit.created("council", council.id(), request);
        return council;
    }

    @Transactional
    public Council revise(UUID id, String ifMatch, ReviseCouncil changes) {
        Council council = get(id);
        caller.mayWriteDistrict(council.districtCode());
        Preconditions.requireMatch(ifMatch, council.version(), "council");
        council.revise(changes.name(), changes.description(), changes.establishedOn());
        council.remove(changes.removed());
        councils.flush();
        audit.updated("council", id, changes);
        return council;
    }

    public Council get(UUID id) {
        return councils.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("council", id));
    }

    public Page<kr.seoul.chatdong.governance.repository.CouncilRepository.CouncilRow> list(CouncilKind kind, String districtCode, PageRequest paging) {
        return councils.list(kind, districtCode, paging);
    }
}
