package kr.seoul.chatdong.training.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.Instructor;
import kr.seoul.chatdong.training.domain.Seats;
import kr.seoul.chatdong.training.repository.CohortRepository;

/**
 * The list of cohorts: one statement per page with its total, one for the page's instructors and
 * one for its seats (the same grouped count the enrolment use cases read).
 */
@ApplicationScoped
public class CohortQueries {

    @Inject
    EntityManager em;

    @Inject
    CohortRepository cohorts;

    /** A cohort's sessions in time order (cohort_session_list_idx); 404 for an unknown cohort. */
    @Transactional
    public Page<CohortSession> sessions(UUID cohortId, PageRequest paging) {
        if (em.find(Cohort.class, cohortId) == null) {
            throw new DomainException.NotFound("cohort", cohortId);
        }
        return ListQuery.from(em, "CohortSession").eq("cohortId", cohortId).page("e", "e.startsAt, e.id", paging, r ->
                (CohortSession) r[0]);
    }

    /** Newest first (starts_on desc), then by number; cohort_*_list_idx of V5 serve filter and order. */
    public Page<CohortListItem> list(UUID courseId, CohortStatus status, PageRequest paging) {
        Page<Object[]> page = ListQuery.from(em, "Cohort")
                .eq("courseId", courseId)
                .eq("status", status)
                .page(
                        "e.id, e.courseId, e.number, e.startsOn, e.endsOn, e.venue, e.capacity, e.status, e.cancelReason, e.createdAt, e.version",
                        "e.startsOn desc, e.number, e.id",
                        paging,
                        r -> r);
        List<UUID> ids = page.items().stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, List<Instructor.Named>> instructors = instructorsOf(ids);
        Map<UUID, Seats> seats = cohorts.seatsOf(ids);
        return page.map(r -> new CohortListItem(
                (UUID) r[0],
                (UUID) r[1],
                ((Number) r[2]).intValue(),
                (LocalDate) r[3],
                (LocalDate) r[4],
                (String) r[5],
                ((Number) r[6]).intValue(),
                instructors.getOrDefault((UUID) r[0], List.of()),
                (CohortStatus) r[7],
                (String) r[8],
                seats.getOrDefault((UUID) r[0], Seats.NONE),
                (Instant) r[9],
                ((Number) r[10]).longValue()));
    }

    /** The page's instructors with their registry names (none for an id planned before the registry). */
    private Map<UUID, List<Instructor.Named>> instructorsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Instructor.Named>> instructors = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT ci.cohort_id, ci.instructor_id, i.name FROM cohort_instructor ci
                        LEFT JOIN instructor i ON i.id = ci.instructor_id
                        WHERE ci.cohort_id IN (:ids) ORDER BY ci.cohort_id, ci.instructor_id""").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            instructors
                    .computeIfAbsent((UUID) r[0], id -> new ArrayList<>())
                    .add(new Instructor.Named((UUID) r[1], (String) r[2]));
        }
        return instructors;
    }
}
