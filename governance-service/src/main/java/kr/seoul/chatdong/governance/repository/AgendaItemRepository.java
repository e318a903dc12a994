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

    /** Items of {@code source} waiting for a meeting, oldest first. */
    public List<AgendaItem> pending(AgendaItem.Source source) {
        return list(
                "status = ?1 AND source = ?2",
                Sort.ascending("createdAt").and("id"),
                AgendaItem.Status.PENDING,
                source);
    }

    public boolean hasReport(int year, int version) {
        return count(
                        "source = ?1 AND reportYear = ?2 AND reportVersion = ?3",
                        AgendaItem.Source.EVALUATION,
                        (short) year,
                        version)
                > 0;
    }
}
