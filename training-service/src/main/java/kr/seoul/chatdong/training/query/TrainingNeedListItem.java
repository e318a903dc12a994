package kr.seoul.chatdong.training.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.TrainingNeed;

/** A training need in a list: the columns its view shows, and the ids of its courses (sorted). */
public record TrainingNeedListItem(
        UUID id,
        UUID roundId,
        String dongCode,
        String districtCode,
        Field field,
        int score,
        TrainingNeed.Status status,
        List<UUID> courseIds,
        String withdrawnReason,
        String sourceEventId,
        Instant createdAt,
        long version) {}
