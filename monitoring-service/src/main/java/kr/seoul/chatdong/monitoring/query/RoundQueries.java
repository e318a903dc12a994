package kr.seoul.chatdong.monitoring.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;

/** The lists of rounds and of their assessments: one statement per page, with its total. */
@ApplicationScoped
public class RoundQueries {

    @Inject
    EntityManager em;

    /** One round, for the resources' by-id reads (its view, its ETag, the 404 of an unknown round). */
    public MonitoringRound get(UUID id) {
        MonitoringRound round = em.find(MonitoringRound.class, id);
        if (round == null) {
            throw new DomainException.NotFound("monitoring round", id);
        }
        return round;
    }

    /** How many (dong, field) pairs of the round are assessed: the progress a round's view shows. */
    public long assessedCount(UUID roundId) {
        return ListQuery.from(em, "Assessment").eq("key.roundId", roundId).count();
    }

    /**
     * Newest rounds first; the id breaks ties so pages never overlap. One native query, no entities:
     * the dong count is the column dong_count the database keeps from round_dong (V4), the total an
     * uncorrelated scalar subquery; monitoring_round_list_idx / monitoring_round_status_idx serve the
     * order.
     */
    public Page<RoundListItem> list(RoundStatus status, PageRequest paging) {
        String where = status == null ? "" : " WHERE status = :status";
        var query = em.createNativeQuery("SELECT id, name, starts_on, ends_on, status, dong_count,"
                        + " (SELECT count(*) FROM monitoring_round" + where + ") AS total FROM monitoring_round" + where
                        + " ORDER BY starts_on DESC, id LIMIT :limit OFFSET :offset")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("name", String.class)
                .addScalar("starts_on", LocalDate.class)
                .addScalar("ends_on", LocalDate.class)
                .addScalar("status", String.class)
                .addScalar("dong_count", Integer.class)
                .addScalar("total", Long.class);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        query.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            long total = paging.offset() == 0
                    ? 0
                    : ListQuery.from(em, "MonitoringRound").eq("status", status).count();
            return Page.of(List.of(), paging, total);
        }
        List<RoundListItem> items = rows.stream()
                .map(r -> new RoundListItem(
                        (UUID) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        (LocalDate) r[3],
                        RoundStatus.valueOf((String) r[4]),
                        (Integer) r[5]))
                .toList();
        return Page.of(items, paging, (Long) rows.get(0)[6]);
    }

    /** In dong then field order: the primary key (round_id, dong_code, field) serves filter and order. One query, no entities. */
    public Page<AssessmentListItem> assessments(UUID roundId, String dongCode, Field field, PageRequest paging) {
        return ListQuery.from(em, "Assessment")
                .eq("key.roundId", roundId)
                .eq("key.dongCode", dongCode)
                .eq("key.field", field)
                .page(
                        "e.key.roundId, e.key.dongCode, e.key.field, e.score, e.findings, e.assessedAt, e.version",
                        "e.key.dongCode, e.key.field",
                        paging,
                        r -> new AssessmentListItem(
                                (UUID) r[0],
                                (String) r[1],
                                (Field) r[2],
                                ((Number) r[3]).intValue(),
                                (String) r[4],
                                (java.time.Instant) r[5],
                                ((Number) r[6]).longValue()));
    }
}
