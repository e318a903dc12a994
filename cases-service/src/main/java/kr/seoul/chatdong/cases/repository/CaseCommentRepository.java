package kr.seoul.chatdong.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.CaseComment;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

@ApplicationScoped
public class CaseCommentRepository implements PanacheRepositoryBase<CaseComment, UUID> {

    /** Oldest first (a conversation); case_comment_case_idx serves filter and order. */
    public Page<CaseComment> list(UUID caseId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "CaseComment").eq("caseId", caseId)
                .page("e", "e.createdAt, e.id", paging, r -> (CaseComment) r[0]);
    }
}
