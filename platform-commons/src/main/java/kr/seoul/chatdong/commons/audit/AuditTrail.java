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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    @Inject
    jakarta.enterprise.inject.Instance<RequestOperation> operation;

    @Inject
    ObjectMapper json;

    /** A resource was created by the current request; the fields are those the command set. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entity, Object entityId, Object command) {
        record(entity, entityId, "CREATE", fieldsOf(command));
    }

    /** A resource was changed by the current request; the fields are those the command set. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entity, Object entityId, Object command) {
        record(entity, entityId, "UPDATE", fieldsOf(command));
    }

    /**
     * Records who did {@code action} to which entity and which fields it changed, in the caller's
     * transaction (so the entry exists exactly when the change does). The operation is the current
     * request's ({@code PATCH /api/v1/rounds/…}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, Object entityId, String action, Collection<String> changedFields) {
        em.createNativeQuery("""
                INSERT INTO audit_entry (at, subject, roles, entity, entity_id, action, changed_fields, operation)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, caller.account())
                .setParameter(3, roles())
                .setParameter(4, entity)
                .setParameter(5, String.valueOf(entityId))
                .setParameter(6, action)
                .setParameter(7, changedFields == null ? null : String.join(",", changedFields))
                .setParameter(8, currentOperation())
                .executeUpdate();
    }

    /** The top-level fields a command sets (non-null), in order: what a write changes. */
    public List<String> fieldsOf(Object command) {
        List<String> fields = new java.util.ArrayList<>();
        if (command == null) {
            return fields;
        }
        JsonNode tree = json.valueToTree(command);
        if (tree.isObject()) {
            tree.fields().forEachRemaining(e -> {
                if (e.getKey().equals("removed") && e.getValue().isArray()) {
                    // a merge patch's removed members are changed fields too
                    e.getValue().forEach(member -> fields.add(member.asText()));
                } else if (!e.getValue().isNull()) {
                    fields.add(e.getKey());
                }
            });
        } else if (tree.isArray()) {
            fields.add("[" + tree.size() + " items]");
        }
        return fields;
    }

    private String currentOperation() {
        try {
            return operation.isResolvable()
                            && io.quarkus.arc.Arc.container().requestContext().isActive()
                    ? operation.get().value()
                    : null;
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }

    /** Newest first. */
    public Page<AuditEntry> list(String entity, String entityId, PageRequest paging) {
        StringBuilder where = new StringBuilder();
        if (entity != null) {
            where.append(" WHERE entity = :entity");
        }
        if (entityId != null) {
            where.append(where.isEmpty() ? " WHERE" : " AND").append(" entity_id = :id");
        }
        // One round trip: the page (an index scan in seq order that stops after offset + size rows,
        // audit_entry_*_list_idx of V0_3) and the total as an uncorrelated scalar subquery.
        var rows = em.createNativeQuery(
                "SELECT seq, at, subject, roles, entity, entity_id, action, changed_fields, operation,"
                        + " (SELECT count(*) FROM audit_entry" + where + ") AS total FROM audit_entry"
                        + where + " ORDER BY seq DESC LIMIT :limit OFFSET :offset");
        bindFilter(rows, entity, entityId);
        rows.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        if (result.isEmpty()) {
            long total = paging.offset() == 0
                    ? 0
                    : ((Number) bindFilter(
                                            em.createNativeQuery("SELECT count(*) FROM audit_entry" + where),
                                            entity,
                                            entityId)
                                    .getSingleResult())
                            .longValue();
            return Page.of(List.of(), paging, total);
        }
        List<AuditEntry> items = result.stream().map(AuditEntry::of).toList();
        return Page.of(items, paging, ((Number) result.get(0)[9]).longValue());
    }

    private static jakarta.persistence.Query bindFilter(
            jakarta.persistence.Query query, String entity, String entityId) {
        if (entity != null) {
            query.setParameter("entity", entity);
        }
        if (entityId != null) {
            query.setParameter("id", entityId);
        }
        return query;
    }

    private String roles() {
        if (caller.isAnonymous()) {
            return null;
        }
        return List.of(
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        Roles.CONSULTANT,
                        Roles.TRAINER,
                        Roles.EDITOR,
                        Roles.TRAINEE)
                .stream()
                .filter(caller::hasRole)
                .reduce((a, b) -> a + "," + b)
                .orElse(null);
    }
}
