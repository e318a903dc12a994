package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.repository.CouncilRepository;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.governance.rest.CouncilViews.CouncilChanges;
import kr.seoul.chatdong.governance.rest.CouncilViews.NewCouncil;

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

    @Transactional
    public Council establish(NewCouncil request) {
        if (request.districtCode() != null) {
            geography.requireDistrict(request.districtCode(), "districtCode");
        }
        caller.mayWriteDistrict(request.districtCode());
        Council council = Council.establish(request.name().strip(), request.kind(), request.districtCode(),
                request.establishedOn(), request.description(), clock.instant());
        councils.persist(council);
        councils.flush();
        return council;
    }

    @Transactional
    public Council revise(UUID id, String ifMatch, CouncilChanges changes) {
        Council council = get(id);
        caller.mayWriteDistrict(council.districtCode());
        Preconditions.requireMatch(ifMatch, council.version(), "council");
        council.revise(changes.name() == null ? null : changes.name().strip(), changes.description(), changes.establishedOn());
        councils.flush();
        return council;
    }

    public Council get(UUID id) {
        return councils.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("council", id));
    }

    public Page<Council> list(CouncilKind kind, String districtCode, PageRequest paging) {
        return councils.list(kind, districtCode, paging);
    }
}
