package kr.seoul.chatdong.governance.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.CouncilStatus;

/** A council in a list: the columns its view shows. */
public record CouncilRow(
        UUID id,
        String name,
        CouncilKind kind,
        String districtCode,
        LocalDate establishedOn,
        String description,
        Instant createdAt,
        long version,
        UUID parentId,
        String mandate,
        LocalDate termFrom,
        LocalDate termTo,
        CouncilStatus status,
        String quorumRule) {}
