package kr.seoul.chatdong.commons.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import kr.seoul.chatdong.commons.problem.ProblemType;

/**
 * Refuses a declared body over the limit with problem+json before it is read (the HTTP layer's own
 * refusal has no body). A chunked body without Content-Length is still cut at the same limit.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1000).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > limit.asLongValue()) {
                        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                        ctx.response().setStatusCode(type.status()).putHeader("Content-Type", "application/problem+json")
                                .end(new JsonObject().put("type", type.uri().toString()).put("title", type.title())
                                        .put("status", type.status())
                                        .put("detail", "The body is " + length.strip() + " bytes; the limit is " + limit.asLongValue() + " bytes")
                                        .put("instance", ctx.request().path()).encode());
                        return;
                    }
                } catch (NumberFormatException e) {
                    // the HTTP layer answers a malformed Content-Length itself
                }
            }
            ctx.next();
        });
    }
}
