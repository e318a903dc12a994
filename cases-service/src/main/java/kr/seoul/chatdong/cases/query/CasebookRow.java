package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.util.UUID;

/** A casebook in a list (no HTML or PDF). */
public record CasebookRow(UUID id, int year, int edition, int caseCount, Instant createdAt, long version) {}
