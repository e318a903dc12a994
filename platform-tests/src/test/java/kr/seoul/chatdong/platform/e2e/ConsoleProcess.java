package kr.seoul.chatdong.platform.e2e;

import java.time.Duration;
import java.util.Map;

/**
 * The web console for the browser tests: its packaged jar on a test port, pointing at the end-to-end
 * platform's services and at the test Keycloak's realm, where the browser signs people in (the
 * realm's client chatdong-console lists http://127.0.0.1:18080/* among its redirect and post-logout
 * URIs and its web origins). The services admit its origin (CORS_ORIGINS), as operators set it for
 * the real console.
 */
final class ConsoleProcess implements AutoCloseable {

    static final int PORT = 18080;
    static final String ORIGIN = "http://127.0.0.1:" + PORT;

    private final ServiceProcess process;

    ConsoleProcess(Platform platform) {
        process = new ServiceProcess(
                "web-console",
                PORT,
                Map.of(
                        "HTTP_PORT", String.valueOf(PORT),
                        "GOVERNANCE_URL", platform.url("governance-service"),
                        "MONITORING_URL", platform.url("monitoring-service"),
                        "TRAINING_URL", platform.url("training-service"),
                        "CASES_URL", platform.url("cases-service"),
                        "OIDC_ISSUER", platform.realm.issuer(),
                        // Its own file cache, new with each run (target/e2e is wiped at the platform's start).
                        "QUARKUS_VERTX_CACHE_DIRECTORY",
                                Platform.root()
                                        .resolve("platform-tests/target/e2e/web-console-cache")
                                        .toString()),
                Platform.root().resolve("platform-tests/target/e2e/web-console.log"));
    }

    ConsoleProcess start() throws Exception {
        process.start(Map.of());
        process.awaitReady(Duration.ofSeconds(60));
        return this;
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return ORIGIN;
    }

    @Override
    public void close() throws InterruptedException {
        process.stop();
    }
}
