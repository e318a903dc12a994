package kr.seoul.chatdong.training.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortStatus;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    /** A cohort in a list, with its seats taken and its waiting list's length. */
    public record CohortRow(UUID id, UUID courseId, int number, LocalDate startsOn, LocalDate endsOn, String venue, int capacity,
            List<UUID> instructorIds, CohortStatus status, String cancelReason, Seats seats, Instant createdAt, long version) {
    }

    /** ENROLLED and WAITLISTED enrolments of a cohort. */
    public record Seats(long enrolled, long waitlisted) {
        public static final Seats NONE = new Seats(0, 0);
    }

    /** The cohort, locked until the transaction ends: enrolments count its seats one at a time. */
    public Cohort locked(UUID id) {
        return getEntityManager().find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first (starts_on desc), then by number; cohort_*_list_idx of V5 serve filter and order. */
    public Page<CohortRow> list(UUID courseId, CohortStatus status, PageRequest paging) {
        Page<Object[]> page = ListQuery.from(getEntityManager(), "Cohort").eq("courseId", courseId).eq("status", status)
                .page("e.id, e.courseId, e.number, e.startsOn, e.endsOn, e.venue, e.capacity, e.status, e.cancelReason, e.createdAt, e.version",
                        "e.startsOn desc, e.number, e.id", paging, r -> r);
        List<UUID> ids = page.items().stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, List<UUID>> instructors = instructorsOf(ids);
        Map<UUID, Seats> seats = seatsOf(ids);
        return page.map(r -> new CohortRow((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), (LocalDate) r[3], (LocalDate) r[4],
                (String) r[5], ((Number) r[6]).intValue(), instructors.getOrDefault((UUID) r[0], List.of()), (CohortStatus) r[7],
                (String) r[8], seats.getOrDefault((UUID) r[0], Seats.NONE), (Instant) r[9], ((Number) r[10]).longValue()));
    }

    public Seats seats(UUID cohortId) {
        return seatsOf(List.of(cohortId)).getOrDefault(cohortId, Seats.NONE);
    }

    /** Seats of these cohorts in one grouped query (enrolment_status_idx). */
    public Map<UUID, Seats> seatsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Seats> seats = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT cohort_id, count(*) FILTER (WHERE status = 'ENROLLED'), count(*) FILTER (WHERE status = 'WAITLISTED')
                FROM enrolment WHERE cohort_id IN (:ids) AND status <> 'CANCELLED' GROUP BY cohort_id""")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            seats.put((UUID) r[0], new Seats(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return seats;
    }

    private Map<UUID, List<UUID>> instructorsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> instructors = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT cohort_id, instructor_id FROM cohort_instructor WHERE cohort_id IN (:ids) ORDER BY cohort_id, instructor_id")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            instructors.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add((UUID) r[1]);
        }
        return instructors;
    }
}
