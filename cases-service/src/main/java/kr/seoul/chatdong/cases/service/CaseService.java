package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseComment;
import kr.seoul.chatdong.cases.domain.CaseRevision;
import kr.seoul.chatdong.cases.domain.ChannelSlot;
import kr.seoul.chatdong.cases.domain.DiscoveryMember;
import kr.seoul.chatdong.cases.repository.BestPracticeCaseRepository;
import kr.seoul.chatdong.cases.repository.CaseCommentRepository;
import kr.seoul.chatdong.cases.repository.CaseRevisionRepository;
import kr.seoul.chatdong.cases.repository.DiscoveryMemberRepository;
import kr.seoul.chatdong.cases.service.CaseCommands.DraftCase;
import kr.seoul.chatdong.cases.service.CaseCommands.ReviseCase;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.cases.CasePublished;
import kr.seoul.chatdong.language.events.monitoring.AssessmentCorrected;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** Use cases of best-practice cases; each write is one transaction with its audit entry (and event). */
@ApplicationScoped
public class CaseService {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    BestPracticeCaseRepository cases;

    @Inject
    CaseRevisionRepository revisions;

    @Inject
    CaseCommentRepository comments;

    @Inject
    DiscoveryMemberRepository members;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Transactional
    public BestPracticeCase draft(DraftCase request) {
        Dong dong = request.dongCode() == null ? null : geography.requireDong(request.dongCode(), "dongCode");
        if (request.districtCode() == null && dong == null) {
            throw new DomainException.InvalidValue(
                    "districtCode", "give the dongCode, or the districtCode for a district-wide case");
        }
        if (request.districtCode() != null) {
            geography.requireDistrict(request.districtCode(), "districtCode");
            if (dong != null) {
                geography.requireDongIn(dong.code(), request.districtCode(), "dongCode");
            }
        }
        mayWrite(dong != null ? dong.districtCode() : request.districtCode());
        Instant now = clock.instant();
        BestPracticeCase c = BestPracticeCase.draft(
                request.title(),
                request.summary(),
                request.districtCode(),
                dong,
                request.fields(),
                request.tags(),
                request.authors(),
                request.source(),
                now);
        boolean written = request.body() != null && c.writeBody(request.body());
        cases.persist(c);
        if (written) {
            revisions.persist(new CaseRevision(c.id(), 1, c.title(), c.body(), now, caller.account()));
        }
        cases.flush();
        audit.created("case", c.id(), request);
        return c;
    }

    @Transactional
    public BestPracticeCase revise(UUID id, ExpectedVersion ifMatch, ReviseCase changes) {
        BestPracticeCase c = get(id);
        mayWrite(c.districtCode());
        ifMatch.require(c.version(), "case");
        c.revise(changes.title(), changes.summary(), changes.fields(), changes.tags(), changes.authors());
        c.remove(changes.removed());
        if (changes.removed().contains("body")) {
            throw new DomainException.InvalidValue("body", "cannot be removed (null); write the new text instead");
        }
        if (changes.body() != null && c.writeBody(changes.body())) {
            revisions.persist(new CaseRevision(
                    c.id(), revisions.lastNumber(c.id()) + 1, c.title(), c.body(), clock.instant(), caller.account()));
        }
        cases.flush();
        audit.updated("case", id, changes);
        return c;
    }

    /** NOMINATED → DRAFTING. */
    @Transactional
    public BestPracticeCase start(UUID id, ExpectedVersion ifMatch) {
        return step(id, ifMatch, "start", BestPracticeCase::start);
    }

    /** DRAFTING → IN_REVIEW. */
    @Transactional
    public BestPracticeCase submit(UUID id, ExpectedVersion ifMatch) {
        return step(id, ifMatch, "submit", BestPracticeCase::submit);
    }

    /** IN_REVIEW → DRAFTING, the reason kept as a REJECTION comment. */
    @Transactional
    public BestPracticeCase reject(UUID id, ExpectedVersion ifMatch, CaseCommands.Reason request) {
        BestPracticeCase c = step(id, ifMatch, "reject", BestPracticeCase::reject);
        comments.persist(
                new CaseComment(id, CaseComment.Kind.REJECTION, request.reason(), caller.account(), clock.instant()));
        return c;
    }

    /** Any open state → WITHDRAWN. */
    @Transactional
    public BestPracticeCase withdraw(UUID id, ExpectedVersion ifMatch, CaseCommands.Reason request) {
        Instant now = clock.instant();
        return step(id, ifMatch, "withdraw", c -> c.withdraw(request.reason(), now));
    }

    /** PUBLISHED → ARCHIVED. */
    @Transactional
    public BestPracticeCase archive(UUID id, ExpectedVersion ifMatch) {
        Instant now = clock.instant();
        return step(id, ifMatch, "archive", c -> c.archive(now));
    }

    /** IN_REVIEW → PUBLISHED; emits case.published in the same transaction. */
    @Transactional
    public BestPracticeCase publish(UUID id, ExpectedVersion ifMatch, CaseCommands.PublishCase request) {
        Instant now = clock.instant();
        List<ChannelSlot> slots = request == null || request.channels() == null
                ? List.of()
                : request.channels().stream()
                        .map(s -> new ChannelSlot(s.channel(), s.scheduledOn()))
                        .toList();
        BestPracticeCase c = step(id, ifMatch, "publish", x -> x.publish(slots, LocalDate.ofInstant(now, SEOUL), now));
        outbox.record(
                EventCatalog.CASE_PUBLISHED,
                c.id(),
                new CasePublished(
                        c.id(),
                        c.districtCode(),
                        c.dongCode(),
                        c.fields(),
                        c.publishedAt(),
                        c.channels().stream()
                                .map(s -> new CasePublished.ChannelSlot(
                                        s.channel().name(), s.scheduledOn()))
                                .toList()));
        return c;
    }

    private BestPracticeCase step(UUID id, ExpectedVersion ifMatch, String action, Consumer<BestPracticeCase> change) {
        BestPracticeCase c = get(id);
        mayWrite(c.districtCode());
        ifMatch.require(c.version(), "case");
        change.accept(c);
        cases.flush();
        audit.record("case", id, action, List.of("status"));
        return c;
    }

    /** A reviewer's comment; only on a case IN_REVIEW. */
    @Transactional
    public CaseComment comment(UUID id, CaseCommands.Comment request) {
        BestPracticeCase c = get(id);
        c.requireInReview();
        CaseComment comment =
                new CaseComment(id, CaseComment.Kind.COMMENT, request.text(), caller.account(), clock.instant());
        comments.persist(comment);
        audit.created("case-comment", comment.id(), request);
        return comment;
    }

    /**
     * In the transaction of the event's handling: a nomination for every (dong, field) at or above the
     * excellence bar, assigned to its district's active discovery-team member (or left unassigned).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void nominateFrom(RoundCompleted round, String sourceEventId) {
        Instant now = clock.instant();
        round.excellent()
                .forEach(pair -> nominated(
                        BestPracticeCase.nominate(
                                round.roundId(),
                                round.name(),
                                pair,
                                geography.requireDong(pair.dongCode(), "dongs[].dongCode"),
                                sourceEventId,
                                now),
                        now));
    }

    private void nominated(BestPracticeCase c, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, SEOUL);
        members.activeIn(c.districtCode(), day).ifPresent(m -> c.assignTo(m, day));
        cases.persist(c);
    }

    /** Gives an open case to a discovery-team member of its district (null: unassigned). */
    @Transactional
    public BestPracticeCase assign(UUID id, ExpectedVersion ifMatch, DiscoveryTeamCommands.AssignCase request) {
        BestPracticeCase c = get(id);
        ifMatch.require(c.version(), "case");
        DiscoveryMember member = request.memberId() == null
                ? null
                : members.findByIdOptional(request.memberId())
                        .orElseThrow(
                                () -> new DomainException.RuleViolation("No discovery member " + request.memberId())
                                        .with("rule", "unknown-member"));
        c.assignTo(member, LocalDate.ofInstant(clock.instant(), SEOUL));
        cases.flush();
        audit.record("case", id, "assign", List.of("assigneeId"));
        return c;
    }

    /**
     * Who writes a district's cases: city admins and editors; a district officer of that district; the
     * district's active discovery-team member (the caller's account name = the member's subject). Others: 403.
     */
    void mayWrite(String districtCode) {
        if (caller.hasRole(Roles.CITY_ADMIN) || caller.hasRole(Roles.EDITOR)) {
            return;
        }
        if (caller.hasRole(Roles.DISTRICT_OFFICER)) {
            caller.mayWriteDistrict(districtCode);
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), SEOUL);
        boolean member = districtCode != null
                && members.activeIn(districtCode, today)
                        .map(m -> m.subject().equals(caller.account()))
                        .orElse(false);
        if (!member) {
            throw new DomainException.NotAllowed("Cases of district " + districtCode
                    + " are written by editors, the district's " + "officers and its active discovery-team member");
        }
    }

    /**
     * Reconciles with a corrected score, in the transaction of the event's handling: a nomination
     * still NOMINATED is withdrawn (with the reason) when the score is no longer excellent, one is
     * made when it now is, one that still applies is untouched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile(AssessmentCorrected correction, String sourceEventId) {
        Instant now = clock.instant();
        var nomination = cases.nominationOf(correction.roundId(), correction.dongCode(), correction.field());
        switch (correction.reconciliation(AssessmentCorrected.Bar.EXCELLENT, nomination.isPresent())) {
            case WITHDRAW -> nomination.get().withdrawNomination(correction.withdrawalReason(), now);
            case DERIVE ->
                nominated(
                        BestPracticeCase.nominate(
                                correction.roundId(),
                                correction.roundName(),
                                correction.corrected(),
                                geography.requireDong(correction.dongCode(), "dongCode"),
                                sourceEventId,
                                now),
                        now);
            case UNTOUCHED -> {}
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
}
