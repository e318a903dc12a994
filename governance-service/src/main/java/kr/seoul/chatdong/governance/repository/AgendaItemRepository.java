package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.AgendaItem;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    /** The position after the last item on the meeting's agenda. */
    public int nextPosition(UUID meetingId) {
        Number max = (Number) getEntityManager().createQuery("select max(a.position) from AgendaItem a where a.meetingId = :m")
                .setParameter("m", meetingId).getSingleResult();
        return max == null ? 1 : max.intValue() + 1;
    }

    /** A meeting's agenda in its order. */
    public List<AgendaItem> onMeeting(UUID meetingId) {
        return list("meetingId = ?1", Sort.ascending("position").and("createdAt").and("id"), meetingId);
    }

    public List<AgendaItem> pending() {
        return list("status", Sort.ascending("createdAt").and("id"), AgendaItem.Status.PENDING);
    }

    /** An agenda item in a list: the columns its view shows. */
    public record AgendaItemRow(UUID id, UUID meetingId, String title, String summary, AgendaItem.Source source, UUID roundId,
            AgendaItem.Status status, String sourceEventId, Instant createdAt, long version, Integer position) {
    }

    /** Oldest first (id breaking ties). One query, no entities; agenda_item_*_idx serve filter and order. */
    public Page<AgendaItemRow> list(AgendaItem.Source source, UUID roundId, UUID meetingId, AgendaItem.Status status, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "AgendaItem").eq("source", source).eq("roundId", roundId).eq("meetingId", meetingId)
                .eq("status", status)
                .page("e.id, e.meetingId, e.title, e.summary, e.source, e.roundId, e.status, e.sourceEventId, e.createdAt, e.version, e.position",
                        "e.createdAt, e.id", paging,
                        r -> new AgendaItemRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (AgendaItem.Source) r[4], (UUID) r[5],
                                (AgendaItem.Status) r[6], (String) r[7], (Instant) r[8], ((Number) r[9]).longValue(), (Integer) r[10]));
    }
}
