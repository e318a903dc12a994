package kr.seoul.chatdong.training.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.training.domain.CohortStatus;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.PlanStanding;
import kr.seoul.chatdong.training.domain.TrainingExecution;

/**
 * 교육실행율 of a year: per organiser (CITY or a district), the cohorts planned for the year (those whose
 * last day falls in it) and how many were held and cancelled ({@link PlanStanding}).
 */
@ApplicationScoped
public class TrainingExecutionQueries {

    @Inject
    EntityManager em;

    /** The city first, then the districts by code; only organisers with a cohort in the year; and the total. */
    public record YearExecution(int year, List<TrainingExecution> organisers, TrainingExecution total) {}

    public YearExecution of(int year) {
        if (year < 2000 || year > 2100) {
            throw new DomainException.InvalidValue("year", "must be a year from 2000 to 2100");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT k.organiser, c.status, count(*) FROM cohort c JOIN course k ON k.id = c.course_id
                        WHERE c.ends_on >= ?1 AND c.ends_on < ?2 GROUP BY k.organiser, c.status""")
                .setParameter(1, LocalDate.of(year, 1, 1))
                .setParameter(2, LocalDate.of(year + 1, 1, 1))
                .getResultList();
        Map<String, int[]> counts = new TreeMap<>((a, b) ->
                Course.CITY.equals(a) ? (Course.CITY.equals(b) ? 0 : -1) : Course.CITY.equals(b) ? 1 : a.compareTo(b));
        for (Object[] r : rows) {
            int[] c = counts.computeIfAbsent((String) r[0], o -> new int[3]);
            int n = ((Number) r[2]).intValue();
            c[0] += n;
            switch (PlanStanding.of(CohortStatus.valueOf((String) r[1]))) {
                case HELD -> c[1] += n;
                case CANCELLED -> c[2] += n;
                case PLANNED -> {}
            }
        }
        List<TrainingExecution> organisers = counts.entrySet().stream()
                .map(e -> new TrainingExecution(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        TrainingExecution total =
                organisers.stream().reduce(new TrainingExecution(null, 0, 0, 0), TrainingExecution::plus);
        return new YearExecution(year, organisers, total);
    }
}
