package kr.seoul.chatdong.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the browser finds the four services and the identity provider it signs people in with
 * (the issuer of the realm and the console's public client): read by the single-page app at start,
 * so one build serves any environment.
 */
@Path("/config.json")
public class ConsoleConfigResource {

    /** The console's configuration as the SPA reads it. */
    public record ConsoleConfig(
            String governanceUrl,
            String monitoringUrl,
            String trainingUrl,
            String casesUrl,
            String oidcIssuer,
            String oidcClientId) {}

    @ConfigProperty(name = "chatdong.console.governance-url")
    String governance;

    @ConfigProperty(name = "chatdong.console.monitoring-url")
    String monitoring;

    @ConfigProperty(name = "chatdong.console.training-url")
    String training;

    @ConfigProperty(name = "chatdong.console.cases-url")
    String cases;

    @ConfigProperty(name = "chatdong.console.oidc-issuer")
    String oidcIssuer;

    @ConfigProperty(name = "chatdong.console.oidc-client-id")
    String oidcClientId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConsoleConfig config() {
        return new ConsoleConfig(
                trim(governance), trim(monitoring), trim(training), trim(cases), trim(oidcIssuer), oidcClientId);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
