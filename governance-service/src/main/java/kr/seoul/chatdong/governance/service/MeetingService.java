package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.text.Markdown;
import kr.seoul.chatdong.governance.domain.ActionItem;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.Attendance;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.Decision;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.domain.QuorumRule;
import kr.seoul.chatdong.governance.repository.ActionItemRepository;
import kr.seoul.chatdong.governance.repository.AgendaItemRepository;
import kr.seoul.chatdong.governance.repository.CouncilMemberRepository;
import kr.seoul.chatdong.governance.repository.DecisionRepository;
import kr.seoul.chatdong.governance.repository.MeetingRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.AddAgendaItem;
import kr.seoul.chatdong.governance.service.GovernanceCommands.Decide;
import kr.seoul.chatdong.governance.service.GovernanceCommands.NewActionItem;
import kr.seoul.chatdong.governance.service.GovernanceCommands.Presence;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ScheduleMeeting;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.governance.DecisionRecorded;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;
import kr.seoul.chatdong.language.events.monitoring.ReportPublished;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

/** Use cases of meetings: agenda, attendance and quorum, decisions, minutes, closing and cancelling. */
@ApplicationScoped
public class MeetingService {

    @Inject
    AuditTrail audit;

    @Inject
    CouncilService councils;

    @Inject
    MeetingRepository meetings;

    @Inject
    AgendaItemRepository agenda;

    @Inject
    CouncilMemberRepository members;

    @Inject
    DecisionRepository decisions;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    Outbox outbox;

    @Inject
    kr.seoul.chatdong.governance.repository.RegistrationRepository registrations;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AgendaItemPlacement placement;

    /** Attendance against the members in office on the meeting's day, and what the council's rule requires. */
    public record Quorum(
            int membersInOffice, int present, int required, boolean met, String rule, List<Attendance> attendance) {}

    /** What a meeting recorded: the meeting, its council, quorum, decisions and their action items. */
    public record Record(
            Meeting meeting,
            Council council,
            Quorum quorum,
            List<Decision> decisions,
            List<ActionItem> actionItems,
            List<AgendaItem> agenda) {}

    /**
     * Schedules a meeting. When its council receives the reviews of completed rounds (agenda
     * routing), the reviews that were waiting go on its next meeting.
     */
    @Transactional
    public Meeting schedule(ScheduleMeeting request) {
        Council council = councils.get(request.councilId());
        caller.mayWriteDistrict(council.districtCode());
        placement.lock();
        Instant now = clock.instant();
        Meeting meeting =
                Meeting.schedule(council, request.title(), request.kind(), request.scheduledAt(), request.place(), now);
        meeting.openForRegistration(request.capacity());
        meetings.persist(meeting);
        meetings.flush();
        placement.placePending(council.id());
        audit.created("meeting", meeting.id(), request);
        return meeting;
    }

    public Meeting get(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("meeting", id));
    }

    /** The meeting with its quorum, decisions, action items and agenda. */
    public Record record(UUID id) {
        Meeting meeting = get(id);
        return record(meeting, councils.get(meeting.councilId()));
    }

    private Record record(Meeting meeting, Council council) {
        List<Decision> taken = decisions.ofMeeting(meeting.id());
        List<ActionItem> items = taken.isEmpty()
                ? List.of()
                : actionItems.list(
                        "decisionId in ?1 order by dueOn, id",
                        taken.stream().map(Decision::id).toList());
        return new Record(meeting, council, quorum(meeting, council), taken, items, agenda.onMeeting(meeting.id()));
    }

    /** Adds an item at the end of the meeting's agenda. */
    @Transactional
    public AgendaItem addAgendaItem(UUID meetingId, AddAgendaItem request) {
        Meeting meeting = writable(meetingId);
        meeting.requireOpenForRecord("agenda item");
        AgendaItem item = AgendaItem.manual(
                meeting, request.title(), request.summary(), agenda.nextPosition(meetingId), clock.instant());
        agenda.persist(item);
        agenda.flush();
        audit.created("agenda-item", item.id(), request);
        return item;
    }

    /** Puts the meeting's agenda in the order given: every item on it, each once. */
    @Transactional
    public List<AgendaItem> reorderAgenda(UUID meetingId, List<UUID> order) {
        Meeting meeting = writable(meetingId);
        meeting.requireOpenForRecord("agenda order");
        List<AgendaItem> items = agenda.onMeeting(meetingId);
        Set<UUID> onIt = items.stream().map(AgendaItem::id).collect(Collectors.toSet());
        if (order.size() != items.size() || !onIt.equals(new HashSet<>(order))) {
            throw new DomainException.InvalidValue(
                    "itemIds", "name every item on the meeting's agenda exactly once (" + items.size() + " items)");
        }
        Map<UUID, AgendaItem> byId = items.stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        for (int i = 0; i < order.size(); i++) {
            byId.get(order.get(i)).moveTo(i + 1);
        }
        agenda.flush();
        audit.record("meeting", meetingId, "UPDATE", List.of("agenda"));
        return agenda.onMeeting(meetingId);
    }

    /** Replaces the attendance: each member named must be in office on the meeting's day. */
    @Transactional
    public Quorum recordAttendance(UUID meetingId, List<Presence> entries) {
        Meeting meeting = writable(meetingId);
        meeting.requireOpenForRecord("attendance");
        Council council = councils.get(meeting.councilId());
        Set<UUID> inOffice = members.inOffice(council.id(), meeting.day()).stream()
                .map(CouncilMember::id)
                .collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            UUID member = entries.get(i).memberId();
            if (!inOffice.contains(member)) {
                throw new DomainException.RuleViolation("'" + member + "' is not a member of the council in office on "
                                + meeting.day() + "; attendance is taken of the members in office")
                        .with("rule", "attendee-not-in-office")
                        .with("field", "[" + i + "].memberId");
            }
            if (!seen.add(member)) {
                throw new DomainException.InvalidValue("[" + i + "].memberId", "'" + member + "' is named twice");
            }
        }
        decisions.replaceAttendance(
                meetingId,
                entries.stream()
                        .map(e -> new Attendance(meetingId, e.memberId(), e.present()))
                        .toList());
        decisions.flush();
        audit.record("meeting", meetingId, "UPDATE", List.of("attendance"));
        return quorum(meeting, council);
    }

    private Quorum quorum(Meeting meeting, Council council) {
        Set<UUID> inOffice = members.inOffice(council.id(), meeting.day()).stream()
                .map(CouncilMember::id)
                .collect(Collectors.toSet());
        List<Attendance> attendance = decisions.attendanceOf(meeting.id());
        int present = (int) attendance.stream()
                .filter(a -> a.present() && inOffice.contains(a.memberId()))
                .count();
        QuorumRule rule = council.quorumRule();
        return new Quorum(
                inOffice.size(),
                present,
                rule.required(inOffice.size()),
                rule.met(present, inOffice.size()),
                rule.text(),
                attendance);
    }

    /**
     * A decision, with the action items it sets, and decision.recorded in the same transaction (other
     * services name the decision when it approves something of theirs). Refused with 422 (rule
     * quorum-not-met, with present and required) while the meeting has no quorum.
     */
    @Transactional
    public Record decide(UUID meetingId, Decide request) {
        Meeting meeting = writable(meetingId);
        meeting.requireOpenForRecord("decision");
        Council council = councils.get(meeting.councilId());
        Quorum quorum = quorum(meeting, council);
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
        return record(meeting, council);
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

    /** A registration: REGISTERED while seats are left, WAITLISTED after. The meeting row is locked so seats are counted once. */
    @Transactional
    public kr.seoul.chatdong.governance.domain.Registration register(
            UUID meetingId, GovernanceCommands.Register request) {
        Meeting meeting = writable(meetingId);
        meeting.requireOpenForRegistration();
        var registration = new kr.seoul.chatdong.governance.domain.Registration(
                meeting,
                request.name(),
                request.organisation(),
                registrations.registered(meetingId) < meeting.capacity(),
                clock.instant());
        registrations.persist(registration);
        registrations.flush();
        audit.created("registration", registration.id(), request);
        return registration;
    }

    /** Withdraws a registration; the seat it held goes to the first on the waiting list. */
    @Transactional
    public kr.seoul.chatdong.governance.domain.Registration withdraw(UUID meetingId, UUID registrationId) {
        writable(meetingId);
        var registration = registrations
                .findByIdOptional(registrationId)
                .filter(r -> r.meetingId().equals(meetingId))
                .orElseThrow(() -> new DomainException.NotFound("registration", registrationId));
        if (registration.status() == kr.seoul.chatdong.governance.domain.Registration.Status.WITHDRAWN) {
            return registration;
        }
        if (registration.withdraw()) {
            registrations.firstWaiting(meetingId).ifPresent(kr.seoul.chatdong.governance.domain.Registration::promote);
        }
        registrations.flush();
        audit.record("registration", registrationId, "UPDATE", List.of("status"));
        return registration;
    }

    /** The minutes as Markdown; the HTML is rendered and sanitised (no script, handler or javascript: URL survives). */
    @Transactional
    public Meeting writeMinutes(UUID meetingId, String markdown) {
        Meeting meeting = writable(meetingId);
        meeting.writeMinutes(markdown, Markdown.toSafeHtml(markdown));
        meetings.flush();
        audit.record("meeting", meetingId, "UPDATE", List.of("minutes"));
        return meeting;
    }

    /** Approves the minutes at a later, held meeting of the same council. */
    @Transactional
    public Meeting approveMinutes(UUID meetingId, UUID atMeetingId) {
        Meeting meeting = writable(meetingId);
        Meeting at = meetings.findByIdOptional(atMeetingId)
                .orElseThrow(() ->
                        new DomainException.InvalidValue("atMeetingId", "no meeting with id '" + atMeetingId + "'"));
        meeting.approveMinutesAt(at, clock.instant());
        meetings.flush();
        audit.record("meeting", meetingId, "UPDATE", List.of("minutesApprovedAt", "minutesApprovedAtMeetingId"));
        return meeting;
    }

    /** SCHEDULED → HELD, and meeting.held with attendance and the number of decisions, in the same transaction. */
    @Transactional
    public Record close(UUID meetingId, ExpectedVersion ifMatch) {
        Meeting meeting = writable(meetingId);
        ifMatch.require(meeting.version(), "meeting");
        Council council = councils.get(meeting.councilId());
        meeting.close(clock.instant());
        meetings.flush();
        Record record = record(meeting, council);
        outbox.record(
                EventCatalog.MEETING_HELD,
                meeting.id(),
                new MeetingHeld(
                        meeting.id(),
                        council.id(),
                        council.kind().name(),
                        council.districtCode(),
                        meeting.day(),
                        record.quorum().present(),
                        record.quorum().membersInOffice(),
                        record.decisions().size()));
        audit.record("meeting", meetingId, "UPDATE", List.of("status"));
        return record;
    }

    /** SCHEDULED → CANCELLED, with the reason. */
    @Transactional
    public Record cancel(UUID meetingId, ExpectedVersion ifMatch, String reason) {
        Meeting meeting = writable(meetingId);
        ifMatch.require(meeting.version(), "meeting");
        meeting.cancel(reason);
        meetings.flush();
        audit.record("meeting", meetingId, "UPDATE", List.of("status", "cancelReason"));
        return record(meeting, councils.get(meeting.councilId()));
    }

    /** The meeting, locked, when the caller may write its council's district. */
    private Meeting writable(UUID meetingId) {
        Meeting meeting = meetings.getEntityManager()
                .find(Meeting.class, meetingId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new DomainException.NotFound("meeting", meetingId);
        }
        caller.mayWriteDistrict(councils.get(meeting.councilId()).districtCode());
        return meeting;
    }

    /**
     * A completed monitoring round goes on the next meeting of the council agenda routing names for
     * MONITORING (by default the 운영위원회), or waits for one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewOnRoutedCouncil(RoundCompleted round, String sourceEventId) {
        placement.lock();
        Instant now = clock.instant();
        Meeting next =
                placement.nextMeetingFor(AgendaRouting.Source.MONITORING, now).orElse(null);
        agenda.persist(AgendaItem.reviewOf(
                round, next, next == null ? 0 : agenda.nextPosition(next.id()), sourceEventId, now));
    }

    /**
     * 공유보고: a published version of a yearly report goes on the next meeting of the council agenda
     * routing names for EVALUATION (by default the 운영위원회), or waits for one; once per version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reportOnRoutedCouncil(ReportPublished report, String sourceEventId) {
        placement.lock();
        if (agenda.hasReport(report.year(), report.version())) {
            return;
        }
        Instant now = clock.instant();
        Meeting next =
                placement.nextMeetingFor(AgendaRouting.Source.EVALUATION, now).orElse(null);
        agenda.persist(AgendaItem.reportOf(
                report, next, next == null ? 0 : agenda.nextPosition(next.id()), sourceEventId, now));
    }
}
