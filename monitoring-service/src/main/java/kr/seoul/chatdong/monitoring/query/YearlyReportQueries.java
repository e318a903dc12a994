package kr.seoul.chatdong.monitoring.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.query.YearlyReport.CouncilKindLine;
import kr.seoul.chatdong.monitoring.query.YearlyReport.DistrictCount;
import kr.seoul.chatdong.monitoring.query.YearlyReport.DistrictMean;
import kr.seoul.chatdong.monitoring.query.YearlyReport.FieldMean;
import kr.seoul.chatdong.monitoring.query.YearlyReport.IndicatorLine;
import kr.seoul.chatdong.monitoring.query.YearlyReport.RoundLine;
import kr.seoul.chatdong.monitoring.query.YearlyReport.StatusCount;
import kr.seoul.chatdong.monitoring.query.YearlyReport.TargetLine;

/**
 * The sections of a year's report that are one SQL statement each over monitoring's tables and the
 * facts kept from other services' events (V13). "The year's rounds" are the rounds that started in
 * it; a fact belongs to the year of its Seoul day (a case's publication, a meeting, a cohort's end,
 * an action item going overdue). The bar "below 60" is the plan's, whatever a round's own bar.
 */
@ApplicationScoped
public class YearlyReportQueries {

    /** The plan's bar for a weak score (§7: 60점 미만). */
    public static final int WEAK_BELOW = 60;

    @Inject
    EntityManager em;

    @Inject
    SeoulGeography geography;

    @Inject
    GeographyQueries geographyQueries;

    public List<PhaseView> rollout() {
        return geographyQueries.phases();
    }

    public List<RoundLine> rounds(int year) {
        List<RoundLine> out = new ArrayList<>();
        for (Object[] r :
                rows(em.createNativeQuery("""
                        SELECT r.id, r.name, r.starts_on, r.ends_on, r.status,
                               (SELECT count(*) FROM round_dong d WHERE d.round_id = r.id),
                               (SELECT count(DISTINCT a.dong_code) FROM assessment a WHERE a.round_id = r.id),
                               (SELECT round(avg(a.score), 2) FROM assessment a WHERE a.round_id = r.id)
                        FROM monitoring_round r
                        WHERE r.starts_on >= ?1 AND r.starts_on < ?2
                        ORDER BY r.starts_on, r.id""").setParameter(1, start(year)).setParameter(2, start(year + 1)))) {
            out.add(new RoundLine(
                    (UUID) r[0],
                    (String) r[1],
                    date(r[2]),
                    date(r[3]),
                    (String) r[4],
                    number(r[5]).longValue(),
                    number(r[6]).longValue(),
                    (BigDecimal) r[7]));
        }
        return out;
    }

    /** Dongs assessed, assessments, their mean and those below 60, over the year's rounds. */
    public YearlyReport.Rounds roundTotals(int year, List<RoundLine> rounds) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(DISTINCT a.dong_code), count(*), round(avg(a.score), 2),
                               count(*) FILTER (WHERE a.score < ?3)
                        FROM assessment a JOIN monitoring_round r ON r.id = a.round_id
                        WHERE r.starts_on >= ?1 AND r.starts_on < ?2""")
                .setParameter(1, start(year))
                .setParameter(2, start(year + 1))
                .setParameter(3, WEAK_BELOW)
                .getSingleResult();
        return new YearlyReport.Rounds(
                rounds,
                number(r[0]).longValue(),
                number(r[1]).longValue(),
                (BigDecimal) r[2],
                byField(year),
                byDistrict(year),
                number(r[3]).longValue());
    }

    private List<FieldMean> byField(int year) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                        SELECT a.field, count(*), round(avg(a.score), 2), count(*) FILTER (WHERE a.score < ?3)
                        FROM assessment a JOIN monitoring_round r ON r.id = a.round_id
                        WHERE r.starts_on >= ?1 AND r.starts_on < ?2
                        GROUP BY a.field""")
                .setParameter(1, start(year))
                .setParameter(2, start(year + 1))
                .setParameter(3, WEAK_BELOW));
        List<FieldMean> out = new ArrayList<>();
        for (Field field : Field.values()) {
            Object[] row = rows.stream()
                    .filter(x -> field.name().equals(x[0]))
                    .findFirst()
                    .orElse(null);
            out.add(
                    row == null
                            ? new FieldMean(field, field.nameKo(), 0, null, 0)
                            : new FieldMean(
                                    field,
                                    field.nameKo(),
                                    number(row[1]).longValue(),
                                    (BigDecimal) row[2],
                                    number(row[3]).longValue()));
        }
        return out;
    }

    private List<DistrictMean> byDistrict(int year) {
        List<DistrictMean> out = new ArrayList<>();
        for (Object[] r :
                rows(em.createNativeQuery("""
                        SELECT left(a.dong_code, 5), count(DISTINCT a.dong_code), round(avg(a.score), 2)
                        FROM assessment a JOIN monitoring_round r ON r.id = a.round_id
                        WHERE r.starts_on >= ?1 AND r.starts_on < ?2
                        GROUP BY left(a.dong_code, 5) ORDER BY 1""").setParameter(1, start(year)).setParameter(2, start(year + 1)))) {
            String code = (String) r[0];
            out.add(new DistrictMean(code, districtName(code), number(r[1]).longValue(), (BigDecimal) r[2]));
        }
        return out;
    }

    /** Consulting assignments of the year's rounds, by status in the status order (zeros kept). */
    public List<StatusCount> consultingByStatus(int year) {
        List<Object[]> rows =
                rows(em.createNativeQuery("""
                        SELECT c.status, count(*)
                        FROM consulting_assignment c JOIN monitoring_round r ON r.id = c.round_id
                        WHERE r.starts_on >= ?1 AND r.starts_on < ?2
                        GROUP BY c.status""").setParameter(1, start(year)).setParameter(2, start(year + 1)));
        List<StatusCount> out = new ArrayList<>();
        for (ConsultingStatus status : ConsultingStatus.values()) {
            long count = rows.stream()
                    .filter(r -> status.name().equals(r[0]))
                    .mapToLong(r -> number(r[1]).longValue())
                    .sum();
            out.add(new StatusCount(status.name(), count));
        }
        return out;
    }

    /**
     * The year's last completed round and the completed round before it (of any year), as
     * {@code [round, baseline]}; empty while there are not two.
     */
    public List<UUID> effectRounds(int year) {
        List<?> latest = em.createNativeQuery("""
                        SELECT r.id FROM monitoring_round r
                        WHERE r.status = 'COMPLETED' AND r.starts_on >= ?1 AND r.starts_on < ?2
                        ORDER BY r.starts_on DESC, r.id DESC LIMIT 1""")
                .setParameter(1, start(year))
                .setParameter(2, start(year + 1))
                .getResultList();
        if (latest.isEmpty()) {
            return List.of();
        }
        List<?> baseline =
                em.createNativeQuery("""
                        SELECT b.id FROM monitoring_round b, monitoring_round r
                        WHERE r.id = ?1 AND b.status = 'COMPLETED' AND b.starts_on < r.starts_on
                        ORDER BY b.starts_on DESC, b.id DESC LIMIT 1""").setParameter(1, latest.get(0)).getResultList();
        return baseline.isEmpty() ? List.of() : List.of((UUID) latest.get(0), (UUID) baseline.get(0));
    }

    /** Every indicator in the list's order: the year's target, and the values of the year's periods. */
    public List<IndicatorLine> indicators(int year) {
        List<IndicatorLine> out = new ArrayList<>();
        for (Object[] r :
                rows(em.createNativeQuery("""
                        SELECT d.code, d.name_ko, d.unit, d.kind, t.target, count(v.value), round(avg(v.value), 2),
                               CASE WHEN t.target IS NULL THEN NULL
                                    ELSE count(v.value) FILTER (WHERE v.value >= t.target) END
                        FROM indicator_definition d
                        LEFT JOIN indicator_target t ON t.indicator_code = d.code AND t.year = ?1
                        LEFT JOIN indicator_value v ON v.indicator_code = d.code AND left(v.period, 4) = ?2
                        GROUP BY d.code, d.position, d.name_ko, d.unit, d.kind, t.target
                        ORDER BY d.position""").setParameter(1, year).setParameter(2, Integer.toString(year)))) {
            out.add(new IndicatorLine(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (BigDecimal) r[4],
                    number(r[5]).longValue(),
                    (BigDecimal) r[6],
                    r[7] == null ? null : number(r[7]).longValue()));
        }
        return out;
    }

    /**
     * Waves fielded (ending) in the year, oldest first: {@code [surveyId, waveCode, baselineCode]}, the
     * last the code of the survey's newest baseline wave fielded before a follow-up (else null).
     */
    public List<Object[]> waves(int year) {
        return rows(em.createNativeQuery("""
                        SELECT w.survey_id, w.code,
                               CASE WHEN w.kind = 'FOLLOW_UP' THEN
                                   (SELECT b.code FROM survey_wave b
                                    WHERE b.survey_id = w.survey_id AND b.kind = 'BASELINE' AND b.fielded_from < w.fielded_from
                                    ORDER BY b.fielded_from DESC LIMIT 1) END
                        FROM survey_wave w JOIN survey s ON s.id = w.survey_id
                        WHERE w.fielded_to >= ?1 AND w.fielded_to < ?2
                        ORDER BY w.fielded_to, s.code, w.code""").setParameter(1, start(year)).setParameter(2, start(year + 1)));
    }

    public YearlyReport.Training training(int year) {
        List<TargetLine> targets = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("""
                        SELECT organiser, audience, target FROM report_training_target WHERE year = ?1
                        ORDER BY organiser = 'CITY' DESC, organiser, audience""").setParameter(1, year))) {
            targets.add(
                    new TargetLine((String) r[0], (String) r[1], number(r[2]).intValue()));
        }
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT count(*), coalesce(sum(enrolled), 0), coalesce(sum(completed), 0),
                               coalesce(sum(completed) FILTER (WHERE organiser = 'CITY'), 0),
                               coalesce(sum(completed) FILTER (WHERE organiser <> 'CITY'), 0),
                               coalesce(sum(evaluations) FILTER (WHERE satisfaction IS NOT NULL), 0),
                               round(sum(satisfaction * evaluations) FILTER (WHERE satisfaction IS NOT NULL AND evaluations > 0)
                                     / nullif(sum(evaluations) FILTER (WHERE satisfaction IS NOT NULL AND evaluations > 0), 0), 2)
                        FROM report_cohort WHERE ended_on >= ?1 AND ended_on < ?2""")
                .setParameter(1, start(year))
                .setParameter(2, start(year + 1))
                .getSingleResult();
        // the districts' reports of training held outside the platform, as each report's newest version stands
        Object[] reported =
                (Object[]) em.createNativeQuery("""
                        SELECT count(*), coalesce(sum(completions), 0) FROM report_district_training
                        WHERE year = ?1 AND status = 'RECORDED'""").setParameter(1, year).getSingleResult();
        Integer target = targets.isEmpty()
                ? null
                : targets.stream().mapToInt(TargetLine::target).sum();
        long completed = number(r[2]).longValue();
        long districtReported = number(reported[1]).longValue();
        long trained = completed + districtReported;
        BigDecimal share = target == null || target == 0
                ? null
                : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(target), 4, java.math.RoundingMode.HALF_UP);
        return new YearlyReport.Training(
                targets,
                target,
                number(r[0]).longValue(),
                number(r[1]).longValue(),
                completed,
                number(r[3]).longValue(),
                number(r[4]).longValue(),
                districtReported,
                number(reported[0]).longValue(),
                trained,
                share,
                number(r[5]).longValue(),
                (BigDecimal) r[6]);
    }

    /** Cases published in the year per district (every district, zeros kept) against the plan's goal (V14). */
    public YearlyReport.Cases cases(int year) {
        List<Object[]> rows =
                rows(em.createNativeQuery("""
                        SELECT district_code, count(*) FROM report_case
                        WHERE published_on >= ?1 AND published_on < ?2 GROUP BY district_code""").setParameter(1, start(year)).setParameter(2, start(year + 1)));
        List<DistrictCount> byDistrict = new ArrayList<>();
        long total = 0;
        for (District d : geography.districts()) {
            long count = rows.stream()
                    .filter(r -> d.code().equals(r[0]))
                    .mapToLong(r -> number(r[1]).longValue())
                    .sum();
            total += count;
            byDistrict.add(new DistrictCount(d.code(), d.nameKo(), count));
        }
        List<?> goal = em.createNativeQuery(
                        "SELECT target FROM report_goal WHERE year = ?1 AND code = 'CASES_PUBLISHED'")
                .setParameter(1, year)
                .getResultList();
        return new YearlyReport.Cases(
                total, goal.isEmpty() ? null : number(goal.get(0)).intValue(), byDistrict);
    }

    public YearlyReport.Governance governance(int year) {
        List<Object[]> rows =
                rows(em.createNativeQuery("""
                        SELECT k.kind,
                               (SELECT count(*) FROM report_meeting m WHERE m.council_kind = k.kind AND m.held_on >= ?1 AND m.held_on < ?2),
                               (SELECT coalesce(sum(m.decisions), 0) FROM report_meeting m
                                WHERE m.council_kind = k.kind AND m.held_on >= ?1 AND m.held_on < ?2),
                               (SELECT count(*) FROM report_overdue_action o
                                WHERE o.council_kind = k.kind AND o.overdue_on >= ?1 AND o.overdue_on < ?2)
                        FROM (SELECT council_kind AS kind FROM report_meeting WHERE held_on >= ?1 AND held_on < ?2
                              UNION SELECT council_kind FROM report_overdue_action WHERE overdue_on >= ?1 AND overdue_on < ?2) k
                        ORDER BY k.kind""").setParameter(1, start(year)).setParameter(2, start(year + 1)));
        List<CouncilKindLine> kinds = new ArrayList<>();
        for (Object[] r : rows) {
            kinds.add(new CouncilKindLine(
                    (String) r[0],
                    number(r[1]).longValue(),
                    number(r[2]).longValue(),
                    number(r[3]).longValue()));
        }
        return new YearlyReport.Governance(
                kinds.stream().mapToLong(CouncilKindLine::meetingsHeld).sum(),
                kinds.stream().mapToLong(CouncilKindLine::decisions).sum(),
                kinds.stream().mapToLong(CouncilKindLine::overdueActionItems).sum(),
                kinds);
    }

    private String districtName(String code) {
        return geography.district(code).map(District::nameKo).orElse(code);
    }

    private static LocalDate start(int year) {
        return LocalDate.of(year, 1, 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
