package kr.seoul.chatdong.training.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.training.domain.TargetAudience;
import kr.seoul.chatdong.training.domain.TrainingTarget;

/**
 * 교육 목표 and what was achieved: a year's targets per organiser and audience, and the completions of
 * the cohorts that ended that year (training_target and cohort_completion of V7).
 */
@ApplicationScoped
public class TargetRepository {

    /** Completions of one organiser's courses for one audience group. */
    public record Trained(String organiser, TargetAudience audience, long completed) {}

    public record DistrictTrained(String districtCode, long completed) {}

    /** The course audiences of each group, as SQL: CIVIL_SERVANT gathers new and serving civil servants. */
    private static final String GROUP = "CASE "
            + java.util.Arrays.stream(TargetAudience.values())
                    .map(g -> "WHEN audience IN ("
                            + String.join(
                                    ", ",
                                    g.audiences().stream()
                                            .map(a -> "'" + a.name() + "'")
                                            .sorted()
                                            .toList()) + ") THEN '" + g.name() + "'")
                    .collect(java.util.stream.Collectors.joining(" "))
            + " END";

    /** The completed cohorts' counts per district (cohort_completion, written when a cohort completes). */
    private static final String COMPLETIONS =
            " FROM cohort_completion x JOIN cohort c ON c.id = x.cohort_id JOIN course k ON k.id = c.course_id"
                    + " WHERE c.status = 'COMPLETED' AND c.ends_on >= ?1 AND c.ends_on < ?2";

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<TrainingTarget> targets(int year) {
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

    public void replace(int year, List<TrainingTarget> targets, Instant now) {
        em.createNativeQuery("DELETE FROM training_target WHERE year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        for (TrainingTarget t : targets) {
            em.createNativeQuery(
                            "INSERT INTO training_target (year, organiser, audience, target, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, year)
                    .setParameter(2, t.organiser())
                    .setParameter(3, t.audience().name())
                    .setParameter(4, t.target())
                    .setParameter(5, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    /**
     * Completions by organiser and audience group: a completer of a course for several groups (a
     * 민·관 workshop) counts toward each of them.
     */
    @SuppressWarnings("unchecked")
    public List<Trained> trained(int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT k.organiser, g.grp, sum(x.completed) "
                        + COMPLETIONS.replace(
                                "WHERE",
                                "JOIN (SELECT DISTINCT course_id, " + GROUP
                                        + " AS grp FROM course_audience) g ON g.course_id = k.id WHERE")
                        + " GROUP BY k.organiser, g.grp")
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, LocalDate.of(year + 1, 1, 1))
                .getResultList();
        return rows.stream()
                .map(r ->
                        new Trained((String) r[0], TargetAudience.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    /** All completions of the year by the trainee's district. */
    @SuppressWarnings("unchecked")
    public List<DistrictTrained> trainedByDistrict(int year) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT x.district_code, sum(x.completed)" + COMPLETIONS + " GROUP BY x.district_code")
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, LocalDate.of(year + 1, 1, 1))
                .getResultList();
        return rows.stream()
                .map(r -> new DistrictTrained((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}
