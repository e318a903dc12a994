package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.events.Outbox;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.governance.domain.ActionItem;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.repository.ActionItemRepository;
import kr.seoul.chatdong.governance.service.GovernanceCommands.AddActionItem;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.governance.ActionItemOverdue;

/** Use cases of action items: added directly or from decisions, worked through, overdue once past due. */
@ApplicationScoped
public class ActionItemService {

    @Inject
    ActionItemRepository items;

    @Inject
    CouncilService councils;

    @Inject
    DecisionService decisions;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public ActionItem add(AddActionItem request) {
        Council council = councils.get(request.councilId());
        caller.mayWriteDistrict(council.districtCode());
        decisions.requireMember(council, request.ownerMemberId());
        ActionItem item = ActionItem.open(
                council.id(),
                null,
                request.title(),
                request.owner(),
                request.ownerMemberId(),
                request.dueOn(),
                clock.instant());
        items.persist(item);
        items.flush();
        audit.created("action-item", item.id(), request);
        return item;
    }

    public ActionItem get(UUID id) {
        return items.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("action item", id));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.SEOUL));
    }

    /** Applies one workflow step (start, progress, complete, drop) with If-Match. */
    @Transactional
    public ActionItem step(UUID id, ExpectedVersion ifMatch, ActionItem.Step step, Integer progress, String reason) {
        ActionItem item = get(id);
        caller.mayWriteDistrict(councils.get(item.councilId()).districtCode());
        ifMatch.require(item.version(), "action item");
        switch (step) {
            case start -> item.start();
            case progress -> item.reportProgress(progress);
            case complete -> item.complete();
            case drop -> item.drop(reason);
        }
        items.flush();
        audit.record(
                "action-item",
                id,
                "UPDATE",
                step == ActionItem.Step.drop
                        ? List.of("status", "dropReason")
                        : step == ActionItem.Step.progress ? List.of("progress") : List.of("status"));
        return item;
    }

    /**
     * Marks the items past their due date on {@code today} overdue, each once, with
     * action-item.overdue in the same transaction. Items another run holds are skipped. Returns how
     * many were marked.
     */
    @Transactional
    public int markOverdue(LocalDate today) {
        int marked = 0;
        for (ActionItem item : items.newlyOverdue(today, 500)) {
            if (item.markOverdue(today)) {
                Council council = councils.get(item.councilId());
                outbox.record(
                        EventCatalog.ACTION_ITEM_OVERDUE,
                        item.id(),
                        new ActionItemOverdue(
                                item.id(),
                                council.id(),
                                council.kind().name(),
                                council.districtCode(),
                                item.decisionId(),
                                item.dueOn(),
                                today,
                                item.status().name(),
                                item.progress()));
                marked++;
            }
        }
        items.flush();
        return marked;
    }
}
