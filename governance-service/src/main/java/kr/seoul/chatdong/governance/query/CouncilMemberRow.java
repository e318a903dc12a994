package kr.seoul.chatdong.governance.query;

import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.governance.domain.Position;
import kr.seoul.chatdong.governance.domain.Sector;

/** A council member in a list. */
public record CouncilMemberRow(
        UUID id,
        UUID councilId,
        String name,
        String organisation,
        Sector sector,
        Position position,
        LocalDate termFrom,
        LocalDate termTo,
        long version) {}
