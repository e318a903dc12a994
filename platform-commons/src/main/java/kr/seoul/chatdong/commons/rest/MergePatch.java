package kr.seoul.chatdong.commons.rest;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON merge patch (RFC 7396) of a resource: a member that is absent stays as it is, a
 * member with a value sets it, a member sent as {@code null} removes it. A request record cannot tell
 * absent from {@code null}, so a PATCH resource takes the body as an {@code ObjectNode} (declaring
 * the record as its OpenAPI schema) and reads it here into the record, validated, plus the names
 * of the members to remove. Whether a member may be removed is the aggregate's rule.
 */
@ApplicationScoped
public class MergePatch {

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** The changes a patch sets, and the members it removes. */
    public record Patch<T>(T changes, Set<String> removed) {}

    public <T> Patch<T> read(ObjectNode body, Class<T> type) {
        Set<String> removed = new TreeSet<>();
        body.properties().forEach(member -> {
            if (member.getValue().isNull()) {
                removed.add(member.getKey());
            }
        });
        T changes;
        try {
            changes = json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new PatchNotReadable(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(changes);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new Patch<>(changes, Set.copyOf(removed));
    }

    /** Carries the reader's own failure (unknown member, wrong type) to the mapper of malformed bodies. */
    public static final class PatchNotReadable extends RuntimeException {
        public PatchNotReadable(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }

        public JsonProcessingException json() {
            return (JsonProcessingException) getCause();
        }
    }
}
