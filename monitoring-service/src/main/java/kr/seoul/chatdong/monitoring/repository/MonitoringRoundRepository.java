package kr.seoul.chatdong.monitoring.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;

@ApplicationScoped
public class MonitoringRoundRepository implements PanacheRepositoryBase<MonitoringRound, UUID> {

    /** A round in a list: its columns and the number of dongs in scope, without loading the dong set. */
    public record RoundRow(UUID id, String name, LocalDate startsOn, LocalDate endsOn, RoundStatus status, int dongCount) {
    }

    /**
     * Newest rounds first; the id breaks ties so pages never overlap. One native query, no entities:
     * the dong count is the column dong_count the database keeps from round_dong (V4), the total an
     * uncorrelated scalar subquery; monitoring_round_list_idx / monitoring_round_status_idx serve the
     * order.
     */
    public Page<RoundRow> list(RoundStatus status, PageRequest paging) {
        String where = status == null ? "" : " WHERE status = :status";
        var query = getEntityManager().createNativeQuery("SELECT id, name, starts_on, ends_on, status, dong_count,"
                + " (SELECT count(*) FROM monitoring_round" + where + ") AS total FROM monitoring_round" + where
                + " ORDER BY starts_on DESC, id LIMIT :limit OFFSET :offset")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("name", String.class).addScalar("starts_on", LocalDate.class)
                .addScalar("ends_on", LocalDate.class).addScalar("status", String.class).addScalar("dong_count", Integer.class)
                .addScalar("total", Long.class);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        query.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            long total = paging.offset() == 0 ? 0 : status == null ? count() : count("status", status);
            return Page.of(List.of(), paging, total);
        }
        List<RoundRow> items = rows.stream().map(r -> new RoundRow((UUID) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3],
                RoundStatus.valueOf((String) r[4]), (Integer) r[5])).toList();
        return Page.of(items, paging, (Long) rows.get(0)[6]);
    }
}
