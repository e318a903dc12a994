package kr.seoul.chatdong.training.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import kr.seoul.chatdong.commons.problem.ProblemType;

/**
 * The HTTP layer of this service accepts bodies up to 20 MB (quarkus.http.limits.max-body-size in
 * application.properties) for one reason: a CSV enrolment file of a city-wide cohort. Every other
 * body keeps the platform's 1 MB limit, refused here with problem+json before it is read (this runs
 * just before the platform's BodyLimit, which then checks the 20 MB).
 */
@ApplicationScoped
public class CsvBodyLimit {

    static final long OTHER_BODIES = 1024 * 1024;
    private static final Pattern CSV_ENROLMENT = Pattern.compile("/api/v1/cohorts/[^/]+/enrolments/?");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 999).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && !isCsvEnrolment(ctx.request().path(), ctx.request().getHeader("Content-Type"))) {
                try {
                    if (Long.parseLong(length.strip()) > OTHER_BODIES) {
                        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                        ctx.response().setStatusCode(type.status()).putHeader("Content-Type", "application/problem+json")
                                .end(new JsonObject().put("type", type.uri().toString()).put("title", type.title())
                                        .put("status", type.status())
                                        .put("detail", "The body is " + length.strip() + " bytes; the limit is " + OTHER_BODIES
                                                + " bytes (20 MB only for a CSV enrolment file)")
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

    static boolean isCsvEnrolment(String path, String contentType) {
        return path != null && contentType != null && CSV_ENROLMENT.matcher(path).matches()
                && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
    }
}
