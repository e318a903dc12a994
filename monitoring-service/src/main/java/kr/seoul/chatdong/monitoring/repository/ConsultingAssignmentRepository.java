package kr.seoul.chatdong.monitoring.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.ConsultingAssignment;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

@ApplicationScoped
public class ConsultingAssignmentRepository implements PanacheRepositoryBase<ConsultingAssignment, UUID> {

    /** The assignment a round opened for a (dong, field) and did not withdraw, if there is one. */
    public java.util.Optional<ConsultingAssignment> of(UUID roundId, String dongCode, Field field) {
        return find(
                        "finding.roundId = ?1 and finding.dongCode = ?2 and finding.field = ?3 and status <> ?4",
                        roundId,
                        dongCode,
                        field,
                        ConsultingStatus.WITHDRAWN)
                .firstResultOptional();
    }
}
