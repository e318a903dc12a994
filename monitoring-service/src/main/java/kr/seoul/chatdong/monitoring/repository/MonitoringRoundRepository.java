package kr.seoul.chatdong.monitoring.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;

@ApplicationScoped
public class MonitoringRoundRepository implements PanacheRepositoryBase<MonitoringRound, UUID> {

    /** Newest rounds first; the id breaks ties so pages never overlap. */
    public Page<MonitoringRound> list(RoundStatus status, PageRequest paging) {
        Sort order = Sort.descending("startsOn").and("id");
        Filter filter = Filter.where().eq("status", status);
        var query = find(filter.query(), order, filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
