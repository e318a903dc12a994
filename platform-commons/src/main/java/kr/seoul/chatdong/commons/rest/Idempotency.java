package kr.seoul.chatdong.commons.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.commons.audit.RequestOperation;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.security.Caller;

/**
 * Makes a state-changing POST (a create, or an action such as completing a round) safe to retry:
 * with an {@code Idempotency-Key}, the first answer is stored in the write's own transaction and
 * a retry with the same key and body gets it again ({@code Idempotent-Replayed: true}); the same
 * key with another body is refused (422). Keys are per caller and kept {@code chatdong.idempotency.ttl}.
 * The write itself (its transaction, audit entry and events) is the service's.
 */
@ApplicationScoped
public class Idempotency {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Inject
    RequestOperation operation;

    @Inject
    Clock clock;

    /** How long a key is remembered; documented in the README. */
    @ConfigProperty(name = "chatdong.idempotency.ttl", defaultValue = "PT24H")
    Duration keyTtl;

    /**
     * Runs {@code write} at most once per (caller, key) for this operation and body; without a key
     * it simply runs. {@code view} is the answer's body type, to replay a stored answer.
     */
    @Transactional
    public <T> RestResponse<T> once(String key, Object request, Class<T> view, Supplier<RestResponse<T>> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be 1 to 200 characters (a UUID is a good key)");
        }
        String op = operation.value();
        String hash = hash(op, request);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery("DELETE FROM idempotency_key WHERE subject = ?1 AND key = ?2 AND expires_at < ?3")
                .setParameter(1, caller.account())
                .setParameter(2, key)
                .setParameter(3, now)
                .executeUpdate();
        // A concurrent request with the same key waits here until the first one commits or rolls back.
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (subject, key, operation, request_hash, created_at, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (subject, key) DO NOTHING""")
                .setParameter(1, caller.account())
                .setParameter(2, key)
                .setParameter(3, op)
                .setParameter(4, hash)
                .setParameter(5, now)
                .setParameter(6, now.plus(keyTtl))
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, op, hash, view);
        }
        RestResponse<T> response = write.get();
        em.createNativeQuery("""
                UPDATE idempotency_key SET status = ?3, response_body = ?4, location = ?5, etag = ?6
                WHERE subject = ?1 AND key = ?2""")
                .setParameter(1, caller.account())
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, write(response.getEntity()))
                .setParameter(
                        5,
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(
                        6,
                        response.getEntityTag() == null
                                ? null
                                : response.getEntityTag().getValue())
                .executeUpdate();
        return response;
    }

    @SuppressWarnings("unchecked")
    private <T> RestResponse<T> replay(String key, String operation, String hash, Class<T> view) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT operation, request_hash, status, response_body, location, etag FROM idempotency_key
                WHERE subject = ?1 AND key = ?2""")
                .setParameter(1, caller.account())
                .setParameter(2, key)
                .getSingleResult();
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw ProblemException.domainRule("Idempotency-Key '" + key + "' was used for a different request ("
                            + row[0] + "); use a new key for a new request")
                    .with("field", IDEMPOTENCY_KEY);
        }
        if (row[2] == null) {
            throw ProblemException.conflict(
                    "A request with Idempotency-Key '" + key + "' is still being processed; retry shortly");
        }
        try {
            var builder = RestResponse.ResponseBuilder.<T>create(
                            RestResponse.Status.fromStatusCode(((Number) row[2]).intValue()),
                            json.readValue((String) row[3], view))
                    .header(REPLAYED, "true");
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
