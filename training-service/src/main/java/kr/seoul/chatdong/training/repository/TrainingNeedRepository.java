package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.TrainingNeed;

@ApplicationScoped
public class TrainingNeedRepository implements PanacheRepositoryBase<TrainingNeed, UUID> {

    /** Newest first, then by dong and field. */
    public Page<TrainingNeed> list(UUID roundId, String districtCode, String dongCode, Field field, PageRequest paging) {
        Filter filter = Filter.where().eq("finding.roundId", roundId).eq("finding.districtCode", districtCode)
                .eq("finding.dongCode", dongCode).eq("finding.field", field);
        var query = find(filter.query(), Sort.descending("createdAt").and("finding.dongCode").and("finding.field").and("id"),
                filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
