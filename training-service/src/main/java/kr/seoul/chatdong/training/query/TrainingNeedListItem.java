package kr.seoul.chatdong.training.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.TrainingNeed;

/**
 * A training need in a list: the columns its view shows, and the ids of its courses (sorted). A need from
 * monitoring has a round, dong, field and score; one from a demand survey a topic, respondents and surveys.
 */
public record TrainingNeedListItem(
        UUID id,
        TrainingNeed.Source source,
        UUID roundId,
        String dongCode,
        String districtCode,
        Field field,
        Integer score,
        String topic,
        Integer respondents,
        Integer surveys,
        TrainingNeed.Status status,
        List<UUID> courseIds,
        String withdrawnReason,
        String sourceEventId,
        Instant createdAt,
        long version) {}
