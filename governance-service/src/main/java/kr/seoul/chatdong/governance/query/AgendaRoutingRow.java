package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.CouncilKind;

/** Where a source's agenda items go: the council, named as the API shows it. */
public record AgendaRoutingRow(
        AgendaRouting.Source source,
        UUID councilId,
        String councilName,
        CouncilKind councilKind,
        Instant updatedAt,
        long version) {}
