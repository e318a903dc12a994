package kr.seoul.chatdong.commons.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import kr.seoul.chatdong.language.events.EventType;

/**
 * The one way a service consumes an event: the effect and the record that this consumer processed
 * the event id commit in one transaction, so a redelivered event changes nothing. Events of other
 * types on the same topic are skipped by rule. An unreadable message, or one whose handling fails
 * three times, is thrown back to the messaging layer, whose dead-letter strategy puts it on
 * {@code <topic>.dlq} with the reason in its headers; the partition goes on. While the database is
 * unreachable an event is not failed but retried with back-off until it is back.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    static final int ATTEMPTS = 3;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /**
     * Handles {@code record} with {@code handler} if it is an event of {@code type} that
     * {@code consumer} has not processed yet.
     *
     * @param consumer a stable name of the effect (e.g. "consulting-assignments"); two consumers of the same event keep separate records
     */
    public <P> void consume(
            String consumer,
            EventType<P> type,
            ConsumerRecord<String, String> record,
            Consumer<ReceivedEvent<P>> handler) {
        String eventType = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TYPE);
        if (!type.type().equals(eventType)) {
            metrics.counter("chatdong.events.ignored", "consumer", consumer, "type", String.valueOf(eventType))
                    .increment();
            LOG.debugf(
                    "%s skips event of type %s at %s-%d@%d",
                    consumer, eventType, record.topic(), record.partition(), record.offset());
            return;
        }
        ReceivedEvent<P> event = read(type, record);
        int failures = 0;
        int outages = 0;
        while (true) {
            try {
                long started = System.nanoTime();
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstTime(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                metrics.timer("chatdong.events.handling", "consumer", consumer, "type", eventType)
                        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                metrics.counter(
                                applied ? "chatdong.events.processed" : "chatdong.events.duplicates",
                                "consumer",
                                consumer,
                                "type",
                                eventType)
                        .increment();
                return;
            } catch (UnreadableEvent e) {
                throw e;
            } catch (RuntimeException e) {
                if (isOutage(e)) {
                    // The database is away: the event is fine, so it waits (and with it the
                    // partition) instead of going to the dead-letter topic.
                    outages++;
                    metrics.counter("chatdong.events.database.waits", "consumer", consumer)
                            .increment();
                    LOG.warnf(
                            "%s waits for the database to handle event %s (try %d): %s",
                            consumer, event.id(), outages, e.getMessage());
                    pause(Math.min(30_000L, 500L << Math.min(outages, 6)));
                    continue;
                }
                failures++;
                LOG.warnf(
                        "%s failed on event %s (attempt %d of %d): %s",
                        consumer, event.id(), failures, ATTEMPTS, e.getMessage());
                if (failures >= ATTEMPTS) {
                    metrics.counter("chatdong.events.dead.lettered", "consumer", consumer, "type", eventType)
                            .increment();
                    throw new IllegalStateException(
                            consumer + " gave up on event " + event.id() + " after " + ATTEMPTS + " attempts: "
                                    + e.getMessage(),
                            e);
                }
                pause(200L * failures);
            }
        }
    }

    /** A failure of the connection to the database, not of the event: worth waiting out. */
    static boolean isOutage(Throwable e) {
        return kr.seoul.chatdong.commons.persistence.DatabaseUnavailable.is(e);
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an event", interrupted);
        }
    }

    private boolean firstTime(String consumer, ReceivedEvent<?> event) {
        int inserted = em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type, processed_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (consumer, event_id) DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return inserted == 1;
    }

    private <P> ReceivedEvent<P> read(EventType<P> type, ConsumerRecord<String, String> record) {
        String id = CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            throw unreadable(record, "it has no ce_id header", null);
        }
        if (record.value() == null) {
            throw unreadable(record, "it has no payload", null);
        }
        P payload;
        try {
            payload = EventJson.read(record.value(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw unreadable(record, "its payload is not a valid " + type.type() + ": " + e.getOriginalMessage(), e);
        }
        Instant time;
        try {
            String header = CloudEventHeaders.get(record.headers(), CloudEventHeaders.TIME);
            time = header == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(header);
        } catch (DateTimeParseException e) {
            throw unreadable(record, "its ce_time is not an RFC 3339 timestamp", e);
        }
        return new ReceivedEvent<>(
                id,
                type.type(),
                CloudEventHeaders.get(record.headers(), CloudEventHeaders.SOURCE),
                CloudEventHeaders.get(record.headers(), CloudEventHeaders.SUBJECT),
                time,
                payload);
    }

    private UnreadableEvent unreadable(ConsumerRecord<String, String> record, String why, Throwable cause) {
        metrics.counter("chatdong.events.unreadable", "topic", record.topic()).increment();
        return new UnreadableEvent(
                "Message at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                        + " cannot be processed: " + why,
                cause);
    }
}
