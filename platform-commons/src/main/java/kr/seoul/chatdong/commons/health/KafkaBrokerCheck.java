package kr.seoul.chatdong.commons.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the Kafka broker, answered within a few seconds. (Quarkus' own check waits for the
 * admin client's default 60 s when the broker is away, which makes /q/health/ready hang instead of
 * saying DOWN.)
 */
@Readiness
@ApplicationScoped
public class KafkaBrokerCheck implements HealthCheck {

    public static final String NAME = "Kafka broker";
    private static final int TIMEOUT_MS = 3000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private volatile AdminClient admin;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named(NAME).withData("bootstrap.servers", bootstrapServers);
        try {
            var nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes()
                    .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
            return response.up()
                    .withData(
                            "nodes",
                            nodes.stream()
                                    .map(Node::idString)
                                    .reduce((a, b) -> a + "," + b)
                                    .orElse(""))
                    .build();
        } catch (Exception e) {
            return response.down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }

    private AdminClient admin() {
        AdminClient client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = AdminClient.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                            AdminClientConfig.CLIENT_ID_CONFIG, "readiness-check"));
                }
                client = admin;
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
