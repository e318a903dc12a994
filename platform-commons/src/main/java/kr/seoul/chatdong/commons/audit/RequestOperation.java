package kr.seoul.chatdong.commons.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The operation a write belongs to ({@code POST /api/v1/rounds}), taken from the HTTP request
 * once, so that neither resources nor services spell it out: the audit trail and the
 * idempotency keys read it from here. Outside a request (an event consumer) it is unset.
 */
@RequestScoped
public class RequestOperation {

    private String value;

    public String value() {
        return value;
    }

    void set(String value) {
        this.value = value;
    }

    /** Sets it at the start of every API request. */
    public static class Capture {

        @jakarta.inject.Inject
        RequestOperation operation;

        @ServerRequestFilter
        public void capture(ContainerRequestContext request) {
            operation.set(
                    request.getMethod() + " /" + stripSlash(request.getUriInfo().getPath()));
        }

        private static String stripSlash(String path) {
            return path.startsWith("/") ? path.substring(1) : path;
        }
    }
}
