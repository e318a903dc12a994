package kr.seoul.chatdong.monitoring.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.monitoring.domain.Consultant;
import kr.seoul.chatdong.monitoring.domain.ConsultingStatus;

@ApplicationScoped
public class ConsultantRepository implements PanacheRepositoryBase<Consultant, UUID> {

    /** A consultant in a list, with the fields they consult in and their current load. */
    public record ConsultantRow(UUID id, String name, String organisation, Set<Field> fields, String homeDistrictCode, int capacity,
            LocalDate activeFrom, LocalDate activeTo, long activeAssignments) {
    }

    /**
     * By name, then id. One query for the page, one for the page's fields, one for its loads.
     * {@code activeOn} keeps those active that day.
     */
    public Page<ConsultantRow> list(Field field, String homeDistrictCode, LocalDate activeOn, PageRequest paging) {
        Page<Object[]> page = ListQuery.from(getEntityManager(), "Consultant")
                .where(":%2$s member of %1$s.fields", field)
                .eq("homeDistrictCode", homeDistrictCode)
                .atMost("activeFrom", activeOn)
                .where("(%1$s.activeTo is null or %1$s.activeTo >= :%2$s)", activeOn)
                .page("e.id, e.name, e.organisation, e.homeDistrictCode, e.capacity, e.activeFrom, e.activeTo", "e.name, e.id", paging, r -> r);
        List<UUID> ids = page.items().stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Set<Field>> fields = fieldsOf(ids);
        Map<UUID, Long> loads = activeAssignments(ids);
        return page.map(r -> new ConsultantRow((UUID) r[0], (String) r[1], (String) r[2], fields.getOrDefault((UUID) r[0], Set.of()),
                (String) r[3], ((Number) r[4]).intValue(), (LocalDate) r[5], (LocalDate) r[6], loads.getOrDefault((UUID) r[0], 0L)));
    }

    private Map<UUID, Set<Field>> fieldsOf(Collection<UUID> ids) {
        Map<UUID, Set<Field>> fields = new HashMap<>();
        if (ids.isEmpty()) {
            return fields;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select c.id, f from Consultant c join c.fields f where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            fields.computeIfAbsent((UUID) r[0], k -> EnumSet.noneOf(Field.class)).add((Field) r[1]);
        }
        return fields;
    }

    /** Active assignments (ASSIGNED … REPORTED) per consultant; absent means none. */
    public Map<UUID, Long> activeAssignments(Collection<UUID> consultantIds) {
        Map<UUID, Long> loads = new HashMap<>();
        if (consultantIds.isEmpty()) {
            return loads;
        }
        List<Object[]> rows = getEntityManager().createQuery("select a.consultantId, count(a) from ConsultingAssignment a "
                + "where a.consultantId in :ids and a.status in :active group by a.consultantId", Object[].class)
                .setParameter("ids", consultantIds).setParameter("active", ConsultingStatus.ACTIVE).getResultList();
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
                .setParameter("field", field).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select c from Consultant c where c.id in :ids order by c.id", Consultant.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** One consultant, locked until the transaction ends (a manual assignment checks and uses their capacity). */
    public Consultant lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public java.util.Optional<Consultant> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
