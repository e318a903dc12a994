package kr.seoul.chatdong.monitoring.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

@ApplicationScoped
public class ConsultingAssignmentRepository implements PanacheRepositoryBase<ConsultingAssignment, UUID> {

    /** In dong, then field order within a round; newest rounds' first by creation. */
    public Page<ConsultingAssignment> list(UUID roundId, String districtCode, String dongCode, Field field,
            ConsultingStatus status, PageRequest paging) {
        Filter filter = Filter.where().eq("finding.roundId", roundId).eq("finding.districtCode", districtCode)
                .eq("finding.dongCode", dongCode).eq("finding.field", field).eq("status", status);
        var query = find(filter.query(), Sort.descending("createdAt").and("finding.dongCode").and("finding.field").and("id"),
                filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
