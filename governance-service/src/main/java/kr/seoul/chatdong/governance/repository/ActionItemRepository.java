package kr.seoul.chatdong.governance.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.ActionItem;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, UUID> {

    /** Items still to be done, past due on {@code today} and not yet marked, locked and skipping those another job holds. */
    public List<ActionItem> newlyOverdue(LocalDate today, int limit) {
        return getEntityManager()
                .createQuery("""
                select a from ActionItem a where a.status in (:open) and a.dueOn < :today and a.overdueSince is null
                order by a.dueOn, a.id""", ActionItem.class)
                .setParameter("open", List.of(ActionItem.Status.OPEN, ActionItem.Status.IN_PROGRESS))
                .setParameter("today", today)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .setMaxResults(limit)
                .getResultList();
    }
}
