package kr.seoul.chatdong.monitoring.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

/**
 * What is due in a district today: assessments missing in rounds in progress, consulting
 * assignments nobody has scheduled, visits past their day without a report, values of entered
 * indicators missing for their last closed period, follow-ups of field contacts open past their day. Lists are capped at {@link #LISTED}; the counts
 * are complete. Aggregate queries, no entities.
 */
@ApplicationScoped
public class DueQueries {

    public static final int LISTED = 100;
    static final List<ConsultingStatus> UNSCHEDULED = List.of(ConsultingStatus.OPEN, ConsultingStatus.ASSIGNED);
    /** SCHEDULED with the visit day past (the visit is not recorded), or VISITED (the report is missing). */
    static final List<ConsultingStatus> AWAITING_REPORT = List.of(ConsultingStatus.SCHEDULED, ConsultingStatus.VISITED);
    /** The programme's days are Seoul's. */
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    EntityManager em;

    @Inject
    SeoulGeography geography;

    @Inject
    IndicatorQueries indicators;

    @Inject
    LiaisonQueries liaison;

    @Inject
    Clock clock;

    public record Listed<T>(long count, List<T> items) {}

    public record Due(
            String districtCode,
            LocalDate asOf,
            List<MissingAssessments> roundsWithMissingAssessments,
            List<MissingPair> missingPairs,
            Listed<PendingAssignment> unscheduledAssignments,
            Listed<PendingAssignment> overdueVisits,
            Listed<IndicatorQueries.MissingValue> missingIndicatorValues,
            Listed<LiaisonQueries.FollowUpItem> overdueFollowUps) {}

    @Transactional
    public Due of(String districtCode) {
        geography.district(districtCode).orElseThrow(() -> new DomainException.NotFound("district", districtCode));
        List<String> dongs =
                geography.dongsOf(districtCode).stream().map(Dong::code).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), SEOUL);
        return new Due(
                districtCode,
                today,
                missingAssessments(dongs),
                missingPairs(dongs, LISTED),
                new Listed<>(
                        countAssignments(districtCode, UNSCHEDULED, today),
                        assignments(districtCode, UNSCHEDULED, today, LISTED)),
                new Listed<>(
                        countAssignments(districtCode, AWAITING_REPORT, today),
                        assignments(districtCode, AWAITING_REPORT, today, LISTED)),
                listed(indicators.missingIn(districtCode, today)),
                new Listed<>(liaison.countOverdue(districtCode, today), liaison.overdue(districtCode, today, LISTED)));
    }

    private static <T> Listed<T> listed(List<T> all) {
        return new Listed<>(all.size(), all.subList(0, Math.min(LISTED, all.size())));
    }

    /** A round in progress with (dong, field) pairs of the district not yet assessed. */
    public record MissingAssessments(UUID roundId, String name, String status, LocalDate endsOn, long missing) {}

    /** A (dong, field) pair a round in progress still lacks. */
    public record MissingPair(UUID roundId, String dongCode, Field field) {}

    /** An assignment that needs someone to act: its state and dates. */
    public record PendingAssignment(
            UUID id,
            UUID roundId,
            String dongCode,
            Field field,
            ConsultingStatus status,
            UUID consultantId,
            LocalDate visitOn,
            LocalDate visitedOn,
            Instant createdAt) {}

    private static final String MISSING = """
            FROM monitoring_round r
            JOIN round_dong d ON d.round_id = r.id
            CROSS JOIN (VALUES ('WELFARE'), ('VILLAGE'), ('ADMINISTRATION'), ('HEALTH')) AS f(field)
            WHERE r.status IN ('PLANNED', 'IN_PROGRESS') AND d.dong_code IN (:dongs)
              AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.round_id = r.id AND a.dong_code = d.dong_code AND a.field = f.field)
            """;

    /** Per round in progress, how many of the district's pairs are missing; the round ending first comes first. */
    List<MissingAssessments> missingAssessments(Collection<String> dongs) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.name, r.status, r.ends_on, count(*) " + MISSING
                        + "GROUP BY r.id, r.name, r.status, r.ends_on ORDER BY r.ends_on, r.id")
                .setParameter("dongs", dongs)
                .getResultList();
        return rows.stream()
                .map(r -> new MissingAssessments(
                        (UUID) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], ((Number) r[4]).longValue()))
                .toList();
    }

    /** The first {@code limit} missing pairs, by round end, dong and field. */
    List<MissingPair> missingPairs(Collection<String> dongs, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT r.id, d.dong_code, f.field " + MISSING
                                + "ORDER BY r.ends_on, r.id, d.dong_code, array_position(ARRAY['WELFARE', 'VILLAGE', 'ADMINISTRATION', 'HEALTH'], f.field)")
                .setParameter("dongs", dongs)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new MissingPair((UUID) r[0], (String) r[1], Field.valueOf((String) r[2])))
                .toList();
    }

    /** Assignments of the district in {@code statuses} (and, for SCHEDULED ones, with the visit before {@code visitBefore}). */
    List<PendingAssignment> assignments(
            String districtCode, List<ConsultingStatus> statuses, LocalDate visitBefore, int limit) {
        return em
                .createQuery("""
                select a.id, a.finding.roundId, a.finding.dongCode, a.finding.field, a.status, a.consultantId, a.visitOn, a.visitedOn, a.createdAt
                from ConsultingAssignment a
                where a.finding.districtCode = :district and a.status in :statuses
                  and (a.status <> kr.seoul.chatdong.monitoring.domain.ConsultingStatus.SCHEDULED or a.visitOn < :before)
                order by a.createdAt, a.finding.dongCode, a.finding.field, a.id""", Object[].class)
                .setParameter("district", districtCode)
                .setParameter("statuses", statuses)
                .setParameter("before", visitBefore)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new PendingAssignment(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (Field) r[3],
                        (ConsultingStatus) r[4],
                        (UUID) r[5],
                        (LocalDate) r[6],
                        (LocalDate) r[7],
                        (Instant) r[8]))
                .toList();
    }

    long countAssignments(String districtCode, List<ConsultingStatus> statuses, LocalDate visitBefore) {
        return em.createQuery("""
                select count(a) from ConsultingAssignment a
                where a.finding.districtCode = :district and a.status in :statuses
                  and (a.status <> kr.seoul.chatdong.monitoring.domain.ConsultingStatus.SCHEDULED or a.visitOn < :before)""", Long.class)
                .setParameter("district", districtCode)
                .setParameter("statuses", statuses)
                .setParameter("before", visitBefore)
                .getSingleResult();
    }
}
