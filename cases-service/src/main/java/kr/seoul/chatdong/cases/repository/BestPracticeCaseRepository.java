package kr.seoul.chatdong.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;

@ApplicationScoped
public class BestPracticeCaseRepository implements PanacheRepositoryBase<BestPracticeCase, UUID> {

    /** Newest first, id breaking ties. */
    public Page<BestPracticeCase> list(CaseStatus status, UUID roundId, String districtCode, String dongCode, Field field, PageRequest paging) {
        Filter filter = Filter.where().eq("status", status).eq("roundId", roundId).eq("districtCode", districtCode).eq("dongCode", dongCode).eq("field", field);
        var query = find(filter.query(), Sort.descending("createdAt").and("id"), filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
