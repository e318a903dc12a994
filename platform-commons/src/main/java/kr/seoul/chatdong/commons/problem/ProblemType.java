package kr.seoul.chatdong.commons.problem;

import java.net.URI;

/**
 * The kinds of problem every service can answer with. The {@link #uri()} is stable: clients may
 * branch on it. The README's "Calling the API" section lists them.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "The request has invalid fields"),
    MALFORMED_BODY("malformed-body", 400, "The request body is not valid JSON of the expected shape"),
    UNAUTHORIZED("unauthorized", 401, "A valid bearer token is required"),
    FORBIDDEN("forbidden", 403, "Your role or district does not allow this"),
    NOT_FOUND("not-found", 404, "No such resource"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "This method is not allowed on this resource"),
    NOT_ACCEPTABLE("not-acceptable", 406, "The requested media type is not available"),
    CONFLICT("conflict", 409, "The resource's current state does not allow this"),
    PRECONDITION_FAILED("precondition-failed", 412, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Send application/json"),
    RANGE_NOT_SATISFIABLE("range-not-satisfiable", 416, "The range asked for is outside the document"),
    DOMAIN_RULE("domain-rule", 422, "A rule of the program refuses this"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Send If-Match with the ETag you read"),
    INTERNAL("internal", 500, "Something went wrong on our side"),
    UNAVAILABLE("unavailable", 503, "A dependency is unavailable; retry later");

    /** Base of every problem type URI; a documentation page may be served there later. */
    public static final String BASE = "https://chatdong.seoul.go.kr/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
