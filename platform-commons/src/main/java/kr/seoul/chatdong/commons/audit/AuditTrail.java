package kr.seoul.chatdong.commons.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;

/** Who changed what and when, recorded in the same transaction as the change. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, Object entityId, String action, Collection<String> changedFields, String operation) {
        em.createNativeQuery("""
                INSERT INTO audit_entry (at, subject, roles, entity, entity_id, action, changed_fields, operation)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, caller.subject())
                .setParameter(3, roles())
                .setParameter(4, entity)
                .setParameter(5, String.valueOf(entityId))
                .setParameter(6, action)
                .setParameter(7, changedFields == null ? null : String.join(",", changedFields))
                .setParameter(8, operation)
                .executeUpdate();
    }

    /** Newest first. */
    public Page<AuditEntry> list(String entity, String entityId, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (entity != null) {
            where.append(" AND entity = :entity");
        }
        if (entityId != null) {
            where.append(" AND entity_id = :id");
        }
        var rows = em.createNativeQuery("SELECT seq, at, subject, roles, entity, entity_id, action, changed_fields, operation FROM audit_entry"
                + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset");
        var count = em.createNativeQuery("SELECT count(*) FROM audit_entry" + where);
        for (var q : List.of(rows, count)) {
            if (entity != null) {
                q.setParameter("entity", entity);
            }
            if (entityId != null) {
                q.setParameter("id", entityId);
            }
        }
        rows.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        List<AuditEntry> items = result.stream().map(AuditEntry::of).toList();
        return Page.of(items, paging, ((Number) count.getSingleResult()).longValue());
    }

    private String roles() {
        if (caller.isAnonymous()) {
            return null;
        }
        return List.of(Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER, Roles.MONITOR, Roles.CONSULTANT, Roles.TRAINER, Roles.EDITOR)
                .stream().filter(caller::hasRole).reduce((a, b) -> a + "," + b).orElse(null);
    }
}
