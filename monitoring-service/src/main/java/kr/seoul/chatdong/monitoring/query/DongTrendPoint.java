package kr.seoul.chatdong.monitoring.query;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;

/** One round a dong was monitored in, with its scores and their change from the round before. */
public record DongTrendPoint(
        UUID roundId,
        String name,
        LocalDate startsOn,
        RoundStatus status,
        Map<Field, Integer> scores,
        Double mean,
        Map<Field, Integer> change,
        Double meanChange) {}
