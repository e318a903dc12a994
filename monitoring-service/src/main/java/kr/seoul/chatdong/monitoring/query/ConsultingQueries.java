package kr.seoul.chatdong.monitoring.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;
import kr.seoul.chatdong.monitoring.repository.ConsultantRepository;

/** The lists of consulting: assignments and consultants, each page one statement with its total. */
@ApplicationScoped
public class ConsultingQueries {

    @Inject
    EntityManager em;

    @Inject
    ConsultantRepository consultants;

    /**
     * Newest first, then by dong and field (id breaking ties). One query, no entities; each filter
     * has an index that leads with it and continues in this order (V4__list_indexes.sql).
     */
    public Page<AssignmentListItem> assignments(
            UUID roundId,
            String districtCode,
            String dongCode,
            Field field,
            ConsultingStatus status,
            UUID consultantId,
            PageRequest paging) {
        return ListQuery.from(em, "ConsultingAssignment")
                .eq("finding.roundId", roundId)
                .eq("finding.districtCode", districtCode)
                .eq("finding.dongCode", dongCode)
                .eq("finding.field", field)
                .eq("status", status)
                .eq("consultantId", consultantId)
                .page(
                        "e.id, e.finding.roundId, e.finding.dongCode, e.finding.districtCode, e.finding.field, e.finding.score, e.status, "
                                + "e.consultantId, e.visitOn, e.endedReason, e.finding.sourceEventId, e.createdAt, e.version",
                        "e.createdAt desc, e.finding.dongCode, e.finding.field, e.id",
                        paging,
                        r -> new AssignmentListItem(
                                (UUID) r[0],
                                (UUID) r[1],
                                (String) r[2],
                                (String) r[3],
                                (Field) r[4],
                                ((Number) r[5]).intValue(),
                                (ConsultingStatus) r[6],
                                (UUID) r[7],
                                (LocalDate) r[8],
                                (String) r[9],
                                (String) r[10],
                                (Instant) r[11],
                                ((Number) r[12]).longValue()));
    }

    /**
     * By name, then id. One query for the page with its total, one for the page's fields, one for
     * its loads (the same count the matching reads). {@code activeOn} keeps those active that day.
     */
    public Page<ConsultantListItem> consultants(
            Field field, String homeDistrictCode, LocalDate activeOn, PageRequest paging) {
        Page<Object[]> page = ListQuery.from(em, "Consultant")
                .where(":%2$s member of %1$s.fields", field)
                .eq("homeDistrictCode", homeDistrictCode)
                .atMost("activeFrom", activeOn)
                .where("(%1$s.activeTo is null or %1$s.activeTo >= :%2$s)", activeOn)
                .page(
                        "e.id, e.name, e.organisation, e.homeDistrictCode, e.capacity, e.activeFrom, e.activeTo",
                        "e.name, e.id",
                        paging,
                        r -> r);
        List<UUID> ids = page.items().stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Set<Field>> fields = fieldsOf(ids);
        Map<UUID, Long> loads = consultants.activeAssignments(ids);
        return page.map(r -> new ConsultantListItem(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                fields.getOrDefault((UUID) r[0], Set.of()),
                (String) r[3],
                ((Number) r[4]).intValue(),
                (LocalDate) r[5],
                (LocalDate) r[6],
                loads.getOrDefault((UUID) r[0], 0L)));
    }

    private Map<UUID, Set<Field>> fieldsOf(Collection<UUID> ids) {
        Map<UUID, Set<Field>> fields = new HashMap<>();
        if (ids.isEmpty()) {
            return fields;
        }
        List<Object[]> rows = em.createQuery(
                        "select c.id, f from Consultant c join c.fields f where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            fields.computeIfAbsent((UUID) r[0], k -> EnumSet.noneOf(Field.class))
                    .add((Field) r[1]);
        }
        return fields;
    }
}
