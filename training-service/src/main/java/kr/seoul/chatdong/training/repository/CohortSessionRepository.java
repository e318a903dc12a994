package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.CohortSession;

@ApplicationScoped
public class CohortSessionRepository implements PanacheRepositoryBase<CohortSession, UUID> {

    /** A cohort's sessions in time order (cohort_session_list_idx). */
    public Page<CohortSession> list(UUID cohortId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "CohortSession").eq("cohortId", cohortId)
                .page("e", "e.startsAt, e.id", paging, r -> (CohortSession) r[0]);
    }
}
