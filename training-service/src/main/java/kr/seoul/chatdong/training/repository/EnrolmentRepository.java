package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** Its place on the waiting list (1 = next), or null when it is not waiting. */
    public Long position(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITLISTED) {
            return null;
        }
        return count(
                "cohortId = ?1 and status = ?2 and queueNo <= ?3",
                enrolment.cohortId(),
                EnrolmentStatus.WAITLISTED,
                enrolment.queueNo());
    }

    public long enrolled(UUID cohortId) {
        return count("cohortId = ?1 and status = ?2", cohortId, EnrolmentStatus.ENROLLED);
    }

    /** The next queue number of a cohort (1 for the first enrolment). */
    public long nextQueueNo(UUID cohortId) {
        Long max = getEntityManager()
                .createQuery("select max(e.queueNo) from Enrolment e where e.cohortId = :c", Long.class)
                .setParameter("c", cohortId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public boolean active(UUID cohortId, UUID traineeId) {
        return count(
                        "cohortId = ?1 and traineeId = ?2 and status <> ?3",
                        cohortId,
                        traineeId,
                        EnrolmentStatus.CANCELLED)
                > 0;
    }

    /** The head of the waiting list. */
    public java.util.Optional<Enrolment> firstWaiting(UUID cohortId) {
        return find("cohortId = ?1 and status = ?2 order by queueNo", cohortId, EnrolmentStatus.WAITLISTED)
                .firstResultOptional();
    }
}
