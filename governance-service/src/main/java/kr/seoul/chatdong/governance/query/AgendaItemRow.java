package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.AgendaItem;

/** An agenda item in a list: the columns its view shows. */
public record AgendaItemRow(
        UUID id,
        UUID meetingId,
        String title,
        String summary,
        AgendaItem.Source source,
        UUID roundId,
        AgendaItem.Status status,
        String sourceEventId,
        Instant createdAt,
        long version,
        Integer position) {}
