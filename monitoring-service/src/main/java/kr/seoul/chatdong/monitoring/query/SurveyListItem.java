package kr.seoul.chatdong.monitoring.query;

import java.time.Instant;
import java.util.UUID;

import kr.seoul.chatdong.monitoring.domain.Population;

/** A survey in a list: its columns and the number of its questions, without reading them. */
public record SurveyListItem(
        UUID id, String code, String title, Population population, int questionCount, Instant createdAt) {}
