package kr.seoul.chatdong.governance.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

    /** By name (Korean collation of the database), id breaking ties. */
    public Page<Council> list(CouncilKind kind, String districtCode, PageRequest paging) {
        Filter filter = Filter.where().eq("kind", kind).eq("districtCode", districtCode);
        var query = find(filter.query(), Sort.ascending("name").and("id"), filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
