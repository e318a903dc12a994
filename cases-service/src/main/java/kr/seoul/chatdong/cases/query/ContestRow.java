package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.cases.domain.Contest;

/** A contest in a list (no criteria). */
public record ContestRow(
        UUID id,
        String name,
        LocalDate eligibleFrom,
        LocalDate eligibleTo,
        Contest.Status status,
        Instant resultsPublishedAt,
        Instant createdAt,
        long version) {}
