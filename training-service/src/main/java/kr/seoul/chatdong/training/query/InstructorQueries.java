package kr.seoul.chatdong.training.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Instructor.Affiliation;
import kr.seoul.chatdong.training.domain.InstructorYearFigure;

/** The instructor registry's reads: its list, an instructor's evaluations by year, and a year's instructors. */
@ApplicationScoped
public class InstructorQueries {

    /** The first year of the programme; the yearly figures run from it to next year (a plan being drafted). */
    public static final int FIRST_YEAR = 2015;

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** A year of an instructor's evaluations (by the year the cohort ended): responses and the mean of their instructor items. */
    public record YearOfEvaluations(int year, long responses, long cohorts, BigDecimal average) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * By name, id breaking ties (instructor_list_idx); {@code active} true keeps those active today (Seoul),
     * false those not (not yet, or retired).
     */
    public Page<InstructorListItem> list(Affiliation affiliation, Field field, Boolean active, PageRequest paging) {
        LocalDate today = LocalDate.now(clock.withZone(SEOUL));
        Page<Object[]> page = ListQuery.from(em, "Instructor")
                .eq("affiliation", affiliation)
                .where(":%2$s member of %1$s.fields", field)
                .where(
                        "%1$s.activeFrom <= :%2$s and (%1$s.activeUntil is null or %1$s.activeUntil >= :%2$s)",
                        Boolean.TRUE.equals(active) ? today : null)
                .where(
                        "(%1$s.activeFrom > :%2$s or %1$s.activeUntil < :%2$s)",
                        Boolean.FALSE.equals(active) ? today : null)
                .page(
                        "e.id, e.name, e.organisation, e.affiliation, e.account, e.activeFrom, e.activeUntil, e.createdAt, e.version",
                        "e.name, e.id",
                        paging,
                        r -> r);
        Map<UUID, List<Field>> fields =
                fieldsOf(page.items().stream().map(r -> (UUID) r[0]).toList());
        return page.map(r -> new InstructorListItem(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                (Affiliation) r[3],
                fields.getOrDefault((UUID) r[0], List.of()),
                (String) r[4],
                (LocalDate) r[5],
                (LocalDate) r[6],
                (Instant) r[7],
                ((Number) r[8]).longValue()));
    }

    /**
     * 강사 평가 by year: for each year a cohort the instructor rated in ended, the evaluations that rated
     * them, their cohorts, and the mean of their answers to the instructor items (1–5).
     */
    @SuppressWarnings("unchecked")
    public List<YearOfEvaluations> evaluations(UUID instructorId) {
        List<Object[]> rows =
                em.createNativeQuery("""
                        SELECT CAST(extract(YEAR FROM c.ends_on) AS INTEGER), count(DISTINCT v.id), count(DISTINCT c.id),
                               round(avg(a.value), 2)
                        FROM evaluation_answer a JOIN evaluation v ON v.id = a.evaluation_id JOIN cohort c ON c.id = v.cohort_id
                        WHERE a.instructor_id = ?1 GROUP BY 1 ORDER BY 1""").setParameter(1, instructorId).getResultList();
        return rows.stream()
                .map(r -> new YearOfEvaluations(
                        ((Number) r[0]).intValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        (BigDecimal) r[3]))
                .toList();
    }

    /**
     * A year's instructors: the figure recorded for it (2015), else counted from the registry — those active
     * on any day of the year by affiliation, and the distinct courses of the year's cohorts (not cancelled)
     * that they (those active in the year) taught. Years before 2015 or after next year are a 404.
     */
    @SuppressWarnings("unchecked")
    public InstructorYearFigure yearFigure(int year) {
        int last = LocalDate.now(clock.withZone(SEOUL)).getYear() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw new DomainException.NotFound("instructor yearly figure", year).with("years", FIRST_YEAR + "–" + last);
        }
        List<Object[]> recorded = em.createNativeQuery(
                        "SELECT civil_servants, private_instructors, courses, note FROM instructor_yearly_figure WHERE year = ?1")
                .setParameter(1, year)
                .getResultList();
        if (!recorded.isEmpty()) {
            Object[] r = recorded.get(0);
            return new InstructorYearFigure(
                    year,
                    ((Number) r[0]).intValue(),
                    ((Number) r[1]).intValue(),
                    r[2] == null ? null : ((Number) r[2]).intValue(),
                    InstructorYearFigure.Source.RECORDED,
                    (String) r[3]);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, Integer> byAffiliation = new HashMap<>();
        List<Object[]> counts = em.createNativeQuery("""
                        SELECT affiliation, count(*) FROM instructor
                        WHERE active_from <= ?2 AND (active_until IS NULL OR active_until >= ?1) GROUP BY affiliation""")
                .setParameter(1, first)
                .setParameter(2, end)
                .getResultList();
        counts.forEach(r -> byAffiliation.put((String) r[0], ((Number) r[1]).intValue()));
        Number courses = (Number) em.createNativeQuery("""
                        SELECT count(DISTINCT c.course_id) FROM cohort c
                        JOIN cohort_instructor ci ON ci.cohort_id = c.id JOIN instructor i ON i.id = ci.instructor_id
                        WHERE c.status <> 'CANCELLED' AND c.starts_on <= ?2 AND c.ends_on >= ?1
                          AND i.active_from <= ?2 AND (i.active_until IS NULL OR i.active_until >= ?1)""")
                .setParameter(1, first)
                .setParameter(2, end)
                .getSingleResult();
        return new InstructorYearFigure(
                year,
                byAffiliation.getOrDefault(Affiliation.CIVIL_SERVANT.name(), 0),
                byAffiliation.getOrDefault(Affiliation.PRIVATE.name(), 0),
                courses.intValue(),
                InstructorYearFigure.Source.REGISTRY,
                null);
    }

    /** The fields of these instructors, each in field order, in one query. */
    private Map<UUID, List<Field>> fieldsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Field>> fields = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select i.id, f from Instructor i join i.fields f where i.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            fields.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add((Field) r[1]);
        }
        fields.values().forEach(list -> list.sort(null));
        return fields;
    }
}
