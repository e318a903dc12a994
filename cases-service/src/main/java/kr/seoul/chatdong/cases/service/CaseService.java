package kr.seoul.chatdong.cases.service;

import kr.seoul.chatdong.commons.rules.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository;
import kr.seoul.chatdong.cases.service.CaseCommands.DraftCase;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.problem.ProblemType;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.cases.service.CaseCommands.ReviseCase;
import kr.seoul.chatdong.commons.audit.AuditTrail;

/** Use cases of best-practice cases; each write is one transaction with its audit entry. */
@ApplicationScoped
public class CaseService {

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    public BestPracticeCase draft(DraftCase request) {
        Dong dong = request.dongCode() == null ? null : geography.requireDong(request.dongCode(), "dongCode");
        if (request.districtCode() == null && dong == null) {
            throw new DomainException.InvalidValue("districtCode", "give the dongCode, or the districtCode for a district-wide case");
        }
        if (request.districtCode() != null) {
            geography.requireDistrict(request.districtCode(), "districtCode");
            if (dong != null && !dong.districtCode().equals(request.districtCode())) {
                throw new DomainException.InvalidValue("dongCode", "dong " + dong.code() + " (" + dong.nameKo() + ") is in district "
                        + dong.districtCode() + " (" + dong.districtNameKo() + "), not " + request.districtCode());
            }
        }
        caller.mayWriteDistrict(dong != null ? dong.districtCode() : request.districtCode());
        BestPracticeCase c = BestPracticeCase.draft(request.title(), request.summary(), request.districtCode(), dong,
                request.field(), clock.instant());
        cases.persist(c);
        cases.flush();
        audit.created("case", c.id(), request);
        return c;
    }

    @Transactional
    public BestPracticeCase revise(UUID id, String ifMatch, ReviseCase changes) {
        BestPracticeCase c = get(id);
        caller.mayWriteDistrict(c.districtCode());
        Preconditions.requireMatch(ifMatch, c.version(), "case");
        c.revise(changes.title(), changes.summary());
        c.remove(changes.removed());
        cases.flush();
        audit.updated("case", id, changes);
        return c;
    }

    /** In the transaction of the event's handling: a nomination for every (dong, field) at or above the excellence bar. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nominateFrom(RoundCompleted round, String sourceEventId) {
        Instant now = clock.instant();
        round.excellent().forEach(pair -> cases.persist(BestPracticeCase.nominate(round.roundId(), round.name(), pair,
                geography.requireDong(pair.dongCode(), "dongs[].dongCode"), sourceEventId, now)));
    }

    /**
     * Reconciles with a corrected score, in the transaction of the event's handling: a nomination
     * still NOMINATED is withdrawn (with the reason) when the score is no longer excellent, one is
     * made when it now is, one that still applies is untouched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile(AssessmentCorrected correction, String sourceEventId) {
        Instant now = clock.instant();
        if (correction.wasExcellent() && !correction.nowExcellent()) {
            cases.nominationOf(correction.roundId(), correction.dongCode(), correction.field()).ifPresent(c -> c.withdrawNomination(
                    "평가 정정 " + correction.previousScore() + "→" + correction.score() + ": " + correction.reason(), now));
        } else if (!correction.wasExcellent() && correction.nowExcellent()
                && cases.nominationOf(correction.roundId(), correction.dongCode(), correction.field()).isEmpty()) {
            cases.persist(BestPracticeCase.nominate(correction.roundId(), correction.roundName(), correction.corrected(),
                    geography.requireDong(correction.dongCode(), "dongCode"), sourceEventId, now));
        }
    }

    /** Anyone may read a published case; the others need a token (and look absent without one). */
    public BestPracticeCase get(UUID id) {
        BestPracticeCase c = cases.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("case", id));
        if (caller.isAnonymous() && !c.isPublished()) {
            throw new DomainException.NotFound("case", id);
        }
        return c;
    }

    public Page<kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository.CaseRow> list(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, PageRequest paging) {
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
