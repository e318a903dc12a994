package kr.seoul.chatdong.monitoring.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

/** A consulting assignment in a list: the columns its view shows. */
public record AssignmentListItem(
        UUID id,
        UUID roundId,
        String dongCode,
        String districtCode,
        Field field,
        int score,
        ConsultingStatus status,
        UUID consultantId,
        LocalDate visitOn,
        String endedReason,
        String sourceEventId,
        Instant createdAt,
        long version) {}
