package kr.seoul.chatdong.commons.events;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the outbox to Kafka: pending rows in write order, marked sent only once the broker has
 * acknowledged them ({@code acks=all}, idempotent producer). While the broker is away it backs off
 * and tries again; nothing is skipped, so each key's events keep their order. Only one instance of a
 * service publishes at a time (a transaction-scoped advisory lock), and rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so no row is published twice at once. A row may be sent again
 * after a failure mid-batch; consumers are idempotent by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @ConfigProperty(name = "chatdong.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "chatdong.outbox.idle-poll", defaultValue = "PT0.25S")
    Duration idlePoll;

    @ConfigProperty(name = "chatdong.outbox.enabled", defaultValue = "true")
    boolean enabled;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile int consecutiveFailures;
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent startup) {
        published = metrics.counter("chatdong.outbox.published");
        failures = metrics.counter("chatdong.outbox.publish.failures");
        metrics.gauge("chatdong.outbox.pending", pending);
        metrics.gauge("chatdong.outbox.oldest.pending.seconds", oldestPendingMillis, v -> v.get() / 1000.0);
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Wakes the relay as soon as the current transaction commits, instead of at the next poll. */
    void nudgeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp.release();
                }
            }
        });
    }

    /** Events written but not yet acknowledged by the broker. */
    public long pending() {
        return pending.get();
    }

    public double oldestPendingSeconds() {
        return oldestPendingMillis.get() / 1000.0;
    }

    public String lastError() {
        return lastError.get();
    }

    private void loop() {
        long lastStats = 0;
        long lastCleanup = System.currentTimeMillis();
        while (running) {
            try {
                int sent = 0;
                if (Instant.now().isAfter(pausedUntil)) {
                    sent = publishBatch();
                }
                if (System.currentTimeMillis() - lastStats > 1000 || sent > 0) {
                    refreshStats();
                    lastStats = System.currentTimeMillis();
                }
                if (System.currentTimeMillis() - lastCleanup > CLEANUP_EVERY.toMillis()) {
                    cleanUp();
                    lastCleanup = System.currentTimeMillis();
                }
                if (sent < batchSize) {
                    wakeUp.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database itself may be away; the next round tries again.
                lastError.set(e.getMessage());
                LOG.debugf(e, "Outbox relay round failed");
                pausedUntil = Instant.now().plusSeconds(1);
            }
        }
    }

    /** One round: claim pending rows, send them, mark the acknowledged prefix. Returns rows marked sent. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            Boolean leader =
                    (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('chatdong.outbox'))")
                            .getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery("""
                    SELECT seq, id, topic, record_key, type, source, subject, occurred_at, payload
                    FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED""").setParameter(1, batchSize).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Long> acknowledged = new ArrayList<>();
            Long failedSeq = null;
            String failure = null;
            try {
                List<Future<?>> sends = new ArrayList<>(rows.size());
                KafkaProducer<String, String> kafka = producer();
                // Fails within max.block.ms when the broker is away, before a batch is sent into the void.
                kafka.partitionsFor((String) rows.get(0)[2]);
                for (Object[] row : rows) {
                    sends.add(kafka.send(toRecord(row)));
                }
                for (int i = 0; i < rows.size(); i++) {
                    try {
                        sends.get(i).get(30, TimeUnit.SECONDS);
                        acknowledged.add(((Number) rows.get(i)[0]).longValue());
                    } catch (Exception e) {
                        failedSeq = ((Number) rows.get(i)[0]).longValue();
                        failure = rootMessage(e);
                        break;
                    }
                }
            } catch (RuntimeException e) {
                failedSeq = ((Number) rows.get(acknowledged.size())[0]).longValue();
                failure = rootMessage(e);
            }
            if (!acknowledged.isEmpty()) {
                em.createNativeQuery(
                                "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE seq IN (?1)")
                        .setParameter(1, acknowledged)
                        .executeUpdate();
                published.increment(acknowledged.size());
            }
            if (failedSeq != null) {
                onFailure(failedSeq, failure);
            } else {
                consecutiveFailures = 0;
                lastError.set(null);
            }
            return acknowledged.size();
        });
    }

    private void onFailure(long seq, String reason) {
        failures.increment();
        consecutiveFailures++;
        long backoffMillis = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(consecutiveFailures, 10));
        pausedUntil = Instant.now().plusMillis(backoffMillis);
        lastError.set(reason);
        // next_attempt_at is for operators reading the table; the relay itself keeps write order and
        // waits in memory (pausedUntil), so no later row of the same key can overtake this one.
        em.createNativeQuery(
                        "UPDATE outbox_event SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE seq = ?1")
                .setParameter(1, seq)
                .setParameter(2, reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000)))
                .setParameter(3, OffsetDateTime.now().plusNanos(backoffMillis * 1_000_000))
                .executeUpdate();
        LOG.warnf("Outbox: broker did not acknowledge event #%d (%s); retrying in %d ms", seq, reason, backoffMillis);
        closeProducer();
    }

    /**
     * Forgets what no longer needs remembering: published events after 7 days, expired
     * idempotency keys, processed-event ids after 30 days (longer than any broker retention here).
     */
    private void cleanUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM outbox_event WHERE published_at < now() - interval '7 days'")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at < now()")
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM processed_event WHERE processed_at < now() - interval '30 days'")
                    .executeUpdate();
        });
    }

    private void refreshStats() {
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] stats = (Object[]) em.createNativeQuery(
                            "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM (now() - min(occurred_at))) * 1000, 0) FROM outbox_event WHERE published_at IS NULL")
                    .getSingleResult();
            pending.set(((Number) stats[0]).longValue());
            oldestPendingMillis.set(((Number) stats[1]).longValue());
        });
    }

    private ProducerRecord<String, String> toRecord(Object[] row) {
        ProducerRecord<String, String> record = new ProducerRecord<>((String) row[2], (String) row[3], (String) row[8]);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, row[1].toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, (String) row[5]);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, (String) row[4]);
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.SUBJECT, (String) row[6]);
        CloudEventHeaders.put(
                record.headers(), CloudEventHeaders.TIME, toInstant(row[7]).toString());
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox",
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                            ProducerConfig.LINGER_MS_CONFIG, 2,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000),
                    new StringSerializer(),
                    new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
