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
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.repository.AgendaItemRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.AddAgendaItem;
import kr.seoul.chatdong.language.events.monitoring.ReportPublished;
import kr.seoul.chatdong.language.events.monitoring.RoundCompleted;

/** Use cases of a meeting's agenda: items added and ordered by hand, and those that routing places (round reviews, reports). */
@ApplicationScoped
public class AgendaService {

    @Inject
    AuditTrail audit;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaItemRepository agenda;

    @Inject
    Clock clock;

    @Inject
    AgendaItemPlacement placement;

    /** Adds an item at the end of the meeting's agenda. */
    @Transactional
    public AgendaItem addAgendaItem(UUID meetingId, AddAgendaItem request) {
        Meeting meeting = meetings.writable(meetingId);
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
        Meeting meeting = meetings.writable(meetingId);
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
