package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.training.domain.AttendanceStatus;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.CohortSession;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.repository.CohortRepository;
import kr.seoul.chatdong.training.repository.CohortSessionRepository;

/** Attendance of a session: set per enrolment, until the cohort completes. */
@ApplicationScoped
public class AttendanceService {

    @Inject
    CohortSessionRepository sessions;

    @Inject
    CohortRepository cohorts;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record Mark(UUID enrolmentId, AttendanceStatus status) {
    }

    /** Sets these marks (others of the session stay) and answers all the session's marks, by enrolment id. */
    @Transactional
    public List<Mark> record(UUID sessionId, List<Mark> marks) {
        CohortSession session = sessions.findByIdOptional(sessionId).orElseThrow(() -> new DomainException.NotFound("session", sessionId));
        Cohort cohort = cohorts.findById(session.cohortId());
        if (cohort.status() == CohortStatus.COMPLETED || cohort.status() == CohortStatus.CANCELLED) {
            throw new DomainException.StateConflict("Cohort " + cohort.number() + " is " + cohort.status() + "; its attendance can no longer change")
                    .with("currentState", cohort.status().name());
        }
        Set<UUID> seen = new HashSet<>();
        for (Mark mark : marks) {
            if (!seen.add(mark.enrolmentId())) {
                throw new DomainException.InvalidValue("enrolmentId", "names enrolment " + mark.enrolmentId() + " twice");
            }
        }
        List<UUID> ids = List.copyOf(seen);
        @SuppressWarnings("unchecked")
        List<UUID> seated = ids.isEmpty() ? List.of() : em.createNativeQuery(
                "SELECT id FROM enrolment WHERE cohort_id = :c AND status = 'ENROLLED' AND id IN (:ids)", UUID.class)
                .setParameter("c", cohort.id()).setParameter("ids", ids).getResultList();
        for (UUID id : ids) {
            if (!seated.contains(id)) {
                throw new DomainException.RuleViolation("Enrolment " + id + " is not an ENROLLED enrolment of this session's cohort")
                        .with("rule", "not-enrolled").with("enrolmentId", id);
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Mark mark : marks) {
            em.createNativeQuery("""
                    INSERT INTO attendance (session_id, enrolment_id, status, recorded_at) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (session_id, enrolment_id) DO UPDATE SET status = EXCLUDED.status, recorded_at = EXCLUDED.recorded_at""")
                    .setParameter(1, sessionId).setParameter(2, mark.enrolmentId()).setParameter(3, mark.status().name())
                    .setParameter(4, now).executeUpdate();
        }
        audit.record("session", sessionId, "ATTENDANCE", List.of("attendance[" + marks.size() + " items]"));
        return marks(sessionId);
    }

    @SuppressWarnings("unchecked")
    public List<Mark> marks(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("SELECT enrolment_id, status FROM attendance WHERE session_id = ?1 ORDER BY enrolment_id")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new Mark((UUID) r[0], AttendanceStatus.valueOf((String) r[1]))).toList();
    }
}
