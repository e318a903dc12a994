package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.Question;

/** A solution-desk question in a list (no answers). */
public record QuestionRow(
        UUID id,
        String districtCode,
        String dongCode,
        String topic,
        String text,
        Question.Status status,
        String askedBy,
        Instant createdAt,
        Instant answeredAt,
        Instant publishedAt,
        long version) {}
