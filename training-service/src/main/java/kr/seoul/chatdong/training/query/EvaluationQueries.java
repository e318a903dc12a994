package kr.seoul.chatdong.training.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.training.domain.YearlyFigure;

/** Satisfaction summaries by year, organiser and course, and the yearly figures recorded for years before the platform. */
@ApplicationScoped
public class EvaluationQueries {

    /** Which evaluations a summary covers: the cohorts ending in a year, of an organiser's courses, of one course; null = any. */
    public record Scope(Integer year, String organiser, UUID courseId) {}

    public record Totals(long responses, BigDecimal score, long cohorts, long districts, long dongs) {}

    public record ItemFigure(String item, long responses, BigDecimal average) {}

    /** An instructor's figure; name is the registry's (null for an id rated before the registry). */
    public record InstructorFigure(UUID instructorId, String name, long responses, BigDecimal average) {}

    /** A summary: the scope, its totals, the score and where it comes from, each item's and instructor's figures. */
    public record Summary(
            Scope scope,
            Totals totals,
            BigDecimal score,
            String scoreSource,
            List<ItemFigure> items,
            List<InstructorFigure> instructors,
            List<YearlyFigure> recordedFigures) {}

    private static final String FROM = """
            FROM evaluation v JOIN cohort c ON c.id = v.cohort_id JOIN course k ON k.id = c.course_id
            """;

    @Inject
    EntityManager em;

    /**
     * Over the evaluations of the scope; a year without evaluations (before the platform) takes its
     * one recorded figure as its score (scoreSource RECORDED_FIGURE), otherwise NONE.
     */
    @Transactional
    public Summary summary(Scope scope) {
        Totals totals = totals(scope);
        List<YearlyFigure> figures =
                scope.courseId() != null ? List.of() : yearlyFigures(scope.year(), scope.organiser());
        BigDecimal score = totals.score();
        String source = "RESPONSES";
        if (totals.responses() == 0) {
            boolean oneFigure = scope.year() != null && figures.size() == 1;
            score = oneFigure ? figures.get(0).score() : null;
            source = oneFigure ? "RECORDED_FIGURE" : "NONE";
        }
        return new Summary(scope, totals, score, source, items(scope), instructors(scope), figures);
    }

    /** Every recorded yearly figure, newest first. */
    public List<YearlyFigure> yearlyFigures() {
        return yearlyFigures(null, null);
    }

    Totals totals(Scope scope) {
        Object[] r = (Object[]) scoped(
                        "SELECT count(*), round(avg(v.score), 2), count(DISTINCT c.id), count(DISTINCT v.district_code), "
                                + "count(DISTINCT v.dong_code) " + FROM,
                        "",
                        scope,
                        "")
                .getSingleResult();
        return new Totals(
                ((Number) r[0]).longValue(),
                (BigDecimal) r[1],
                ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue());
    }

    /** Per item: how many evaluations answered it and its mean value (an instructor item: over all instructors' answers). */
    @SuppressWarnings("unchecked")
    List<ItemFigure> items(Scope scope) {
        List<Object[]> rows = scoped(
                        "SELECT a.item, count(DISTINCT v.id), round(avg(a.value), 2) " + FROM
                                + "JOIN evaluation_answer a ON a.evaluation_id = v.id",
                        "",
                        scope,
                        " GROUP BY a.item ORDER BY a.item")
                .getResultList();
        return rows.stream()
                .map(r -> new ItemFigure((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2]))
                .toList();
    }

    /** 강사 평가: per instructor, the evaluations that rated them and the mean of their instructor items. */
    @SuppressWarnings("unchecked")
    List<InstructorFigure> instructors(Scope scope) {
        List<Object[]> rows = scoped(
                        "SELECT a.instructor_id, i.name, count(DISTINCT v.id), round(avg(a.value), 2) " + FROM
                                + "JOIN evaluation_answer a ON a.evaluation_id = v.id "
                                + "LEFT JOIN instructor i ON i.id = a.instructor_id",
                        "a.instructor_id IS NOT NULL",
                        scope,
                        " GROUP BY a.instructor_id, i.name ORDER BY 4 DESC, 1")
                .getResultList();
        return rows.stream()
                .map(r -> new InstructorFigure(
                        (UUID) r[0], (String) r[1], ((Number) r[2]).longValue(), (BigDecimal) r[3]))
                .toList();
    }

    /** The query with the scope's conditions (only those given: a null is no condition). */
    private Query scoped(String select, String condition, Scope scope, String tail) {
        List<String> where = new java.util.ArrayList<>();
        List<Object> values = new java.util.ArrayList<>();
        if (!condition.isEmpty()) {
            where.add(condition);
        }
        if (scope.year() != null) {
            values.add(java.time.LocalDate.of(scope.year(), 1, 1));
            where.add("c.ends_on >= ?" + values.size());
            values.add(java.time.LocalDate.of(scope.year() + 1, 1, 1));
            where.add("c.ends_on < ?" + values.size());
        }
        if (scope.organiser() != null) {
            values.add(scope.organiser());
            where.add("k.organiser = ?" + values.size());
        }
        if (scope.courseId() != null) {
            values.add(scope.courseId());
            where.add("k.id = ?" + values.size());
        }
        Query query =
                em.createNativeQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + tail);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    List<YearlyFigure> yearlyFigures(Integer year, String organiser) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT year, organiser, score, districts, dongs, responses, note, recorded_at FROM evaluation_yearly_figure
                WHERE (?1 = 0 OR year = ?1) AND (?2 = '' OR organiser = ?2) ORDER BY year DESC, organiser""")
                .setParameter(1, year == null ? 0 : year)
                .setParameter(2, organiser == null ? "" : organiser)
                .getResultList();
        return rows.stream()
                .map(r -> new YearlyFigure(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (BigDecimal) r[2],
                        integer(r[3]),
                        integer(r[4]),
                        integer(r[5]),
                        (String) r[6],
                        toInstant(r[7])))
                .toList();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Instant toInstant(Object o) {
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) o;
    }
}
