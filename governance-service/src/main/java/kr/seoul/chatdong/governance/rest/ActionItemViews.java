package kr.seoul.chatdong.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.governance.domain.ActionItem;
import kr.seoul.chatdong.governance.query.ActionItemRow;
import kr.seoul.chatdong.governance.service.GovernanceCommands;

/** Request and response bodies of action items. */
public final class ActionItemViews {

    private ActionItemViews() {}

    @Schema(name = "NewActionItem", description = "An action item added directly (not from a decision)")
    public record NewActionItem(
            @NotNull @Schema(required = true) UUID councilId,

            @NotBlank @Size(max = 300) @Schema(required = true, examples = "자치구 협의체 운영 현황 조사")
            String title,

            @NotBlank
            @Size(max = 200)
            @Schema(required = true, description = "who is responsible (a body or a role)", examples = "서울시 복지정책과")
            String owner,

            @Schema(description = "a member of the council, when one owns it")
            UUID ownerMemberId,

            @NotNull @Schema(required = true, examples = "2016-05-31")
            LocalDate dueOn) {

        public GovernanceCommands.AddActionItem toCommand() {
            return new GovernanceCommands.AddActionItem(councilId, title.strip(), owner.strip(), ownerMemberId, dueOn);
        }
    }

    @Schema(name = "ActionItemProgress")
    public record ProgressInput(
            @NotNull @Min(0) @Max(100) @Schema(required = true, examples = "40")
            Integer progress) {}

    @Schema(name = "ActionItemDrop")
    public record DropInput(
            @NotBlank @Size(max = 1000) @Schema(required = true, examples = "사업 계획 변경으로 불필요")
            String reason) {}

    @Schema(name = "ActionItem", description = "후속조치: an action item with its owner, due date, status and progress")
    public record ActionItemView(
            UUID id,
            UUID councilId,

            @Schema(nullable = true, description = "the decision that set it")
            UUID decisionId,

            @Schema(examples = "자치구 협의체 운영 현황 조사") String title,
            @Schema(examples = "서울시 복지정책과") String owner,
            @Schema(nullable = true) UUID ownerMemberId,
            @Schema(examples = "2016-05-31") LocalDate dueOn,
            @Schema(examples = "IN_PROGRESS") ActionItem.Status status,
            @Schema(examples = "40") int progress,
            @Schema(nullable = true) String dropReason,

            @Schema(description = "still open after its due date (today in Seoul)", examples = "false")
            boolean overdue,

            @Schema(nullable = true, description = "the day the overdue job found it overdue", examples = "2016-06-01")
            LocalDate overdueSince,

            @Schema(examples = "[\"progress\", \"complete\", \"drop\"]")
            List<String> allowedSteps,

            Instant createdAt,
            long version) {

        public static ActionItemView of(ActionItem a) {
            return new ActionItemView(
                    a.id(),
                    a.councilId(),
                    a.decisionId(),
                    a.title(),
                    a.owner(),
                    a.ownerMemberId(),
                    a.dueOn(),
                    a.status(),
                    a.progress(),
                    a.dropReason(),
                    a.isOverdue(LocalDate.now(kr.seoul.chatdong.commons.time.Clocks.SEOUL)),
                    a.overdueSince(),
                    a.allowedSteps().stream().map(Enum::name).toList(),
                    a.createdAt(),
                    a.version());
        }

        public static ActionItemView of(ActionItemRow a) {
            boolean open = a.status() == ActionItem.Status.OPEN || a.status() == ActionItem.Status.IN_PROGRESS;
            List<String> steps = switch (a.status()) {
                case OPEN -> List.of("start", "progress", "complete", "drop");
                case IN_PROGRESS -> List.of("progress", "complete", "drop");
                default -> List.of();
            };
            return new ActionItemView(
                    a.id(),
                    a.councilId(),
                    a.decisionId(),
                    a.title(),
                    a.owner(),
                    a.ownerMemberId(),
                    a.dueOn(),
                    a.status(),
                    a.progress(),
                    a.dropReason(),
                    open && a.dueOn().isBefore(LocalDate.now(kr.seoul.chatdong.commons.time.Clocks.SEOUL)),
                    a.overdueSince(),
                    steps,
                    a.createdAt(),
                    a.version());
        }
    }
}
