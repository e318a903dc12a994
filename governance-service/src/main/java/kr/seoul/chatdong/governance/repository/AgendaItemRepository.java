package kr.seoul.chatdong.governance.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.AgendaItem;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    public List<AgendaItem> pending() {
        return list("status", Sort.ascending("createdAt").and("id"), AgendaItem.Status.PENDING);
    }

    /** Oldest first. */
    public Page<AgendaItem> list(AgendaItem.Source source, UUID roundId, UUID meetingId, AgendaItem.Status status, PageRequest paging) {
        Filter filter = Filter.where().eq("source", source).eq("roundId", roundId).eq("meetingId", meetingId).eq("status", status);
        var query = find(filter.query(), Sort.ascending("createdAt").and("id"), filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
