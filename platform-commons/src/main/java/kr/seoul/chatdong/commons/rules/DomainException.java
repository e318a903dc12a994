package kr.seoul.chatdong.commons.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the program refused a change. Domain and service code throw one of the kinds below and
 * know nothing of HTTP; the REST layer's one mapper ({@code ProblemMappers}) turns each kind into its
 * problem+json answer (400, 404, 409, 422; 428 and 412 for a change based on no or another version;
 * 403 for a caller the rule does not allow, 401 for what only a signed-in caller may see).
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.InvalidValue,
                DomainException.NotFound,
                DomainException.StateConflict,
                DomainException.RuleViolation,
                DomainException.VersionRequired,
                DomainException.StaleVersion,
                DomainException.NotAllowed,
                DomainException.SignInRequired {

    private final Map<String, Object> details = new LinkedHashMap<>();

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** Adds a detail a caller can act on (e.g. {@code missingCount}); it becomes a problem member. */
    public DomainException with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** A value breaks a rule on its own or next to another value of the same request (400). */
    public static final class InvalidValue extends DomainException {
        private final String field;
        private final String reason;

        public InvalidValue(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    /** The thing named does not exist (404). */
    public static final class NotFound extends DomainException {
        public NotFound(String what, Object id) {
            super("No " + what + " with id '" + id + "'");
        }
    }

    /** The change does not fit the current state of the thing, e.g. a COMPLETED round (409). */
    public static final class StateConflict extends DomainException {
        public StateConflict(String message) {
            super(message);
        }
    }

    /** A rule of the program refuses the change, though the request is well-formed (422). */
    public static final class RuleViolation extends DomainException {
        public RuleViolation(String message) {
            super(message);
        }
    }

    /** A change of an existing thing named no version it was based on (428). */
    public static final class VersionRequired extends DomainException {
        public VersionRequired(String what, long current) {
            super("Changing an existing " + what + " needs If-Match: \"" + current + "\" (the ETag of your GET)");
            with("currentETag", "\"" + current + "\"").with("currentVersion", current);
        }

        /** Of a thing whose ETag is not a version (a document: its SHA-256), given as the quoted ETag. */
        public VersionRequired(String what, String currentETag) {
            super("Replacing an existing " + what + " needs If-Match: " + currentETag + " (the ETag of your GET)");
            with("currentETag", currentETag);
        }
    }

    /** The change was based on a version the thing no longer has (412). */
    public static final class StaleVersion extends DomainException {
        public StaleVersion(String what, String expected, long current) {
            super("The " + what + " was changed since you read it (your If-Match: " + expected + ", now \"" + current
                    + "\"); GET it again, re-apply your change, and send the new ETag");
            with("currentETag", "\"" + current + "\"").with("currentVersion", current);
        }

        /** Of a thing whose ETag is not a version (a document: its SHA-256), given as the quoted ETag. */
        public StaleVersion(String what, String expected, String currentETag) {
            super("The " + what + " was replaced since you read it (your If-Match: " + expected + ", now " + currentETag
                    + "); GET it again and send its ETag");
            with("currentETag", currentETag);
        }
    }

    /** The caller is not one this rule allows, e.g. another consultant's assignment (403). */
    public static final class NotAllowed extends DomainException {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** What is asked for is shown only to a signed-in caller (401). */
    public static final class SignInRequired extends DomainException {
        public SignInRequired(String message) {
            super(message);
        }
    }
}
