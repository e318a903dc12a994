package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.ActionItem;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.Decision;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.repository.ActionItemRepository;
import kr.seoul.chatdong.governance.repository.CouncilMemberRepository;
import kr.seoul.chatdong.governance.repository.DecisionRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.Decide;
import kr.seoul.chatdong.governance.service.GovernanceCommands.NewActionItem;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.governance.DecisionRecorded;

/** Use cases of decisions: taken at a meeting with quorum, with the action items they set, and decision.recorded. */
@ApplicationScoped
public class DecisionService {

    @Inject
    AuditTrail audit;

    @Inject
    MeetingService meetings;

    @Inject
    CouncilService councils;

    @Inject
    CouncilMemberRepository members;

    @Inject
    DecisionRepository decisions;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * A decision, with the action items it sets, and decision.recorded in the same transaction (other
     * services name the decision when it approves something of theirs). Refused with 422 (rule
     * quorum-not-met, with present and required) while the meeting has no quorum.
     */
    @Transactional
    public MeetingService.Record decide(UUID meetingId, Decide request) {
        Meeting meeting = meetings.writable(meetingId);
        meeting.requireOpenForRecord("decision");
        Council council = councils.get(meeting.councilId());
        MeetingService.Quorum quorum = meetings.quorum(meeting, council);
        if (!quorum.met()) {
            throw new DomainException.RuleViolation(
                            "The meeting has no quorum: " + quorum.present() + " of " + quorum.membersInOffice()
                                    + " members present, " + quorum.required() + " required (" + quorum.rule() + ")")
                    .with("rule", "quorum-not-met")
                    .with("present", quorum.present())
                    .with("required", quorum.required())
                    .with("membersInOffice", quorum.membersInOffice());
        }
        Instant now = clock.instant();
        Decision decision = new Decision(meeting, decisions.ofMeeting(meetingId).size() + 1, request.text(), now);
        decisions.persist(decision);
        for (NewActionItem item : request.actionItems()) {
            requireMember(council, item.ownerMemberId());
            actionItems.persist(ActionItem.open(
                    council.id(), decision, item.title(), item.owner(), item.ownerMemberId(), item.dueOn(), now));
        }
        decisions.flush();
        outbox.record(
                EventCatalog.DECISION_RECORDED,
                decision.id(),
                new DecisionRecorded(
                        meeting.id(),
                        decision.id(),
                        council.id(),
                        council.kind().name(),
                        meeting.day(),
                        decision.text()));
        audit.created("decision", decision.id(), request);
        return meetings.record(meeting, council);
    }

    void requireMember(Council council, UUID memberId) {
        if (memberId != null
                && members.findByIdOptional(memberId)
                        .filter(m -> m.councilId().equals(council.id()))
                        .isEmpty()) {
            throw new DomainException.RuleViolation("'" + memberId
                            + "' is not a member of the council; an action item is owned by one of its " + "members")
                    .with("rule", "owner-not-a-member")
                    .with("field", "ownerMemberId");
        }
    }
}
