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
import kr.seoul.chatdong.training.domain.TrainingNeed;

/** The list of training needs: one statement per page with its total, one for the page's courses. */
@ApplicationScoped
public class TrainingNeedQueries {

    @Inject
    EntityManager em;

    /**
     * Newest first, then by dong and field (id breaking ties); {@code source} null: needs of both sources. One page query without entities
     * (training_need_*_idx of V3 serve filter and order) and one query for the course ids of the
     * whole page.
     */
    public Page<TrainingNeedListItem> list(
            TrainingNeed.Source source,
            UUID roundId,
            String districtCode,
            String dongCode,
            Field field,
            TrainingNeed.Status status,
            PageRequest paging) {
        Page<Object[]> page = ListQuery.from(em, "TrainingNeed")
                .eq("source", source)
                .eq("finding.roundId", roundId)
                .eq("districtCode", districtCode)
                .eq("finding.dongCode", dongCode)
                .eq("finding.field", field)
                .eq("status", status)
                .page(
                        "e.id, e.finding.roundId, e.finding.dongCode, e.districtCode, e.finding.field, e.finding.score, e.status, "
                                + "e.finding.sourceEventId, e.createdAt, e.version, e.withdrawnReason, e.source, e.topic, "
                                + "e.demandRespondents, e.demandSurveys",
                        "e.createdAt desc, e.finding.dongCode, e.finding.field, e.id",
                        paging,
                        r -> r);
        Map<UUID, List<UUID>> courses =
                coursesOf(page.items().stream().map(r -> (UUID) r[0]).toList());
        return page.map(r -> new TrainingNeedListItem(
                (UUID) r[0],
                (TrainingNeed.Source) r[11],
                (UUID) r[1],
                (String) r[2],
                (String) r[3],
                (Field) r[4],
                r[5] == null ? null : ((Number) r[5]).intValue(),
                (String) r[12],
                r[13] == null ? null : ((Number) r[13]).intValue(),
                r[14] == null ? null : ((Number) r[14]).intValue(),
                (TrainingNeed.Status) r[6],
                courses.getOrDefault((UUID) r[0], List.of()),
                (String) r[10],
                (String) r[7],
                (Instant) r[8],
                ((Number) r[9]).longValue()));
    }

    /** The course ids of these needs, each sorted, in one query. */
    private Map<UUID, List<UUID>> coursesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> courses = new HashMap<>();
        // The link table alone, by its primary key (need_id, course_id): joining training_need made
        // the planner hash-join every link row of the table (bench/lists, 15.7 ms against 0.75 ms).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT need_id, course_id FROM training_need_course WHERE need_id IN (:ids) ORDER BY need_id, course_id")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            courses.computeIfAbsent((UUID) r[0], id -> new ArrayList<>()).add((UUID) r[1]);
        }
        return courses;
    }
}
