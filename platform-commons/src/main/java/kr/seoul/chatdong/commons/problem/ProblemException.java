package kr.seoul.chatdong.commons.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one exception domain and service code throws to refuse a request. It carries everything the
 * client needs to fix the call; {@link ProblemMappers} turns it into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail, List<FieldViolation> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException domainRule(String detail) {
        return new ProblemException(ProblemType.DOMAIN_RULE, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION, field + ": " + message, List.of(new FieldViolation(field, message)));
    }

    public static ProblemException unknownCode(String field, String code, String kind) {
        return invalid(
                field,
                "unknown " + kind + " code '" + code + "' (see GET /api/v1/" + kind + "s on monitoring-service)");
    }

    /** Adds an extension member to the problem body. */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
