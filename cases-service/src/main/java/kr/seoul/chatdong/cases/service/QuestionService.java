package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.domain.QuestionAnswer;
import kr.seoul.chatdong.cases.repository.QuestionRepository;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.Answer;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.Ask;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** 솔루션 데스크: questions from the field, their answers, and their publication as FAQ (public). */
@ApplicationScoped
public class QuestionService {

    @Inject
    QuestionRepository questions;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** A district officer asks for its own district (403 otherwise); city admins for any. */
    @Transactional
    public Question ask(Ask request) {
        geography.requireDistrict(request.districtCode(), "districtCode");
        if (request.dongCode() != null) {
            geography.requireDongIn(request.dongCode(), request.districtCode(), "dongCode");
        }
        caller.mayWriteDistrict(request.districtCode());
        Question q = new Question(
                request.districtCode(),
                request.dongCode(),
                request.topic(),
                request.text(),
                caller.account(),
                clock.instant());
        questions.persist(q);
        questions.flush();
        audit.created("question", q.id(), request);
        return q;
    }

    @Transactional
    public QuestionAnswer answer(UUID id, Answer request) {
        Question q = get(id);
        QuestionAnswer a = q.answer(request.text(), caller.account(), clock.instant());
        questions.persist(a);
        questions.flush();
        audit.created("question-answer", a.id(), request);
        return a;
    }

    @Transactional
    public Question publishAsFaq(UUID id, ExpectedVersion ifMatch) {
        Question q = get(id);
        ifMatch.require(q.version(), "question");
        q.publishAsFaq(clock.instant());
        questions.flush();
        audit.record("question", id, "publish-as-faq", List.of("status", "publishedAt"));
        return q;
    }

    /** Anyone reads a published FAQ; the other questions need a token (and look absent without one). */
    public Question get(UUID id) {
        Question q = questions.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("question", id));
        if (caller.isAnonymous() && !q.isPublic()) {
            throw new DomainException.NotFound("question", id);
        }
        return q;
    }
}
