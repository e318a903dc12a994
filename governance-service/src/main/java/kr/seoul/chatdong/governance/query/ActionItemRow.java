package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.ActionItem;

/** An action item in a list. */
public record ActionItemRow(
        UUID id,
        UUID councilId,
        UUID decisionId,
        String title,
        String owner,
        UUID ownerMemberId,
        LocalDate dueOn,
        ActionItem.Status status,
        int progress,
        String dropReason,
        LocalDate overdueSince,
        Instant createdAt,
        long version) {}
