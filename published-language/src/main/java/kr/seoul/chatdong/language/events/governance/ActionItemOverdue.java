package kr.seoul.chatdong.language.events.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code kr.seoul.chatdong.governance.action-item.overdue.v1}, owned by governance-service: an action
 * item of a council (후속조치) was still open the day after its due date. Emitted once per item. No
 * title or owner travels (they may name people); readers ask governance for the item.
 *
 * @param councilKind the council's kind as governance names it (a string, like meeting.held)
 * @param districtCode the district of a district-scope council; null for a city-wide one
 * @param decisionId the decision that set the item; null for an item added directly
 * @param status OPEN or IN_PROGRESS
 * @param progress percent done when it went overdue
 */
public record ActionItemOverdue(
        UUID actionItemId,
        UUID councilId,
        String councilKind,
        String districtCode,
        UUID decisionId,
        LocalDate dueOn,
        LocalDate overdueOn,
        String status,
        int progress) {}
