package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.AdoptedQuestion;
import kr.seoul.chatdong.cases.domain.CouncilDecision;
import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.domain.Question;
import kr.seoul.chatdong.cases.repository.ManualRepository;
import kr.seoul.chatdong.cases.repository.QuestionRepository;
import kr.seoul.chatdong.cases.service.ManualCommands.AdoptQuestion;
import kr.seoul.chatdong.cases.service.ManualCommands.Approve;
import kr.seoul.chatdong.cases.service.ManualCommands.CreateVolume;
import kr.seoul.chatdong.cases.service.ManualCommands.Distribute;
import kr.seoul.chatdong.cases.service.ManualCommands.StartVersion;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.Decline;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.GiveFeedback;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.language.events.governance.DecisionRecorded;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * 업무매뉴얼: volumes and the life cycle of their versions (DRAFTING → IN_REVIEW → APPROVED by a council
 * decision → DISTRIBUTED), the field's feedback and the solution-desk questions a version takes in.
 */
@ApplicationScoped
public class ManualService {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    ManualRepository manuals;

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

    /** A new volume, listed after the others, with version 1 in DRAFTING. */
    @Transactional
    public ManualVolume create(CreateVolume request) {
        Instant now = clock.instant();
        ManualVolume volume = new ManualVolume(
                UUID.randomUUID().toString(),
                request.title(),
                request.kind(),
                request.audience(),
                manuals.nextPosition(),
                now);
        manuals.persist(volume);
        manuals.persist(ManualVersion.draft(volume.id(), 1, null, caller.account(), now));
        manuals.flush();
        audit.created("manual-volume", volume.id(), request);
        return volume;
    }

    /**
     * The volume's next version, DRAFTING, taking in the given feedback (each of this volume and OPEN: 422
     * feedback-of-another-volume or unknown-feedback, 409 when no longer OPEN); a label twice is a 409.
     */
    @Transactional
    public ManualVersion startVersion(String volumeId, StartVersion request) {
        ManualVolume volume =
                manuals.locked(volumeId).orElseThrow(() -> new DomainException.NotFound("manual volume", volumeId));
        if (request.label() != null && manuals.labelled(volume.id(), request.label())) {
            throw new DomainException.StateConflict(
                            "Volume " + volume.id() + " has a version labelled " + request.label() + " already")
                    .with("label", request.label());
        }
        ManualVersion version = ManualVersion.draft(
                volume.id(), manuals.lastNumber(volume.id()) + 1, request.label(), caller.account(), clock.instant());
        manuals.persist(version);
        List<UUID> ids =
                request.feedbackIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.feedbackIds()));
        for (UUID id : ids) {
            manuals.feedback(id)
                    .orElseThrow(() -> new DomainException.RuleViolation("No feedback " + id)
                            .with("rule", "unknown-feedback")
                            .with("feedbackId", id.toString()))
                    .adoptIn(version);
        }
        manuals.flush();
        audit.created("manual-version", version.id(), request);
        return version;
    }

    /** DRAFTING → IN_REVIEW. */
    @Transactional
    public ManualVersion submit(String volumeId, int number, ExpectedVersion ifMatch) {
        ManualVersion version = writable(volumeId, number, ifMatch);
        version.submit(clock.instant());
        return stepped(version, "submit", List.of("status", "submittedAt"));
    }

    /**
     * IN_REVIEW → APPROVED by a decision governance recorded (of any council) and cases has seen on
     * decision.recorded; a decision it has not seen, or of another meeting, is 422 unknown-decision.
     */
    @Transactional
    public ManualVersion approve(String volumeId, int number, ExpectedVersion ifMatch, Approve request) {
        ManualVersion version = writable(volumeId, number, ifMatch);
        version.require(ManualVersion.Step.approve);
        CouncilDecision decision = manuals.decision(request.decisionId())
                .filter(d -> d.meetingId().equals(request.meetingId()))
                .orElseThrow(() -> new DomainException.RuleViolation("No decision " + request.decisionId()
                                + " of meeting " + request.meetingId()
                                + " is known: a version is approved by a decision governance recorded")
                        .with("rule", "unknown-decision")
                        .with("decisionId", request.decisionId().toString())
                        .with("meetingId", request.meetingId().toString()));
        version.approve(decision, clock.instant());
        return stepped(version, "approve", List.of("status", "approvedMeetingId", "approvedDecisionId", "approvedAt"));
    }

    /** APPROVED → DISTRIBUTED today (in Seoul), with copies and channels. */
    @Transactional
    public ManualVersion distribute(String volumeId, int number, ExpectedVersion ifMatch, Distribute request) {
        ManualVersion version = writable(volumeId, number, ifMatch);
        Instant now = clock.instant();
        version.distribute(request.copies(), request.channels(), LocalDate.ofInstant(now, SEOUL));
        return stepped(version, "distribute", List.of("status", "copies", "channels", "distributedOn"));
    }

    /**
     * An answered solution-desk question taken into a version while it is DRAFTING or IN_REVIEW (409
     * otherwise); an OPEN question is 422 question-not-answered. Adopting it twice changes nothing.
     */
    @Transactional
    public ManualVersion adoptQuestion(UUID questionId, AdoptQuestion request) {
        Question question = questions
                .findByIdOptional(questionId)
                .orElseThrow(() -> new DomainException.NotFound("question", questionId));
        ManualVersion version = manuals.version(volume(request.volumeId()).id(), request.version())
                .orElseThrow(() -> new DomainException.RuleViolation(
                                "Volume " + request.volumeId() + " has no version " + request.version())
                        .with("rule", "unknown-version")
                        .with("field", "version"));
        if (manuals.adopted(version.id(), questionId)) {
            return version;
        }
        version.requireTakesInContent("a question");
        if (question.status() == Question.Status.OPEN) {
            throw new DomainException.RuleViolation("Question " + questionId
                            + " is not answered yet; a version takes in questions with answers")
                    .with("rule", "question-not-answered");
        }
        AdoptedQuestion adopted = new AdoptedQuestion(version.id(), questionId, caller.account(), clock.instant());
        manuals.persist(adopted);
        manuals.flush();
        audit.created("manual-version-question", adopted.versionId() + "/" + questionId, request);
        return version;
    }

    /** decision.recorded: the decision is kept (once), so that a version may name it when approved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDecision(DecisionRecorded decision, String sourceEventId) {
        if (manuals.decision(decision.decisionId()).isPresent()) {
            return;
        }
        manuals.persist(new CouncilDecision(
                decision.decisionId(),
                decision.meetingId(),
                decision.councilId(),
                decision.councilKind(),
                decision.decidedOn(),
                decision.summary(),
                sourceEventId,
                clock.instant()));
    }

    /** Feedback on a volume's section: a district officer for its own district (403 otherwise), editors and city admins for any. */
    @Transactional
    public ManualFeedback feedback(String volumeId, GiveFeedback request) {
        ManualVolume volume = volume(volumeId);
        geography.requireDistrict(request.districtCode(), "districtCode");
        caller.mayWriteDistrict(request.districtCode());
        ManualFeedback f = new ManualFeedback(
                volume.id(),
                request.section(),
                request.text(),
                request.districtCode(),
                caller.account(),
                clock.instant());
        manuals.persist(f);
        manuals.flush();
        audit.created("manual-feedback", f.id(), request);
        return f;
    }

    @Transactional
    public ManualFeedback decline(String volumeId, UUID feedbackId, Decline request) {
        ManualFeedback f = feedbackOf(volumeId, feedbackId);
        f.decline(request.reason());
        manuals.flush();
        audit.record("manual-feedback", feedbackId, "decline", List.of("status", "declinedReason"));
        return f;
    }

    public ManualVolume volume(String id) {
        return manuals.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("manual volume", id));
    }

    public ManualFeedback feedbackOf(String volumeId, UUID feedbackId) {
        return manuals.feedback(feedbackId)
                .filter(f -> f.volumeId().equals(volume(volumeId).id()))
                .orElseThrow(() -> new DomainException.NotFound("manual feedback", feedbackId));
    }

    /** The version, checked against If-Match when the caller sent one (the manual's writes do not require it). */
    private ManualVersion writable(String volumeId, int number, ExpectedVersion ifMatch) {
        ManualVersion version = manuals.version(volume(volumeId).id(), number)
                .orElseThrow(() -> new DomainException.NotFound("manual version", volumeId + "/" + number));
        if (ifMatch.named()) {
            ifMatch.require(version.rowVersion(), "manual version");
        }
        return version;
    }

    private ManualVersion stepped(ManualVersion version, String step, List<String> fields) {
        manuals.flush();
        audit.record("manual-version", version.id(), step, fields);
        return version;
    }
}
