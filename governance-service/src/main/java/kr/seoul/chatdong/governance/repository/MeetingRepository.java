package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.commons.paging.Filter;
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

    /** By date, earliest first. */
    public Page<Meeting> list(UUID councilId, Meeting.Status status, Instant from, Instant to, PageRequest paging) {
        Filter filter = Filter.where().eq("councilId", councilId).eq("status", status).atLeast("scheduledAt", from).atMost("scheduledAt", to);
        var query = find(filter.query(), Sort.ascending("scheduledAt").and("id"), filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
