package kr.seoul.chatdong.training.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.Enrolment;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** An enrolment in a list: position is its place on the waiting list (1 = next), null when not waiting. */
    public record EnrolmentRow(UUID id, UUID cohortId, UUID traineeId, EnrolmentStatus status, Long position, Instant createdAt,
            Instant cancelledAt, Boolean completed, java.math.BigDecimal attendedShare, String certificateNo, long version) {
    }

    /** In queue order (enrolment_list_idx / enrolment_status_idx). */
    public Page<EnrolmentRow> list(UUID cohortId, EnrolmentStatus status, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "Enrolment").eq("cohortId", cohortId).eq("status", status)
                .page("e.id, e.cohortId, e.traineeId, e.status, e.createdAt, e.cancelledAt, e.version, e.completed, e.attendedShare, e.certificateNo, "
                        + "case when e.status = kr.seoul.chatdong.training.domain.EnrolmentStatus.WAITLISTED then (select count(*) from Enrolment w where w.cohortId = e.cohortId "
                        + "and w.status = kr.seoul.chatdong.training.domain.EnrolmentStatus.WAITLISTED and w.queueNo <= e.queueNo) end",
                        "e.queueNo, e.id", paging,
                        r -> new EnrolmentRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (EnrolmentStatus) r[3],
                                r[10] == null ? null : ((Number) r[10]).longValue(), (Instant) r[4], (Instant) r[5], (Boolean) r[7],
                                (java.math.BigDecimal) r[8], (String) r[9], ((Number) r[6]).longValue()));
    }

    /** Its place on the waiting list (1 = next), or null when it is not waiting. */
    public Long position(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITLISTED) {
            return null;
        }
        return count("cohortId = ?1 and status = ?2 and queueNo <= ?3", enrolment.cohortId(), EnrolmentStatus.WAITLISTED, enrolment.queueNo());
    }

    public long enrolled(UUID cohortId) {
        return count("cohortId = ?1 and status = ?2", cohortId, EnrolmentStatus.ENROLLED);
    }

    /** The next queue number of a cohort (1 for the first enrolment). */
    public long nextQueueNo(UUID cohortId) {
        Long max = getEntityManager().createQuery("select max(e.queueNo) from Enrolment e where e.cohortId = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public boolean active(UUID cohortId, UUID traineeId) {
        return count("cohortId = ?1 and traineeId = ?2 and status <> ?3", cohortId, traineeId, EnrolmentStatus.CANCELLED) > 0;
    }

    /** The head of the waiting list. */
    public java.util.Optional<Enrolment> firstWaiting(UUID cohortId) {
        return find("cohortId = ?1 and status = ?2 order by queueNo", cohortId, EnrolmentStatus.WAITLISTED).firstResultOptional();
    }
}
