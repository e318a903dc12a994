package kr.seoul.chatdong.commons.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kr.seoul.chatdong.language.events.EventType;

/**
 * The transactional outbox: records an event in the same database transaction as the state change
 * it reports, so that both commit or neither does. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    /**
     * Records {@code payload} as an event of {@code type} about the aggregate {@code aggregateId},
     * which is also the Kafka key (one aggregate's events stay in order). Returns the event id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> UUID record(EventType<P> type, Object aggregateId, P payload) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        em.createNativeQuery("""
                INSERT INTO outbox_event (id, topic, record_key, type, source, subject, occurred_at, payload, next_attempt_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7)""")
                .setParameter(1, id)
                .setParameter(2, type.topic())
                .setParameter(3, aggregateId.toString())
                .setParameter(4, type.type())
                .setParameter(5, "/chatdong/" + source)
                .setParameter(6, aggregateId.toString())
                .setParameter(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(8, EventJson.write(payload))
                .executeUpdate();
        relay.nudgeAfterCommit();
        return id;
    }
}
