package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import kr.seoul.chatdong.governance.service.GovernanceCommands.Presence;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ScheduleMeeting;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.governance.MeetingHeld;

/**
 * Use cases of a meeting itself: scheduling, attendance and quorum, minutes, closing and cancelling.
 * Its agenda ({@link AgendaService}), decisions ({@link DecisionService}) and registrations
 * ({@link RegistrationService}) have their own.
 */
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

    Record record(Meeting meeting, Council council) {
        List<Decision> taken = decisions.ofMeeting(meeting.id());
        List<ActionItem> items = taken.isEmpty()
                ? List.of()
                : actionItems.list(
                        "decisionId in ?1 order by dueOn, id",
                        taken.stream().map(Decision::id).toList());
        return new Record(meeting, council, quorum(meeting, council), taken, items, agenda.onMeeting(meeting.id()));
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

    Quorum quorum(Meeting meeting, Council council) {
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
    Meeting writable(UUID meetingId) {
        Meeting meeting = meetings.getEntityManager()
                .find(Meeting.class, meetingId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new DomainException.NotFound("meeting", meetingId);
        }
        caller.mayWriteDistrict(councils.get(meeting.councilId()).districtCode());
        return meeting;
    }
}
