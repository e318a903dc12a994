package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.AgendaItem;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.domain.MeetingSeries;
import kr.seoul.chatdong.governance.domain.Registration;

/** The read side of meetings, their agendas and registrations. */
@ApplicationScoped
public class MeetingQueries {

    @Inject
    EntityManager em;

    /** By date, earliest first (id breaking ties). One query, no entities; meeting_*_idx serve filter and order. */
    public Page<MeetingRow> meetings(
            UUID councilId, Meeting.Status status, Instant from, Instant to, PageRequest paging) {
        return ListQuery.from(em, "Meeting")
                .eq("councilId", councilId)
                .eq("status", status)
                .atLeast("scheduledAt", from)
                .atMost("scheduledAt", to)
                .page(
                        "e.id, e.councilId, e.title, e.scheduledAt, e.place, e.status, e.createdAt, e.version, e.kind, e.cancelReason, e.heldAt, e.capacity, e.seriesId, e.durationMinutes",
                        "e.scheduledAt, e.id",
                        paging,
                        r -> new MeetingRow(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                (Instant) r[3],
                                (String) r[4],
                                (Meeting.Status) r[5],
                                (Instant) r[6],
                                ((Number) r[7]).longValue(),
                                (Meeting.Kind) r[8],
                                (String) r[9],
                                (Instant) r[10],
                                (Integer) r[11],
                                (UUID) r[12],
                                (Integer) r[13]));
    }

    /** One meeting (its minutes too). */
    public Meeting meeting(UUID id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new DomainException.NotFound("meeting", id);
        }
        return meeting;
    }

    /** One meeting series. */
    public MeetingSeries series(UUID id) {
        MeetingSeries series = em.find(MeetingSeries.class, id);
        if (series == null) {
            throw new DomainException.NotFound("meeting-series", id);
        }
        return series;
    }

    /** A series' meetings, earliest first; meeting_series_idx serves filter and order. */
    public List<Meeting> ofSeries(UUID seriesId) {
        return em.createQuery(
                        "select m from Meeting m where m.seriesId = :series order by m.scheduledAt, m.id",
                        Meeting.class)
                .setParameter("series", seriesId)
                .getResultList();
    }

    /** Every meeting of a council, earliest first (for its calendar feed). */
    public List<Meeting> ofCouncil(UUID councilId) {
        return em.createQuery(
                        "select m from Meeting m where m.councilId = :council order by m.scheduledAt, m.id",
                        Meeting.class)
                .setParameter("council", councilId)
                .getResultList();
    }

    /**
     * A meeting's registrations in order of registration; meeting_registration_list_idx serves filter
     * and order. Only an empty page asks whether the meeting exists (404 when it does not).
     */
    public Page<RegistrationRow> registrations(UUID meetingId, Registration.Status status, PageRequest paging) {
        Page<RegistrationRow> page = ListQuery.from(em, "Registration")
                .eq("meetingId", meetingId)
                .eq("status", status)
                .page(
                        "e.id, e.meetingId, e.name, e.organisation, e.status, e.createdAt, e.version",
                        "e.createdAt, e.id",
                        paging,
                        r -> new RegistrationRow(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                (String) r[3],
                                (Registration.Status) r[4],
                                (Instant) r[5],
                                ((Number) r[6]).longValue()));
        if (page.items().isEmpty()) {
            meeting(meetingId);
        }
        return page;
    }

    /** Agenda items, oldest first (id breaking ties). One query, no entities; agenda_item_*_idx serve filter and order. */
    public Page<AgendaItemRow> agendaItems(
            AgendaItem.Source source, UUID roundId, UUID meetingId, AgendaItem.Status status, PageRequest paging) {
        return ListQuery.from(em, "AgendaItem")
                .eq("source", source)
                .eq("roundId", roundId)
                .eq("meetingId", meetingId)
                .eq("status", status)
                .page(
                        "e.id, e.meetingId, e.title, e.summary, e.source, e.roundId, e.status, e.sourceEventId, e.createdAt, e.version, e.position",
                        "e.createdAt, e.id",
                        paging,
                        r -> new AgendaItemRow(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                (String) r[3],
                                (AgendaItem.Source) r[4],
                                (UUID) r[5],
                                (AgendaItem.Status) r[6],
                                (String) r[7],
                                (Instant) r[8],
                                ((Number) r[9]).longValue(),
                                (Integer) r[10]));
    }
}
