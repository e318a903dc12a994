package kr.seoul.chatdong.governance.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.governance.domain.ActionItem;

/** The read side of action items. */
@ApplicationScoped
public class ActionItemQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** By due date, earliest first; overdue=true: still open and past due today (in Seoul). */
    public Page<ActionItemRow> actionItems(
            UUID councilId, ActionItem.Status status, boolean overdue, UUID decisionId, PageRequest paging) {
        ListQuery q = ListQuery.from(em, "ActionItem")
                .eq("councilId", councilId)
                .eq("status", status)
                .eq("decisionId", decisionId);
        if (overdue) {
            q.where("%1$s.status in (:%2$s)", List.of(ActionItem.Status.OPEN, ActionItem.Status.IN_PROGRESS))
                    .where("%1$s.dueOn < :%2$s", LocalDate.now(clock.withZone(Clocks.SEOUL)));
        }
        return q.page(
                "e.id, e.councilId, e.decisionId, e.title, e.owner, e.ownerMemberId, e.dueOn, e.status, e.progress, e.dropReason, "
                        + "e.overdueSince, e.createdAt, e.version",
                "e.dueOn, e.id",
                paging,
                r -> new ActionItemRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (String) r[4],
                        (UUID) r[5],
                        (LocalDate) r[6],
                        (ActionItem.Status) r[7],
                        ((Number) r[8]).intValue(),
                        (String) r[9],
                        (LocalDate) r[10],
                        (Instant) r[11],
                        ((Number) r[12]).longValue()));
    }

    /** One action item (its view derives the allowed steps and overdue from the aggregate). */
    public ActionItem actionItem(UUID id) {
        ActionItem item = em.find(ActionItem.class, id);
        if (item == null) {
            throw new DomainException.NotFound("action item", id);
        }
        return item;
    }
}
