package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.domain.MeetingSeries;
import kr.seoul.chatdong.governance.repository.MeetingRepository;
import kr.seoul.chatdong.governance.repository.MeetingSeriesRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ScheduleMeetingSeries;

/** Use cases of recurring meetings: scheduling a series from its rule, cancelling what is left of it. */
@ApplicationScoped
public class MeetingSeriesService {

    /** The reason each meeting a series' cancellation takes carries. */
    public static final String CANCEL_REASON = "연속 회의 취소";

    @Inject
    AuditTrail audit;

    @Inject
    CouncilService councils;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingSeriesRepository series;

    @Inject
    AgendaItemPlacement placement;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /** A series and its meetings, earliest first. */
    public record Series(MeetingSeries series, List<Meeting> meetings) {}

    /**
     * Schedules every meeting of the rule (at most {@link MeetingSeries#MAX_MEETINGS}), each as a
     * meeting scheduled alone would be: by who may schedule the council's meetings, and with the
     * reviews waiting for the council placed on its next meeting.
     */
    @Transactional
    public Series schedule(ScheduleMeetingSeries request) {
        Council council = councils.get(request.councilId());
        caller.mayWriteDistrict(council.districtCode());
        List<Instant> at = MeetingSeries.occurrences(request.rrule(), request.scheduledAt());
        Instant now = clock.instant();
        placement.lock();
        Series scheduled = schedule(council, request, at, now);
        placement.placePending(council.id());
        audit.created("meeting-series", scheduled.series().id(), request);
        for (Meeting m : scheduled.meetings()) {
            audit.created("meeting", m.id(), request);
        }
        return scheduled;
    }

    /** For the seed too: no caller, no audit. */
    Series schedule(Council council, ScheduleMeetingSeries request, List<Instant> at, Instant now) {
        MeetingSeries s =
                MeetingSeries.of(council, request.title(), request.rrule().strip(), now);
        series.persist(s);
        List<Meeting> scheduled = new ArrayList<>();
        for (Instant when : at) {
            Meeting meeting = Meeting.schedule(council, request.title(), request.kind(), when, request.place(), now);
            meeting.openForRegistration(request.capacity());
            meeting.partOf(s, request.durationMinutes());
            meetings.persist(meeting);
            scheduled.add(meeting);
        }
        meetings.flush();
        return new Series(s, scheduled);
    }

    /** Cancels the series' meetings on or after {@code from} (Seoul days) that were not held; answers the series. */
    @Transactional
    public Series cancelFrom(UUID seriesId, LocalDate from) {
        MeetingSeries s = series.findByIdOptional(seriesId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new DomainException.NotFound("meeting-series", seriesId));
        caller.mayWriteDistrict(councils.get(s.councilId()).districtCode());
        List<Meeting> all = meetings.ofSeries(seriesId);
        for (Meeting m : all) {
            if (m.cancelledWithSeriesFrom(from)) {
                m.cancel(CANCEL_REASON);
                audit.record("meeting", m.id(), "UPDATE", List.of("status", "cancelReason"));
            }
        }
        meetings.flush();
        return new Series(s, all);
    }
}
