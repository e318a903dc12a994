package kr.seoul.chatdong.commons.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import kr.seoul.chatdong.commons.events.OutboxRelay;

/**
 * The outbox's backlog in readiness detail. A backlog does not make the service unready (writes
 * are safe in the outbox while the broker is away); the Kafka check says whether the broker is.
 */
@Readiness
@ApplicationScoped
public class OutboxCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event outbox")
                .up()
                .withData("pending", relay.pending())
                .withData(
                        "oldestPendingSeconds",
                        String.format(java.util.Locale.ROOT, "%.1f", relay.oldestPendingSeconds()));
        if (relay.lastError() != null) {
            response.withData("lastError", relay.lastError());
        }
        return response.build();
    }
}
