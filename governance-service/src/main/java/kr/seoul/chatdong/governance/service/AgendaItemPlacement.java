package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.repository.AgendaItemRepository;
import kr.seoul.chatdong.governance.repository.AgendaRoutingRepository;
import kr.seoul.chatdong.governance.repository.MeetingRepository;

/**
 * Puts derived agenda items on the next meeting of the council their source is routed to, or keeps
 * them PENDING until that council schedules one. Placing an item, scheduling a meeting and changing
 * the routing take turns (one advisory lock), so an item never stays PENDING beside a meeting that
 * should have taken it.
 */
@ApplicationScoped
public class AgendaItemPlacement {

    @Inject
    AgendaRoutingRepository routings;

    @Inject
    MeetingRepository meetings;

    @Inject
    AgendaItemRepository agenda;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void lock() {
        meetings.getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('chatdong.routed-agenda'))")
                .getSingleResult();
    }

    /** The council that receives {@code source}'s items (none before the bodies are seeded). */
    Optional<UUID> receiver(AgendaRouting.Source source) {
        return routings.findByIdOptional(source).map(AgendaRouting::councilId);
    }

    /** The next upcoming meeting of the council MONITORING is routed to. */
    Optional<Meeting> nextMonitoringMeeting(Instant now) {
        return receiver(AgendaRouting.Source.MONITORING).flatMap(council -> meetings.nextOfCouncil(council, now));
    }

    /** Pending items go on {@code councilId}'s next meeting when it receives MONITORING's items and has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    void placePending(UUID councilId) {
        if (!receiver(AgendaRouting.Source.MONITORING).filter(councilId::equals).isPresent()) {
            return;
        }
        meetings.nextOfCouncil(councilId, clock.instant()).ifPresent(meeting -> {
            int position = agenda.nextPosition(meeting.id());
            for (AgendaItem item : agenda.pending()) {
                item.placeOn(meeting, position++);
            }
        });
    }
}
