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

    /** The next upcoming meeting of the council {@code source} is routed to. */
    Optional<Meeting> nextMeetingFor(AgendaRouting.Source source, Instant now) {
        return receiver(source).flatMap(council -> meetings.nextOfCouncil(council, now));
    }

    /**
     * Pending items go on {@code councilId}'s next meeting when it has one, those of every source
     * routed to it (a completed round's review for MONITORING, a published report for EVALUATION).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void placePending(UUID councilId) {
        meetings.nextOfCouncil(councilId, clock.instant()).ifPresent(meeting -> {
            int position = agenda.nextPosition(meeting.id());
            for (AgendaRouting.Source source : AgendaRouting.Source.values()) {
                if (receiver(source).filter(councilId::equals).isEmpty()) {
                    continue;
                }
                for (AgendaItem item : agenda.pending(itemSource(source))) {
                    item.placeOn(meeting, position++);
                }
            }
        });
    }

    /** The agenda items a routed source produces. */
    static AgendaItem.Source itemSource(AgendaRouting.Source source) {
        return switch (source) {
            case MONITORING -> AgendaItem.Source.MONITORING;
            case EVALUATION -> AgendaItem.Source.EVALUATION;
        };
    }
}
