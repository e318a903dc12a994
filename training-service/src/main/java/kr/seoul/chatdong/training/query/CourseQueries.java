package kr.seoul.chatdong.training.query;

import java.time.Instant;
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
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Audience;
import kr.seoul.chatdong.training.domain.CourseCategory;
import kr.seoul.chatdong.training.domain.CourseTrack;

/** The list of courses: one statement per page with its total, one each for the page's fields and audiences. */
@ApplicationScoped
public class CourseQueries {

    @Inject
    EntityManager em;

    /**
     * By title, id breaking ties; {@code field} keeps the courses that address that field. One page
     * query without entities (course_list_idx / course_track_idx serve the order) and one query for
     * the fields of the whole page.
     */
    public Page<CourseListItem> list(CourseTrack track, Field field, PageRequest paging) {
        Page<Object[]> page = ListQuery.from(em, "Course")
                .eq("track", track)
                .where(":%2$s member of %1$s.fields", field)
                .page(
                        "e.id, e.title, e.track, e.hours, e.description, e.createdAt, e.version, e.code, e.category, e.organiser, "
                                + "e.completionRule.minAttendanceShare, e.completionRule.evaluationRequired",
                        "e.title, e.id",
                        paging,
                        r -> r);
        List<UUID> ids = page.items().stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, List<Field>> fields = fieldsOf(ids);
        Map<UUID, List<Audience>> audiences = audiencesOf(ids);
        return page.map(r -> new CourseListItem(
                (UUID) r[0],
                (String) r[7],
                (String) r[1],
                (CourseTrack) r[2],
                (CourseCategory) r[8],
                audiences.getOrDefault((UUID) r[0], List.of()),
                (String) r[9],
                (java.math.BigDecimal) r[10],
                (Boolean) r[11],
                ((Number) r[3]).intValue(),
                fields.getOrDefault((UUID) r[0], List.of()),
                (String) r[4],
                (Instant) r[5],
                ((Number) r[6]).longValue()));
    }

    /** The audiences of these courses, each in audience order, in one query. */
    private Map<UUID, List<Audience>> audiencesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Audience>> audiences = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select c.id, a from Course c join c.audiences a where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            audiences.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add((Audience) r[1]);
        }
        audiences.values().forEach(list -> list.sort(null));
        return audiences;
    }

    /** The fields of these courses, each in field order, in one query. */
    private Map<UUID, List<Field>> fieldsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Field>> fields = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select c.id, f from Course c join c.fields f where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            fields.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add((Field) r[1]);
        }
        fields.values().forEach(list -> list.sort(null));
        return fields;
    }
}
