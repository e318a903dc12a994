package kr.seoul.chatdong.training.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.Seats;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    /** The cohort, locked until the transaction ends: enrolments count its seats one at a time. */
    public Cohort locked(UUID id) {
        return getEntityManager().find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Seats seats(UUID cohortId) {
        return seatsOf(List.of(cohortId)).getOrDefault(cohortId, Seats.NONE);
    }

    /** Seats of these cohorts: their counters (cohort_seats, kept by the database as enrolments change; V16). */
    public Map<UUID, Seats> seatsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Seats> seats = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                SELECT cohort_id, enrolled, waitlisted FROM cohort_seats WHERE cohort_id IN (:ids)""")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            seats.put((UUID) r[0], new Seats(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return seats;
    }

    /**
     * The cohorts not yet ended (PLANNED, OPEN, CLOSED) that name this instructor and lie wholly outside
     * {@code from..until} (until null: open-ended), in date order.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> runningOutside(UUID instructorId, java.time.LocalDate from, java.time.LocalDate until) {
        return getEntityManager()
                .createNativeQuery("""
                SELECT c.id FROM cohort c JOIN cohort_instructor ci ON ci.cohort_id = c.id
                WHERE ci.instructor_id = ?1 AND c.status IN ('PLANNED', 'OPEN', 'CLOSED')
                  AND (c.ends_on < ?2 OR c.starts_on > ?3)
                ORDER BY c.starts_on, c.id""")
                .setParameter(1, instructorId)
                .setParameter(2, from)
                .setParameter(3, until == null ? java.time.LocalDate.of(9999, 12, 31) : until)
                .getResultList();
    }
}
