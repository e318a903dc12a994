package kr.seoul.chatdong.monitoring.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

@ApplicationScoped
public class ConsultingAssignmentRepository implements PanacheRepositoryBase<ConsultingAssignment, UUID> {

    /** An assignment in a list: the columns its view shows. */
    public record AssignmentRow(UUID id, UUID roundId, String dongCode, String districtCode, Field field, int score,
            ConsultingStatus status, UUID consultantId, LocalDate visitOn, String endedReason, String sourceEventId, Instant createdAt, long version) {
    }

    /**
     * Newest first, then by dong and field (id breaking ties). One query, no entities; each filter
     * has an index that leads with it and continues in this order (V4__list_indexes.sql).
     */
    public Page<AssignmentRow> list(UUID roundId, String districtCode, String dongCode, Field field,
            ConsultingStatus status, UUID consultantId, PageRequest paging) {
        return ListQuery.from(getEntityManager(), "ConsultingAssignment").eq("finding.roundId", roundId)
                .eq("finding.districtCode", districtCode).eq("finding.dongCode", dongCode).eq("finding.field", field).eq("status", status)
                .eq("consultantId", consultantId)
                .page("e.id, e.finding.roundId, e.finding.dongCode, e.finding.districtCode, e.finding.field, e.finding.score, e.status, "
                        + "e.consultantId, e.visitOn, e.endedReason, e.finding.sourceEventId, e.createdAt, e.version",
                        "e.createdAt desc, e.finding.dongCode, e.finding.field, e.id", paging,
                        r -> new AssignmentRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (Field) r[4],
                                ((Number) r[5]).intValue(), (ConsultingStatus) r[6], (UUID) r[7], (LocalDate) r[8], (String) r[9], (String) r[10],
                                (Instant) r[11], ((Number) r[12]).longValue()));
    }

    /** The assignment a round opened for a (dong, field) and did not withdraw, if there is one. */
    public java.util.Optional<ConsultingAssignment> of(UUID roundId, String dongCode, Field field) {
        return find("finding.roundId = ?1 and finding.dongCode = ?2 and finding.field = ?3 and status <> ?4", roundId, dongCode, field,
                ConsultingStatus.WITHDRAWN).firstResultOptional();
    }
}
