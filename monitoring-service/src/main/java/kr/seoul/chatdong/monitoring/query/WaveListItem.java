package kr.seoul.chatdong.monitoring.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.monitoring.domain.WaveKind;

/** A wave of a survey in a list: the columns its view shows. */
public record WaveListItem(
        UUID id,
        UUID surveyId,
        String code,
        WaveKind kind,
        LocalDate fieldedFrom,
        LocalDate fieldedTo,
        int responseCount,
        boolean aggregates,
        Instant createdAt,
        long version) {}
