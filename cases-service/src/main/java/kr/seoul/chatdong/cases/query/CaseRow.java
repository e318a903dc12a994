package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.language.Field;

/** A best-practice case in a list: the columns its view shows (no body). */
public record CaseRow(
        UUID id,
        String title,
        String summary,
        String districtCode,
        String dongCode,
        Field field,
        List<Field> fields,
        List<String> tags,
        CaseStatus status,
        CaseSource source,
        UUID roundId,
        Integer score,
        String sourceEventId,
        String withdrawnReason,
        UUID assigneeId,
        Instant createdAt,
        Instant publishedAt,
        long version) {}
