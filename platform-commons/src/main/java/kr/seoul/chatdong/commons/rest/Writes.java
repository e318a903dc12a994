package kr.seoul.chatdong.commons.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.security.Caller;

/**
 * The one way a resource performs a write: in one transaction with its audit entry and, for a
 * create with an {@code Idempotency-Key}, with the stored first answer that a retry gets again.
 */
@ApplicationScoped
public class Writes {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** How long a key is remembered; documented in the README. */
    @ConfigProperty(name = "chatdong.idempotency.ttl", defaultValue = "PT24H")
    Duration keyTtl;

    /**
     * Creates through {@code create} (which answers 201 with a Location) and audits it, at most
     * once per (caller, Idempotency-Key): see {@link #idempotent}.
     */
    @Transactional
    public <T> RestResponse<T> create(String key, String entity, String operation, Object request, Class<T> view,
            Supplier<RestResponse<T>> create) {
        return idempotent(key, operation, request, view, () -> audited(entity, operation, request, create.get()));
    }

    /**
     * Runs a state-changing POST (a create or an action such as completing a round) at most once
     * per (caller, key): the same key with the same operation and body answers the first response
     * again, with {@code Idempotent-Replayed: true}; with another body it is refused (422). Without
     * a key the write simply runs. The key is stored in the write's own transaction.
     */
    @Transactional
    public <T> RestResponse<T> idempotent(String key, String operation, Object request, Class<T> view, Supplier<RestResponse<T>> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be 1 to 200 characters (a UUID is a good key)");
        }
        String hash = hash(operation, request);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("DELETE FROM idempotency_key WHERE subject = ?1 AND key = ?2 AND expires_at < ?3")
                .setParameter(1, caller.subject()).setParameter(2, key).setParameter(3, now).executeUpdate();
        // A concurrent request with the same key waits here until the first one commits or rolls back.
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (subject, key, operation, request_hash, created_at, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (subject, key) DO NOTHING""")
                .setParameter(1, caller.subject()).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .setParameter(5, now).setParameter(6, now.plus(keyTtl)).executeUpdate();
        if (claimed == 0) {
            return replay(key, operation, hash, view);
        }
        RestResponse<T> response = write.get();
        em.createNativeQuery("""
                UPDATE idempotency_key SET status = ?3, response_body = ?4, location = ?5, etag = ?6
                WHERE subject = ?1 AND key = ?2""")
                .setParameter(1, caller.subject()).setParameter(2, key).setParameter(3, response.getStatus())
                .setParameter(4, write(response.getEntity()))
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .executeUpdate();
        return response;
    }

    /** Changes an existing resource and records who changed which fields. */
    @Transactional
    public <T> T update(String entity, Object id, String operation, List<String> changedFields, Supplier<T> change) {
        return act(entity, id, "UPDATE", operation, changedFields, change);
    }

    /** A state change by action (e.g. completing a round). */
    @Transactional
    public <T> T act(String entity, Object id, String action, String operation, List<String> changedFields, Supplier<T> change) {
        T result = change.get();
        audit.record(entity, id, action, changedFields, operation);
        return result;
    }

    /** The top-level fields a request body sets (non-null), in order: what a write changes. */
    public List<String> fieldsOf(Object request) {
        List<String> fields = new ArrayList<>();
        if (request == null) {
            return fields;
        }
        JsonNode tree = json.valueToTree(request);
        if (tree.isObject()) {
            tree.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    fields.add(e.getKey());
                }
            });
        } else if (tree.isArray()) {
            fields.add("[" + tree.size() + " items]");
        }
        return fields;
    }

    private <T> RestResponse<T> audited(String entity, String operation, Object request, RestResponse<T> response) {
        String location = response.getLocation() == null ? "" : response.getLocation().getPath();
        String id = location.substring(location.lastIndexOf('/') + 1);
        audit.record(entity, id, "CREATE", fieldsOf(request), operation);
        return response;
    }

    @SuppressWarnings("unchecked")
    private <T> RestResponse<T> replay(String key, String operation, String hash, Class<T> view) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT operation, request_hash, status, response_body, location, etag FROM idempotency_key
                WHERE subject = ?1 AND key = ?2""")
                .setParameter(1, caller.subject()).setParameter(2, key).getSingleResult();
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw ProblemException.domainRule("Idempotency-Key '" + key + "' was used for a different request ("
                    + row[0] + "); use a new key for a new request").with("field", IDEMPOTENCY_KEY);
        }
        if (row[2] == null) {
            throw ProblemException.conflict("A request with Idempotency-Key '" + key + "' is still being processed; retry shortly");
        }
        try {
            var builder = RestResponse.ResponseBuilder.<T>create(RestResponse.Status.fromStatusCode(((Number) row[2]).intValue()),
                    json.readValue((String) row[3], view)).header(REPLAYED, "true");
            if (row[4] != null) {
                builder.location(java.net.URI.create((String) row[4]));
            }
            if (row[5] != null) {
                builder.tag(new EntityTag((String) row[5]));
            }
            return builder.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response cannot be read", e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update(json.writeValueAsBytes(json.valueToTree(request)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object entity) {
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
