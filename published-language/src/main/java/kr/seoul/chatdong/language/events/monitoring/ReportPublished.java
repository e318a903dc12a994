package kr.seoul.chatdong.language.events.monitoring;

import java.time.Instant;

/**
 * {@code kr.seoul.chatdong.monitoring.report.published.v1}, owned by monitoring-service: a version of
 * a year's evaluation report (연간 평가보고서) was published; its JSON and PDF at {@code url} answer the
 * same bytes ever after. Governance puts it on the agenda of the council routed for EVALUATION (공유보고).
 *
 * @param url the path of the published version, e.g. {@code /api/v1/reports/2016?version=1}
 * @param title the report's Korean title, e.g. {@code 2016년 찾아가는 동주민센터 평가보고서 (제1판)}
 */
public record ReportPublished(int year, int version, String url, String title, Instant publishedAt) {}
