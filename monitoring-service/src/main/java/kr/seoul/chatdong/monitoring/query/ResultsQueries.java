package kr.seoul.chatdong.monitoring.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.MonitoringRound;
import kr.seoul.chatdong.monitoring.domain.RoundStatus;

/**
 * What people read from the assessments: a round's results (per field, per district, per dong)
 * and a dong's scores across rounds. The numbers of a round's results and of a dong's scores over time, computed by PostgreSQL where
 * the assessments are: quartiles by {@code percentile_cont} (linear interpolation between the two
 * nearest scores, position (n − 1) × p), ranks by {@code rank()} (competition ranking: ties share
 * the best rank, the next rank skips: 1, 2, 2, 4). Every query reads one round's or one dong's rows
 * through an index that leads with it (primary keys of assessment and round_dong; V8 for a dong's
 * rounds). Means are exact ({@code numeric}) until they are compared, then handed over as doubles.
 */
@ApplicationScoped
public class ResultsQueries {

    @Inject
    EntityManager em;

    @Inject
    SeoulGeography geography;

    /**
     * A round's results as of one snapshot: the round (its version is the results' version) and its
     * numbers. A round in progress answers on what is assessed so far.
     */
    @Transactional
    public RoundResults ofRound(UUID roundId) {
        readOneSnapshot();
        MonitoringRound round = em.find(MonitoringRound.class, roundId);
        if (round == null) {
            throw new DomainException.NotFound("monitoring round", roundId);
        }
        List<FieldScoreDistribution> fields =
                distributions(roundId, round.underperformingBelow(), round.excellentFrom());
        List<DongRoundScores> dongs = dongScores(roundId);
        long assessed = fields.stream().mapToLong(FieldScoreDistribution::count).sum();
        // one row per dong in scope: the round's expected assessments without reading its dong set again
        long expected = (long) dongs.size() * Field.values().length;
        return new RoundResults(round, assessed, expected, fields, districts(roundId), dongs);
    }

    /** A dong and the rounds it was monitored in, oldest first. */
    public DongScores ofDong(String dongCode) {
        Dong dong = geography.dong(dongCode).orElseThrow(() -> new DomainException.NotFound("dong", dongCode));
        return new DongScores(dong, trend(dongCode));
    }

    /**
     * Makes the statements that follow in this transaction see one snapshot (REPEATABLE READ), so
     * a round's distributions, ranking and dong scores agree with each other and with the round's
     * version read with them, even while assessments are being recorded. Must come first.
     */
    void readOneSnapshot() {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .executeUpdate();
    }

    List<FieldScoreDistribution> distributions(UUID roundId, int underperformingBelow, int excellentFrom) {
        List<Object[]> rows = rows(em.createNativeQuery("SELECT field, count(*), min(score), "
                        + "percentile_cont(0.25) WITHIN GROUP (ORDER BY score), percentile_cont(0.5) WITHIN GROUP (ORDER BY score), "
                        + "percentile_cont(0.75) WITHIN GROUP (ORDER BY score), max(score), avg(score)::float8, "
                        + "count(*) FILTER (WHERE score < :below), count(*) FILTER (WHERE score >= :excellent) "
                        + "FROM assessment WHERE round_id = :roundId GROUP BY field")
                .setParameter("roundId", roundId)
                .setParameter("below", underperformingBelow)
                .setParameter("excellent", excellentFrom));
        List<FieldScoreDistribution> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new FieldScoreDistribution(
                    Field.valueOf((String) r[0]),
                    number(r[1]).longValue(),
                    number(r[2]).intValue(),
                    number(r[3]).doubleValue(),
                    number(r[4]).doubleValue(),
                    number(r[5]).doubleValue(),
                    number(r[6]).intValue(),
                    number(r[7]).doubleValue(),
                    number(r[8]).longValue(),
                    number(r[9]).longValue()));
        }
        return out;
    }

    /** Every dong in the round's scope, in code order, assessed or not. */
    List<DongRoundScores> dongScores(UUID roundId) {
        List<Object[]> rows =
                rows(em.createNativeQuery("SELECT d.dong_code, " + perField("max(a.score)") + ", avg(a.score)::float8 "
                                + "FROM round_dong d LEFT JOIN assessment a ON a.round_id = d.round_id AND a.dong_code = d.dong_code "
                                + "WHERE d.round_id = :roundId GROUP BY d.dong_code ORDER BY d.dong_code")
                        .setParameter("roundId", roundId));
        List<DongRoundScores> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new DongRoundScores((String) r[0], integers(r, 1), nullableDouble(r[1 + FIELDS.length])));
        }
        return out;
    }

    /**
     * The districts of the round's scope, ranked by the mean of all their dongs' assessed scores
     * (= the mean of their dongs' means once every field is assessed); a district code is the first
     * five digits of its dongs' codes (행정기관코드: 시도 2 + 시군구 3 + 읍면동 5). Ranked ones first,
     * ties and the unranked in code order.
     */
    List<DistrictStanding> districts(UUID roundId) {
        List<Object[]> rows = rows(em.createNativeQuery(
                        "SELECT left(d.dong_code, 5) AS district_code, count(DISTINCT d.dong_code), "
                                + "avg(a.score)::float8, CASE WHEN count(a.score) > 0 THEN rank() OVER (ORDER BY avg(a.score) DESC NULLS LAST) END AS district_rank, "
                                + perField("(avg(a.score)", ")::float8") + " "
                                + "FROM round_dong d LEFT JOIN assessment a ON a.round_id = d.round_id AND a.dong_code = d.dong_code "
                                + "WHERE d.round_id = :roundId GROUP BY left(d.dong_code, 5) ORDER BY district_rank NULLS LAST, district_code")
                .setParameter("roundId", roundId));
        List<DistrictStanding> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Map<Field, Double> means = new EnumMap<>(Field.class);
            for (int i = 0; i < FIELDS.length; i++) {
                Double mean = nullableDouble(r[4 + i]);
                if (mean != null) {
                    means.put(FIELDS[i], mean);
                }
            }
            out.add(new DistrictStanding(
                    (String) r[0],
                    number(r[1]).intValue(),
                    nullableDouble(r[2]),
                    r[3] == null ? null : number(r[3]).longValue(),
                    means));
        }
        return out;
    }

    /**
     * The rounds that have started (IN_PROGRESS or COMPLETED) with the dong in scope, oldest first
     * (by start date, the id breaking ties), with each score's change from the previous of these
     * rounds (null where either score is missing). Served by round_dong_dong_idx (V8).
     */
    List<DongTrendPoint> trend(String dongCode) {
        String scores = Arrays.stream(FIELDS).map(f -> column(f)).collect(Collectors.joining(", "));
        String changes = Arrays.stream(FIELDS)
                .map(f -> column(f) + " - lag(" + column(f) + ") OVER w")
                .collect(Collectors.joining(", "));
        List<Object[]> rows =
                rows(em.createNativeQuery("SELECT t.id, t.name, t.starts_on, t.status, " + scores + ", t.mean::float8, "
                                + changes + ", (t.mean - lag(t.mean) OVER w)::float8 FROM ("
                                + "SELECT r.id, r.name, r.starts_on, r.status, " + perField("max(a.score)")
                                + ", avg(a.score) AS mean "
                                + "FROM round_dong d JOIN monitoring_round r ON r.id = d.round_id "
                                + "LEFT JOIN assessment a ON a.round_id = d.round_id AND a.dong_code = d.dong_code "
                                + "WHERE d.dong_code = :dongCode AND r.status <> 'PLANNED' GROUP BY r.id) t "
                                + "WINDOW w AS (ORDER BY t.starts_on, t.id) ORDER BY t.starts_on, t.id")
                        .setParameter("dongCode", dongCode));
        List<DongTrendPoint> out = new ArrayList<>(rows.size());
        int changesAt = 5 + FIELDS.length;
        for (Object[] r : rows) {
            out.add(new DongTrendPoint(
                    (UUID) r[0],
                    (String) r[1],
                    localDate(r[2]),
                    RoundStatus.valueOf((String) r[3]),
                    integers(r, 4),
                    nullableDouble(r[4 + FIELDS.length]),
                    integers(r, changesAt),
                    nullableDouble(r[changesAt + FIELDS.length])));
        }
        return out;
    }

    private static final Field[] FIELDS = Field.values();

    /** {@code aggregate FILTER (WHERE a.field = 'WELFARE') AS welfare, ...} in Field order. */
    private static String perField(String aggregate) {
        return perField(aggregate, "");
    }

    private static String perField(String aggregate, String after) {
        return Arrays.stream(FIELDS)
                .map(f -> aggregate + " FILTER (WHERE a.field = '" + f.name() + "')" + after + " AS " + column(f))
                .collect(Collectors.joining(", "));
    }

    private static String column(Field field) {
        return field.name().toLowerCase(java.util.Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    /** The per-field integers from column {@code from} on, without the fields that have none. */
    private static Map<Field, Integer> integers(Object[] row, int from) {
        Map<Field, Integer> values = new EnumMap<>(Field.class);
        for (int i = 0; i < FIELDS.length; i++) {
            if (row[from + i] != null) {
                values.put(FIELDS[i], number(row[from + i]).intValue());
            }
        }
        return values;
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Double nullableDouble(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
