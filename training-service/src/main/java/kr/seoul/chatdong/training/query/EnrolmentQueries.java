package kr.seoul.chatdong.training.query;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.training.domain.Cohort;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;

/** The enrolments of a cohort as the API lists them: one statement per page with its total. */
@ApplicationScoped
public class EnrolmentQueries {

    @Inject
    EntityManager em;

    /** A cohort's enrolments in queue order (enrolment_list_idx / enrolment_status_idx); 404 for an unknown cohort. */
    public Page<EnrolmentListItem> list(UUID cohortId, EnrolmentStatus status, PageRequest paging) {
        if (em.find(Cohort.class, cohortId) == null) {
            throw new DomainException.NotFound("cohort", cohortId);
        }
        return ListQuery.from(em, "Enrolment")
                .eq("cohortId", cohortId)
                .eq("status", status)
                .page(
                        "e.id, e.cohortId, e.traineeId, e.status, e.createdAt, e.cancelledAt, e.version, e.completed, e.attendedShare, e.certificateNo, "
                                + "case when e.status = kr.seoul.chatdong.training.domain.EnrolmentStatus.WAITLISTED then (select count(*) from Enrolment w where w.cohortId = e.cohortId "
                                + "and w.status = kr.seoul.chatdong.training.domain.EnrolmentStatus.WAITLISTED and w.queueNo <= e.queueNo) end",
                        "e.queueNo, e.id",
                        paging,
                        r -> new EnrolmentListItem(
                                (UUID) r[0],
                                (UUID) r[1],
                                (UUID) r[2],
                                (EnrolmentStatus) r[3],
                                r[10] == null ? null : ((Number) r[10]).longValue(),
                                (Instant) r[4],
                                (Instant) r[5],
                                (Boolean) r[7],
                                (java.math.BigDecimal) r[8],
                                (String) r[9],
                                ((Number) r[6]).longValue()));
    }
}
