package kr.seoul.chatdong.commons.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.language.geo.UnknownPlace;

/**
 * Turns every failure that reaches the REST layer into RFC 9457 problem+json. The only place the
 * platform builds error responses: resources throw {@link ProblemException} and let this answer.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem body = new Problem(
                e.type().uri(),
                e.type().title(),
                e.type().status(),
                e.getMessage(),
                path(uri),
                e.errors(),
                e.extensions());
        return respond(body);
    }

    /** The domain's refusals, by kind: the domain knows no HTTP, this is where it gets a status. */
    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        // DomainException is sealed: a new kind that is not answered here does not compile.
        ProblemType type = switch (e) {
            case DomainException.InvalidValue invalid -> ProblemType.VALIDATION;
            case DomainException.NotFound notFound -> ProblemType.NOT_FOUND;
            case DomainException.StateConflict conflict -> ProblemType.CONFLICT;
            case DomainException.RuleViolation violation -> ProblemType.DOMAIN_RULE;
            case DomainException.VersionRequired required -> ProblemType.PRECONDITION_REQUIRED;
            case DomainException.StaleVersion stale -> ProblemType.PRECONDITION_FAILED;
            case DomainException.NotAllowed notAllowed -> ProblemType.FORBIDDEN;
            case DomainException.SignInRequired signIn -> ProblemType.UNAUTHORIZED;
        };
        List<FieldViolation> errors = e instanceof DomainException.InvalidValue invalid
                ? List.of(new FieldViolation(invalid.field(), invalid.reason()))
                : List.of();
        return respond(
                new Problem(type.uri(), type.title(), type.status(), e.getMessage(), path(uri), errors, e.details()));
    }

    /** A district or dong code the reference geography does not know: a 400 naming the field. */
    @ServerExceptionMapper
    public Response unknownPlace(UnknownPlace e, UriInfo uri) {
        ProblemException problem = ProblemException.invalid(e.field(), e.reason());
        return problem(problem, uri);
    }

    /** An upload the document store does not take: too large (413) or not of an accepted type (415). */
    @ServerExceptionMapper
    public Response documentRefused(kr.seoul.chatdong.commons.documents.DocumentRefused e, UriInfo uri) {
        ProblemType type = switch (e.reason()) {
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
        };
        java.util.Map<String, Object> members = new java.util.LinkedHashMap<>();
        if (e.reason() == kr.seoul.chatdong.commons.documents.DocumentRefused.Reason.TOO_LARGE) {
            members.put("limitBytes", e.limit());
        } else {
            members.put("found", e.found());
            members.put("accepted", List.of("PDF", "HWP", "HWPX", "DOCX", "PPTX", "XLSX"));
        }
        String title = e.reason() == kr.seoul.chatdong.commons.documents.DocumentRefused.Reason.UNSUPPORTED_TYPE
                ? "The document's type is not one the platform takes"
                : type.title();
        return respond(new Problem(type.uri(), title, type.status(), e.getMessage(), path(uri), List.of(), members));
    }

    /** A Range past the end of a document: 416 with the document's size in Content-Range. */
    @ServerExceptionMapper
    public Response rangeNotSatisfiable(kr.seoul.chatdong.commons.rest.RangeNotSatisfiable e, UriInfo uri) {
        ProblemType type = ProblemType.RANGE_NOT_SATISFIABLE;
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header("Content-Range", "bytes */" + e.size())
                .entity(new Problem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        e.getMessage(),
                        path(uri),
                        List.of(),
                        java.util.Map.of("size", e.size())))
                .build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        ProblemType type = ProblemType.UNAUTHORIZED;
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .entity(new Problem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        "Send 'Authorization: Bearer <token>' with a valid, unexpired token of the platform",
                        path(uri),
                        List.of(),
                        null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        ProblemType type = ProblemType.FORBIDDEN;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "Your token's roles do not allow this operation (see its security requirement in /q/openapi)",
                path(uri),
                List.of(),
                null));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        ProblemType type = ProblemType.PRECONDITION_FAILED;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "Someone changed this resource while you were writing; GET it again and retry with its new ETag",
                path(uri),
                List.of(),
                null));
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleWrite(null, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        return respond(validation(e, uri));
    }

    /** Quarkus' own mapper is registered for this subtype; ours must be at least as specific. */
    @ServerExceptionMapper
    public Response restViolations(ResteasyReactiveViolationException e, UriInfo uri) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (ourFault) {
            return unexpected(e, uri);
        }
        return respond(validation(e, uri));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(malformed(e, uri));
    }

    /** A merge patch whose members do not fit the resource (unknown member, wrong type). */
    @ServerExceptionMapper
    public Response patchNotReadable(kr.seoul.chatdong.commons.rest.MergePatch.PatchNotReadable e, UriInfo uri) {
        return respond(malformed(e.json(), uri));
    }

    /** Quarkus' Jackson support maps this subtype itself; ours must be at least as specific. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return respond(malformed(e, uri));
    }

    /**
     * The database refused a value (SQLState class 22: out of range, not storable text such as NUL):
     * the input was bad even though it parsed.
     */
    @ServerExceptionMapper
    public Response data(DataException e, UriInfo uri) {
        ProblemType type = ProblemType.VALIDATION;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "A value is outside what can be stored (a date beyond year 9999, or a control character in text); check dates and text",
                path(uri),
                List.of(new FieldViolation("body", "a value is out of range")),
                null));
    }

    /** Two requests created the same thing at once (a unique key); the loser is told to read and retry. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        ProblemType type = ProblemType.CONFLICT;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "Another request created or changed this at the same moment; GET it and retry",
                path(uri),
                List.of(),
                null));
    }

    /** A date or time outside what the calendar allows, wherever it was computed from input. */
    @ServerExceptionMapper
    public Response dateTime(java.time.DateTimeException e, UriInfo uri) {
        ProblemType type = ProblemType.MALFORMED_BODY;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "A date or time is out of range: " + e.getMessage(),
                path(uri),
                List.of(new FieldViolation("body", "date or time out of range")),
                null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return respond(malformed(json, uri));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri);
            case 406 ->
                "This resource answers application/json (lists and results also text/csv: see the operation in /q/openapi)";
            case 415 -> "Send the body as application/json";
            default -> type.title();
        };
        return respond(new Problem(type.uri(), type.title(), status, detail, path(uri), List.of(), null));
    }

    /** Seconds a client is asked to wait when the database is out of reach. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (kr.seoul.chatdong.commons.persistence.DatabaseUnavailable.is(e)) {
            // Not a fault of the request or of the code: the caller can try again (a create with the
            // same Idempotency-Key is stored at most once).
            LOG.warnf("Database unavailable on %s: %s", path(uri), e.getMessage());
            ProblemType type = ProblemType.UNAVAILABLE;
            return Response.status(type.status())
                    .type(Problem.MEDIA_TYPE)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(new Problem(
                            type.uri(),
                            type.title(),
                            type.status(),
                            "The database cannot be reached right now; retry in " + RETRY_AFTER_SECONDS
                                    + " s (send a create again with the same Idempotency-Key: it is stored at most once)",
                            path(uri),
                            List.of(),
                            null))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (incident %s)", path(uri), incident);
        ProblemType type = ProblemType.INTERNAL;
        return respond(new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "Unexpected error; quote incident " + incident + " when reporting it",
                path(uri),
                List.of(),
                null));
    }

    private static Problem validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldViolation(jsonPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message));
        ProblemType type = ProblemType.VALIDATION;
        String detail = errors.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(type.title());
        return new Problem(type.uri(), type.title(), type.status(), detail, path(uri), errors, null);
    }

    private static Problem malformed(JsonProcessingException e, UriInfo uri) {
        ProblemType type = ProblemType.MALFORMED_BODY;
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        String message;
        if (e instanceof JsonParseException) {
            message = "not valid JSON at line " + location(e);
            field = "";
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown property; expected one of " + unknown.getKnownPropertyIds();
        } else if (e instanceof InvalidFormatException invalid) {
            message = "'" + invalid.getValue() + "' is not a valid " + describe(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched) {
            message = "expected " + describe(mismatched.getTargetType());
        } else {
            message = "cannot be read";
        }
        String where = field.isEmpty() ? "body" : field;
        List<FieldViolation> errors = List.of(new FieldViolation(where, message));
        return new Problem(type.uri(), type.title(), type.status(), where + ": " + message, path(uri), errors, null);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "value, one of " + names;
        }
        return switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "number";
            case "boolean", "Boolean" -> "boolean (true or false)";
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO 8601, e.g. 2016-02-24T09:00:00+09:00)";
            case "UUID" -> "UUID";
            case "String" -> "string";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "array" : "object";
        };
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? "?"
                : e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Jackson's reference chain as a JSON path: {@code dongCodes[3]}, {@code members[0].name}. */
    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * A Bean Validation path as the client knows it: the method and body-parameter nodes are
     * dropped ({@code create.body.dongCodes[3].<list element>} becomes {@code dongCodes[3]}); a
     * constraint on a query parameter keeps the parameter's name.
     */
    static String jsonPath(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        int start = 0;
        while (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD) {
            start++;
        }
        if (start < nodes.size() - 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (key != null) {
                    path.append('[').append(key).append(']');
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static Response respond(Problem body) {
        return Response.status(body.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .build();
    }
}
