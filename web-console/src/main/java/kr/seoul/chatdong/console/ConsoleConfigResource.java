package kr.seoul.chatdong.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the browser finds the four services, and whether the development sign-in is offered: read
 * by the single-page app at start, so one build serves any environment.
 */
@Path("/config.json")
public class ConsoleConfigResource {

    /** The console's configuration as the SPA reads it. */
    public record ConsoleConfig(String governanceUrl, String monitoringUrl, String trainingUrl, String casesUrl, boolean devLogin) {
    }

    @ConfigProperty(name = "chatdong.console.governance-url")
    String governance;
    @ConfigProperty(name = "chatdong.console.monitoring-url")
    String monitoring;
    @ConfigProperty(name = "chatdong.console.training-url")
    String training;
    @ConfigProperty(name = "chatdong.console.cases-url")
    String cases;
    @ConfigProperty(name = "chatdong.console.dev-login")
    boolean devLogin;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConsoleConfig config() {
        return new ConsoleConfig(trim(governance), trim(monitoring), trim(training), trim(cases), devLogin);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
