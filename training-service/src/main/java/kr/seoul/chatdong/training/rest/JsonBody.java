package kr.seoul.chatdong.training.rest;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.seoul.chatdong.commons.problem.ProblemException;

/**
 * A JSON body of an operation that also takes CSV (so it arrives as bytes): read and validated as
 * other operations' bodies are (malformed: 400 malformed-body; invalid: 400 validation).
 */
final class JsonBody {

    private JsonBody() {}

    /** {@code required} says what the body must be, for the 400 of an empty one. */
    static <T> T read(ObjectMapper json, Validator validator, byte[] body, JavaType type, String required)
            throws IOException {
        T value = body == null || body.length == 0 ? null : json.readValue(body, type);
        if (value == null) {
            throw ProblemException.invalid("body", "is required: " + required);
        }
        Set<ConstraintViolation<Object>> violations = new HashSet<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item == null) {
                    throw ProblemException.invalid("body", "has a null item");
                }
                violations.addAll(validator.validate(item));
            }
        } else {
            violations.addAll(validator.validate((Object) value));
        }
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
