package kr.seoul.chatdong.governance.service;

import kr.seoul.chatdong.commons.rules.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.repository.AgendaItemRepository;
import kr.seoul.chatdong.governance.repository.MeetingRepository;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.governance.service.GovernanceCommands.ScheduleMeeting;

/** Use cases of meetings and their agendas. */
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
    Clock clock;

    @Inject
    Caller caller;

    /**
     * Schedules a meeting. The next metropolitan council meeting takes up the reviews that were
     * waiting for one.
     */
    @Transactional
    public Meeting schedule(ScheduleMeeting request) {
        Council council = councils.get(request.councilId());
        caller.mayWriteDistrict(council.districtCode());
        if (council.kind() == CouncilKind.METROPOLITAN) {
            lockMetropolitanAgenda();
        }
        Instant now = clock.instant();
        Meeting meeting = Meeting.schedule(council, request.title(), request.scheduledAt(), request.place(), now);
        meetings.persist(meeting);
        if (council.kind() == CouncilKind.METROPOLITAN && meeting.isUpcoming(now)) {
            agenda.pending().forEach(item -> item.placeOn(meeting));
        }
        meetings.flush();
        audit.created("meeting", meeting.id(), request);
        return meeting;
    }

    /**
     * Placing a review and scheduling a metropolitan meeting take turns, so a review never stays
     * PENDING next to a meeting scheduled at the same moment.
     */
    private void lockMetropolitanAgenda() {
        meetings.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('chatdong.metropolitan-agenda'))")
                .getSingleResult();
    }

    public Meeting get(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("meeting", id));
    }

    public Page<kr.seoul.chatdong.governance.repository.MeetingRepository.MeetingRow> list(UUID councilId, Meeting.Status status, Instant from, Instant to, PageRequest paging) {
        return meetings.list(councilId, status, from, to, paging);
    }

    /** A completed monitoring round goes on the next metropolitan council meeting's agenda, or waits for one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewOnNextMetropolitanMeeting(RoundCompleted round, String sourceEventId) {
        lockMetropolitanAgenda();
        Instant now = clock.instant();
        Meeting next = meetings.nextOf(CouncilKind.METROPOLITAN, now).orElse(null);
        agenda.persist(AgendaItem.reviewOf(round, next, sourceEventId, now));
    }
}
