package kr.seoul.chatdong.governance.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.governance.domain.AgendaItem;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    /** The position after the last item on the meeting's agenda. */
    public int nextPosition(UUID meetingId) {
        Number max = (Number) getEntityManager()
                .createQuery("select max(a.position) from AgendaItem a where a.meetingId = :m")
                .setParameter("m", meetingId)
                .getSingleResult();
        return max == null ? 1 : max.intValue() + 1;
    }

    /** A meeting's agenda in its order. */
    public List<AgendaItem> onMeeting(UUID meetingId) {
        return list(
                "meetingId = ?1", Sort.ascending("position").and("createdAt").and("id"), meetingId);
    }

    public List<AgendaItem> pending() {
        return list("status", Sort.ascending("createdAt").and("id"), AgendaItem.Status.PENDING);
    }
}
