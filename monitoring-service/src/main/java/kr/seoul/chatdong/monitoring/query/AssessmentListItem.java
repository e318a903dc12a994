package kr.seoul.chatdong.monitoring.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/** An assessment in a list: the columns its view shows. */
public record AssessmentListItem(
        UUID roundId, String dongCode, Field field, int score, String findings, Instant assessedAt, long version) {}
