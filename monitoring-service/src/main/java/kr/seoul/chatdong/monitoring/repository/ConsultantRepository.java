package kr.seoul.chatdong.monitoring.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.Consultant;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

@ApplicationScoped
public class ConsultantRepository implements PanacheRepositoryBase<Consultant, UUID> {

    /** Active assignments (ASSIGNED … REPORTED) per consultant; absent means none. */
    public Map<UUID, Long> activeAssignments(Collection<UUID> consultantIds) {
        Map<UUID, Long> loads = new HashMap<>();
        if (consultantIds.isEmpty()) {
            return loads;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select a.consultantId, count(a) from ConsultingAssignment a "
                                + "where a.consultantId in :ids and a.status in :active group by a.consultantId",
                        Object[].class)
                .setParameter("ids", consultantIds)
                .setParameter("active", ConsultingStatus.ACTIVE)
                .getResultList();
        for (Object[] r : rows) {
            loads.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return loads;
    }

    public long activeAssignments(UUID consultantId) {
        return activeAssignments(List.of(consultantId)).getOrDefault(consultantId, 0L);
    }

    /**
     * Every consultant of {@code field}, locked until the transaction ends: matching reads their
     * loads and assigns, and two matchings at once must not both fill the last place.
     */
    public List<Consultant> lockAllOf(Field field) {
        List<UUID> ids = getEntityManager()
                .createQuery("select c.id from Consultant c where :field member of c.fields order by c.id", UUID.class)
                .setParameter("field", field)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select c from Consultant c where c.id in :ids order by c.id", Consultant.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** One consultant, locked until the transaction ends (a manual assignment checks and uses their capacity). */
    public Consultant lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public java.util.Optional<Consultant> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
