package kr.seoul.chatdong.console;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Development sign-in: a role (and district) in, a token signed with the development key out. Only
 * where {@code CONSOLE_DEV_LOGIN=true} (./chatdong up, the browser tests); anywhere else it does not
 * exist (404), and the console's users sign in with the city's identity provider.
 */
@jakarta.ws.rs.Path("/api/dev-login")
public class DevLoginResource {

    /** What the sign-in form sends; subject is optional (a consultant's registered subject). */
    public record DevLogin(String role, String district, String subject) {
    }

    public record DevToken(String token, String role, String district) {
    }

    @ConfigProperty(name = "chatdong.console.dev-login")
    boolean enabled;
    @ConfigProperty(name = "chatdong.console.dev-key-location")
    String keyLocation;
    @ConfigProperty(name = "chatdong.console.issuer")
    String issuer;
    @ConfigProperty(name = "chatdong.console.token-hours")
    int tokenHours;

    private volatile DevTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(DevLogin request) {
        if (!enabled) {
            return problem(404, "not-found", "Not found", "development sign-in is off (CONSOLE_DEV_LOGIN is not true)");
        }
        String refusal = request == null ? "send {\"role\": \"city-admin\"}" : DevTokens.refusal(request.role(), request.district(), request.subject());
        if (refusal != null) {
            return problem(400, "validation", "The request has invalid fields", refusal);
        }
        String district = "district-officer".equals(request.role()) ? request.district() : null;
        return Response.ok(new DevToken(tokens().sign(request.role(), district, request.subject(), Instant.now()), request.role(), district)).build();
    }

    private DevTokens tokens() {
        if (tokens == null) {
            try {
                tokens = new DevTokens(DevTokens.readPrivateKey(Paths.get(keyLocation)), issuer, Duration.ofHours(tokenHours));
            } catch (Exception e) {
                throw new IllegalStateException("development key " + keyLocation + " cannot be read (CONSOLE_DEV_KEY_LOCATION)", e);
            }
        }
        return tokens;
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Response.status(status).type("application/problem+json")
                .entity(Map.of("type", "https://chatdong.seoul.go.kr/problems/" + type, "title", title, "status", status, "detail", detail,
                        "instance", "/api/dev-login"))
                .build();
    }
}
