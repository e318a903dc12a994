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
import kr.seoul.chatdong.commons.domain.Field;
import kr.seoul.chatdong.commons.geo.Dong;
import kr.seoul.chatdong.commons.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;

/** Use cases of best-practice cases. */
@ApplicationScoped
public class CaseService {

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    SeoulGeography geography;

    @Inject
    Clock clock;

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
        BestPracticeCase c = BestPracticeCase.draft(request.title().strip(), request.summary(), request.districtCode(), dong,
                request.field(), clock.instant());
        cases.persist(c);
        return c;
    }

    public BestPracticeCase get(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("case", id));
    }

    public Page<BestPracticeCase> list(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, PageRequest paging) {
        if (districtCode != null) {
            geography.requireDistrict(districtCode, "district");
        }
        if (dongCode != null) {
            geography.requireDong(dongCode, "dongCode");
        }
        return cases.list(status, roundId, districtCode, dongCode, field, paging);
    }
}
