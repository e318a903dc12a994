package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.Meeting;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** The next scheduled meeting of any council of this kind after {@code now}. */
    public Optional<Meeting> nextOf(CouncilKind kind, Instant now) {
        return getEntityManager().createQuery("""
                select m from Meeting m, Council c
                where c.id = m.councilId and c.kind = :kind and m.status = :scheduled and m.scheduledAt > :now
                order by m.scheduledAt, m.id""", Meeting.class)
                .setParameter("kind", kind).setParameter("scheduled", Meeting.Status.SCHEDULED).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A meeting in a list: the columns its view shows. */
    public record MeetingRow(UUID id, UUID councilId, String title, Instant scheduledAt, String place, Meeting.Status status,
            Instant createdAt, long version, Meeting.Kind kind, String cancelReason, Instant heldAt, Integer capacity) {
    }

    /** By date, earliest first (id breaking ties). One query, no entities; meeting_*_idx serve filter and order. */
    public Page<MeetingRow> list(UUID councilId, Meeting.Status status, Instant from, Instant to, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Meeting").eq("councilId", councilId).eq("status", status)
                .atLeast("scheduledAt", from).atMost("scheduledAt", to)
                .page("e.id, e.councilId, e.title, e.scheduledAt, e.place, e.status, e.createdAt, e.version, e.kind, e.cancelReason, e.heldAt, e.capacity",
                        "e.scheduledAt, e.id", paging,
                        r -> new MeetingRow((UUID) r[0], (UUID) r[1], (String) r[2], (Instant) r[3], (String) r[4], (Meeting.Status) r[5],
                                (Instant) r[6], ((Number) r[7]).longValue(), (Meeting.Kind) r[8], (String) r[9], (Instant) r[10], (Integer) r[11]));
    }
}
