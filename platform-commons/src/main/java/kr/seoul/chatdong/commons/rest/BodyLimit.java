package kr.seoul.chatdong.commons.rest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import kr.seoul.chatdong.commons.problem.ProblemType;

/**
 * Refuses a declared body over the limit with problem+json before it is read (the HTTP layer's own
 * refusal has no body). A chunked body without Content-Length is still cut at the HTTP layer's limit.
 *
 * <p>Every body is held to {@code chatdong.http.body-limit} (the platform's 1 MB), except the one
 * kind a service names for larger bodies: a path ({@code chatdong.http.large-body.path}, a regular
 * expression) with a media type ({@code chatdong.http.large-body.media-type}), which may use the
 * whole of {@code quarkus.http.limits.max-body-size} (training's CSV enrolment files, 20 MB), or
 * {@code chatdong.http.large-body.limit} when that is set; and documents
 * ({@code chatdong.documents.path}, a regular expression, any media type), which may be up to
 * {@code chatdong.documents.max-size} (50 MB; {@code Documents} also counts a chunked body as it
 * streams in). A service that takes documents sets {@code quarkus.http.limits.max-body-size} above
 * that, so the HTTP layer never cuts a document before the platform answers with a problem.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize largest;

    @ConfigProperty(name = "chatdong.http.body-limit", defaultValue = "1M")
    MemorySize limit;

    @ConfigProperty(name = "chatdong.http.large-body.path")
    Optional<Pattern> largeBodyPath;

    @ConfigProperty(name = "chatdong.http.large-body.media-type")
    Optional<String> largeBodyMediaType;

    @ConfigProperty(name = "chatdong.http.large-body.name", defaultValue = "the service's large uploads")
    String largeBodyName;

    @ConfigProperty(name = "chatdong.http.large-body.limit")
    Optional<MemorySize> largeBodyLimit;

    @ConfigProperty(name = "chatdong.documents.path")
    Optional<Pattern> documentPath;

    @ConfigProperty(name = "chatdong.documents.max-size", defaultValue = "50M")
    MemorySize documentLimit;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                boolean document = isDocument(ctx.request().path());
                boolean large = isLargeBody(ctx.request().path(), ctx.request().getHeader("Content-Type"));
                long allowed = document
                        ? documentLimit.asLongValue()
                        : large
                                ? largeBodyLimit.orElse(largest).asLongValue()
                                : Math.min(limit.asLongValue(), largest.asLongValue());
                try {
                    if (Long.parseLong(length.strip()) > allowed) {
                        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                        String detail = "The body is " + length.strip() + " bytes; the limit is " + allowed + " bytes"
                                + (document ? " for a document" : "")
                                + (!large && !document && largeBodyPath.isPresent()
                                        ? " (" + largeBodyLimit.orElse(largest).asLongValue() + " only for "
                                                + largeBodyName + ")"
                                        : "");
                        ctx.response()
                                .setStatusCode(type.status())
                                .putHeader("Content-Type", "application/problem+json")
                                .end(new JsonObject()
                                        .put("type", type.uri().toString())
                                        .put("title", type.title())
                                        .put("status", type.status())
                                        .put("detail", detail)
                                        .put("instance", ctx.request().path())
                                        .encode());
                        return;
                    }
                } catch (NumberFormatException e) {
                    // the HTTP layer answers a malformed Content-Length itself
                }
            }
            ctx.next();
        });
    }

    /** Whether the request uploads a document (whatever its Content-Type: the type is told from the bytes). */
    boolean isDocument(String path) {
        return documentPath.isPresent()
                && path != null
                && documentPath.get().matcher(path).matches();
    }

    /** Whether the request is of the one kind the service allows larger bodies for. */
    boolean isLargeBody(String path, String contentType) {
        return largeBodyPath.isPresent()
                && largeBodyMediaType.isPresent()
                && path != null
                && contentType != null
                && largeBodyPath.get().matcher(path).matches()
                && contentType
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .startsWith(largeBodyMediaType.get().toLowerCase(Locale.ROOT));
    }
}
