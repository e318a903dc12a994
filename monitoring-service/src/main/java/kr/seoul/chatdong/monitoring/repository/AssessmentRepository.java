package kr.seoul.chatdong.monitoring.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, Assessment.Key> {

    public List<Assessment> ofRound(UUID roundId) {
        return list("key.roundId", roundId);
    }

    public long countOfRound(UUID roundId) {
        return count("key.roundId", roundId);
    }

    /** In dong then field order. */
    public Page<Assessment> list(UUID roundId, String dongCode, Field field, PageRequest paging) {
        Filter filter = Filter.where().eq("key.roundId", roundId).eq("key.dongCode", dongCode).eq("key.field", field);
        var query = find(filter.query(), Sort.ascending("key.dongCode").and("key.field"), filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
