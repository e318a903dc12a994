package kr.seoul.chatdong.governance.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.governance.domain.ActionItem;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    /** Items still to be done, past due on {@code today} and not yet marked, locked and skipping those another job holds. */
    public List<ActionItem> newlyOverdue(LocalDate today, int limit) {
        return getEntityManager().createQuery("""
                select a from ActionItem a where a.status in (:open) and a.dueOn < :today and a.overdueSince is null
                order by a.dueOn, a.id""", ActionItem.class)
                .setParameter("open", List.of(ActionItem.Status.OPEN, ActionItem.Status.IN_PROGRESS)).setParameter("today", today)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(limit).getResultList();
    }

    /** An action item in a list. */
    public record ActionItemRow(UUID id, UUID councilId, UUID decisionId, String title, String owner, UUID ownerMemberId, LocalDate dueOn,
            ActionItem.Status status, int progress, String dropReason, LocalDate overdueSince, Instant createdAt, long version) {
    }

    /** By due date, earliest first; overdue=true: still open and past due on {@code today}. */
    public Page<ActionItemRow> list(UUID councilId, ActionItem.Status status, boolean overdue, LocalDate today, UUID decisionId,
            PageRequest paging) {
        ListQuery q = ListQuery.from(getEntityManager(), "ActionItem").eq("councilId", councilId).eq("status", status)
                .eq("decisionId", decisionId);
        if (overdue) {
            q.where("%1$s.status in (:%2$s)", List.of(ActionItem.Status.OPEN, ActionItem.Status.IN_PROGRESS)).where("%1$s.dueOn < :%2$s", today);
        }
        return q.page("e.id, e.councilId, e.decisionId, e.title, e.owner, e.ownerMemberId, e.dueOn, e.status, e.progress, e.dropReason, "
                + "e.overdueSince, e.createdAt, e.version", "e.dueOn, e.id", paging,
                r -> new ActionItemRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (UUID) r[5], (LocalDate) r[6],
                        (ActionItem.Status) r[7], ((Number) r[8]).intValue(), (String) r[9], (LocalDate) r[10], (Instant) r[11],
                        ((Number) r[12]).longValue()));
    }
}
