package kr.seoul.chatdong.platform.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform for end-to-end tests: a broker of its own and the four services as separate
 * processes, each with its own database ({@code <database>_e2e}, wiped at the first start), trusting
 * the test suite's Keycloak ({@link TestRealm}).
 */
final class Platform implements AutoCloseable {

    static final int BROKER_PORT = 19092;
    static final Duration READY = Duration.ofSeconds(150);

    final BrokerProcess broker;
    /** The test Keycloak's realm: the services trust its tokens only. */
    final TestRealm realm;

    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private final Path work;

    Platform() throws Exception {
        work = root().resolve("platform-tests/target/e2e");
        realm = TestRealm.start();
        broker = new BrokerProcess(
                Path.of(System.getProperty(
                        "chatdong.kafka.lib",
                        root().resolve(".chatdong/kafka/lib").toString())),
                work.resolve("kafka"),
                BROKER_PORT,
                BROKER_PORT + 1);
        String dbHost = System.getProperty("chatdong.db.host", "127.0.0.1");
        int port = 18081;
        for (String name : List.of("governance-service", "monitoring-service", "training-service", "cases-service")) {
            String database = "chatdong_" + name.replace("-service", "") + "_e2e";
            environments.put(
                    name,
                    Map.of(
                            "DB_HOST",
                            dbHost,
                            "DB_NAME",
                            database,
                            "KAFKA_BOOTSTRAP_SERVERS",
                            broker.bootstrapServers(),
                            "OIDC_ISSUER",
                            realm.issuer(),
                            "CORS_ORIGINS",
                            ConsoleProcess.ORIGIN));
            services.put(name, instance(name, port, name, Map.of()));
            port++;
        }
    }

    /** Formats and starts the broker, then starts every service (in parallel) and waits until all are ready. */
    Platform start() throws Exception {
        BrokerProcess.deleteRecursively(work);
        Files.createDirectories(work);
        // The services start as ./chatdong up starts them: with their AOT caches, made now if this build has none.
        Files.writeString(work.resolve("aot.log"), JvmOptions.ensureCaches());
        broker.format();
        broker.start();
        Map<String, String> wipeOnce =
                Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "true", "QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        for (ServiceProcess service : services.values()) {
            service.start(wipeOnce);
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(READY);
        }
        return this;
    }

    /** Starts again whatever is no longer running (the broker, a killed service), then waits until every service is ready. */
    void ensureRunning() throws Exception {
        if (!broker.alive()) {
            broker.start();
        }
        for (ServiceProcess service : services.values()) {
            if (!service.alive()) {
                service.start(Map.of());
            }
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(READY);
        }
    }

    /** Makes every REST Assured request of the test carry a city admin's token. */
    void actAsCityAdmin() {
        io.restassured.RestAssured.requestSpecification = new io.restassured.builder.RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + realm.token("city-admin"))
                .build();
    }

    /**
     * A process of service {@code name} on {@code port} with the same database and broker as the
     * platform's own (another instance, or one with a different pool), its environment changed by
     * {@code overrides}; not started, and stopped by whoever starts it. {@code label} names its log.
     */
    ServiceProcess instance(String name, int port, String label, Map<String, String> overrides) {
        Map<String, String> environment = new LinkedHashMap<>(environments.get(name));
        environment.put("HTTP_PORT", String.valueOf(port));
        environment.putAll(overrides);
        return new ServiceProcess(name, port, environment, work.resolve(label.replace('#', '-') + ".log"));
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    String url(String name) {
        return services.get(name).url();
    }

    @Override
    public void close() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (ServiceProcess service : services.values()) {
            try {
                service.stop();
            } catch (Exception e) {
                failures.add(e);
            }
        }
        broker.stop();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    static Path root() {
        return kr.seoul.chatdong.platform.RepositoryRoot.get();
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
