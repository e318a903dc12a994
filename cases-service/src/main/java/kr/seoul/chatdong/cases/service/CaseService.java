package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository;
import kr.seoul.chatdong.cases.rest.CaseViews.NewCase;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.problem.ProblemType;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.cases.rest.CaseViews.CaseChanges;

/** Use cases of best-practice cases. */
@ApplicationScoped
public class CaseService {

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    public BestPracticeCase draft(NewCase request) {
        Dong dong = request.dongCode() == null ? null : geography.requireDong(request.dongCode(), "dongCode");
        if (request.districtCode() == null && dong == null) {
            throw ProblemException.invalid("districtCode", "give the dongCode, or the districtCode for a district-wide case");
        }
        if (request.districtCode() != null) {
            geography.requireDistrict(request.districtCode(), "districtCode");
            if (dong != null && !dong.districtCode().equals(request.districtCode())) {
                throw ProblemException.invalid("dongCode", "dong " + dong.code() + " (" + dong.nameKo() + ") is in district "
                        + dong.districtCode() + " (" + dong.districtNameKo() + "), not " + request.districtCode());
            }
        }
        caller.mayWriteDistrict(dong != null ? dong.districtCode() : request.districtCode());
        BestPracticeCase c = BestPracticeCase.draft(request.title().strip(), request.summary(), request.districtCode(), dong,
                request.field(), clock.instant());
        cases.persist(c);
        cases.flush();
        return c;
    }

    @Transactional
    public BestPracticeCase revise(UUID id, String ifMatch, CaseChanges changes) {
        BestPracticeCase c = get(id);
        caller.mayWriteDistrict(c.districtCode());
        Preconditions.requireMatch(ifMatch, c.version(), "case");
        c.revise(changes.title() == null ? null : changes.title().strip(), changes.summary());
        cases.flush();
        return c;
    }

    /** Anyone may read a published case; the others need a token (and look absent without one). */
    public BestPracticeCase get(UUID id) {
        BestPracticeCase c = cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("case", id));
        if (caller.isAnonymous() && !c.isPublished()) {
            throw ProblemException.notFound("case", id);
        }
        return c;
    }

    public Page<BestPracticeCase> list(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, PageRequest paging) {
        geography.dongFilter(dongCode, "dongCode");
        if (caller.isAnonymous()) {
            if (status != null && status != CaseStatus.PUBLISHED) {
                throw new ProblemException(ProblemType.UNAUTHORIZED, "Only PUBLISHED cases are public; send a bearer token to list " + status + " cases");
            }
            status = CaseStatus.PUBLISHED;
        }
        return cases.list(status, roundId, districtCode, dongCode, field, paging);
    }
}
