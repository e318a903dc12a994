package kr.seoul.chatdong.training.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.District;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.RecordedTrainingFigure;
import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.domain.TrainedBySource;
import kr.seoul.chatdong.training.domain.TrainedTally;
import kr.seoul.chatdong.training.domain.TrainingSource;
import kr.seoul.chatdong.training.domain.TrainingTarget;

/**
 * 교육 목표 against what was achieved: a year's targets, the trained people counted toward each (the
 * cohorts that ended in the year and the districts' reports of the year, {@link TrainedTally}), per
 * district, and the figures recorded for a year before the platform.
 */
@ApplicationScoped
public class TargetQueries {

    @Inject
    EntityManager em;

    @Inject
    SeoulGeography geography;

    public record Progress(
            String organiser, TargetAudience audience, Integer target, TrainedBySource trained, BigDecimal share) {}

    public record DistrictProgress(District district, Integer target, TrainedBySource trained, BigDecimal share) {}

    public record YearProgress(
            int year,
            List<Progress> targets,
            Progress total,
            List<DistrictProgress> byDistrict,
            List<RecordedTrainingFigure> recordedFigures) {}

    /** The course audiences of each group, as SQL: CIVIL_SERVANT gathers new and serving civil servants. */
    private static final String GROUP = "CASE "
            + Arrays.stream(TargetAudience.values())
                    .map(g -> "WHEN audience IN ("
                            + String.join(
                                    ", ",
                                    g.audiences().stream()
                                            .map(a -> "'" + a.name() + "'")
                                            .sorted()
                                            .toList()) + ") THEN '" + g.name() + "'")
                    .collect(Collectors.joining(" "))
            + " END";

    /** The completed cohorts' counts per district (cohort_completion, written when a cohort completes). */
    private static final String COMPLETIONS =
            " FROM cohort_completion x JOIN cohort c ON c.id = x.cohort_id JOIN course k ON k.id = c.course_id";

    private static final String ENDED_IN_YEAR = " WHERE c.status = 'COMPLETED' AND c.ends_on >= ?1 AND c.ends_on < ?2";

    /**
     * What was trained in the year, in one statement: ORGANISER rows (organiser × audience group; a
     * completer of a course for several groups, a 민·관 workshop, counts toward each), DISTRICT rows
     * (the trainees' district × CITY or DISTRICT_COHORT; each completer once) and REPORT rows (district ×
     * audience; a withdrawn report counts nowhere).
     */
    private static final String TRAINED = "SELECT 'ORGANISER', k.organiser, g.grp, sum(x.completed)" + COMPLETIONS
            + " JOIN (SELECT DISTINCT course_id, " + GROUP + " AS grp FROM course_audience) g ON g.course_id = k.id"
            + ENDED_IN_YEAR + " GROUP BY k.organiser, g.grp"
            + " UNION ALL SELECT 'DISTRICT', x.district_code,"
            + " CASE WHEN k.organiser = 'CITY' THEN 'CITY' ELSE 'DISTRICT_COHORT' END AS src, sum(x.completed)"
            + COMPLETIONS + ENDED_IN_YEAR + " GROUP BY x.district_code, src"
            + " UNION ALL SELECT 'REPORT', r.district_code, r.audience, sum(r.completions)"
            + " FROM district_training_report r WHERE r.year = ?3 AND r.status = 'RECORDED'"
            + " GROUP BY r.district_code, r.audience";

    public YearProgress progress(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException.InvalidValue("year", "must be a year from 2000 to 2100");
        }
        List<TrainingTarget> set = targets(year);
        TrainedTally tally = new TrainedTally();
        Map<String, TrainedBySource> byDistrict = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TRAINED)
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, LocalDate.of(year + 1, 1, 1))
                .setParameter(3, year)
                .getResultList();
        for (Object[] r : rows) {
            String who = (String) r[1];
            String what = (String) r[2];
            long n = ((Number) r[3]).longValue();
            switch ((String) r[0]) {
                case "ORGANISER" -> tally.cohorts(who, TargetAudience.valueOf(what), n);
                case "DISTRICT" ->
                    byDistrict.merge(who, TrainedBySource.of(TrainingSource.valueOf(what), n), TrainedBySource::plus);
                default -> {
                    tally.reported(who, TargetAudience.valueOf(what), n);
                    byDistrict.merge(who, TrainedBySource.of(TrainingSource.DISTRICT_REPORT, n), TrainedBySource::plus);
                }
            }
        }
        List<Progress> progress = set.stream()
                .map(t -> {
                    TrainedBySource trained = tally.toward(t);
                    return new Progress(t.organiser(), t.audience(), t.target(), trained, share(trained, t.target()));
                })
                .toList();
        Map<String, Integer> districtTargets = new HashMap<>();
        set.stream()
                .filter(t -> !"CITY".equals(t.organiser()))
                .forEach(t -> districtTargets.merge(t.organiser(), t.target(), Integer::sum));
        List<DistrictProgress> districts = geography.districts().stream()
                .map(d -> {
                    TrainedBySource trained = byDistrict.getOrDefault(d.code(), TrainedBySource.NONE);
                    Integer target = districtTargets.get(d.code());
                    return new DistrictProgress(d, target, trained, target == null ? null : share(trained, target));
                })
                .toList();
        TrainedTally.Total total = tally.total(set);
        return new YearProgress(
                year,
                progress,
                new Progress(
                        null,
                        null,
                        set.isEmpty() ? null : total.target(),
                        total.trained(),
                        set.isEmpty() ? null : share(total.trained(), total.target())),
                districts,
                recordedFigures(year));
    }

    @SuppressWarnings("unchecked")
    private List<TrainingTarget> targets(int year) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT organiser, audience, target FROM training_target WHERE year = ?1 "
                                + "ORDER BY organiser <> 'CITY', organiser, audience")
                .setParameter(1, year)
                .getResultList();
        return rows.stream()
                .map(r -> new TrainingTarget(
                        (String) r[0], TargetAudience.valueOf((String) r[1]), ((Number) r[2]).intValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<RecordedTrainingFigure> recordedFigures(int year) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT audience, trained, city_run, district_run, note, recorded_at FROM training_yearly_figure "
                                + "WHERE year = ?1 ORDER BY audience")
                .setParameter(1, year)
                .getResultList();
        return rows.stream()
                .map(r -> new RecordedTrainingFigure(
                        year,
                        TargetAudience.valueOf((String) r[0]),
                        ((Number) r[1]).intValue(),
                        r[2] == null ? null : ((Number) r[2]).intValue(),
                        r[3] == null ? null : ((Number) r[3]).intValue(),
                        (String) r[4],
                        instant(r[5])))
                .toList();
    }

    private static java.time.Instant instant(Object value) {
        return switch (value) {
            case java.time.Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("recorded_at as " + value.getClass());
        };
    }

    private static BigDecimal share(TrainedBySource trained, int target) {
        return target == 0
                ? null
                : BigDecimal.valueOf(trained.total()).divide(BigDecimal.valueOf(target), 4, RoundingMode.HALF_UP);
    }
}
