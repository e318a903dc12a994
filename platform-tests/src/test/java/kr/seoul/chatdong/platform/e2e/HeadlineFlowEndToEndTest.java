package kr.seoul.chatdong.platform.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import kr.seoul.chatdong.language.events.EventCatalog;

/**
 * The headline flow across the four services running as separate processes, with things broken on
 * purpose: the broker away during completion, a consumer killed mid-burst, poison on the topic, an
 * event delivered twice. Every count is exact: nothing lost, nothing doubled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeadlineFlowEndToEndTest extends RunningPlatform {

    private static final Duration DERIVED = Duration.ofSeconds(120);

    @Test
    @Order(1)
    void aRoundOfAll426DongsInFourFieldsDerivesExactlyTheExpectedRecordsEverywhere() throws Exception {
        assertEquals(426, allDongs.size(), "the reference data's 426 dongs");
        String round = flow.plan("2016년 3차 모니터링 (전체)", allDongs);
        HeadlineFlow.Expected expected = flow.assessAll(round, allDongs, 1);
        assertTrue(
                expected.consulting() > 0 && expected.nominations() > 0,
                "scores fall on both sides of the bars: " + expected);
        flow.complete(round);
        Duration took = flow.awaitDerived(round, expected, DERIVED);
        System.out.printf(
                "e2e: 426 x 4 round -> %s derived in all services %d ms after completion%n", expected, took.toMillis());
    }

    @Test
    @Order(2)
    void completionWhileTheBrokerIsDownSucceedsAndTheEventsFollowWhenItIsBack() throws Exception {
        List<String> dongs = allDongs.subList(0, 40);
        String round = flow.plan("브로커 장애 중 완료", dongs);
        HeadlineFlow.Expected expected = flow.assessAll(round, dongs, 2);
        platform.broker.stop();
        try {
            flow.complete(round);
            assertEquals(
                    new HeadlineFlow.Expected(0, 0, 0, 0),
                    flow.counts(round),
                    "nothing can be derived while the broker is away");
            given().get(platform.url("monitoring-service") + "/q/health/ready")
                    .then()
                    .statusCode(503);
        } finally {
            platform.broker.start();
        }
        flow.awaitDerived(round, expected, DERIVED);
    }

    @Test
    @Order(3)
    void aConsumerKilledDuringABurstCatchesUpExactlyAfterRestartAndRemembersItsIdempotencyKeys() throws Exception {
        List<String> rounds = new ArrayList<>();
        List<HeadlineFlow.Expected> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            List<String> dongs = allDongs.subList(i * 50, i * 50 + 50);
            String round = flow.plan("연속 완료 " + (i + 1), dongs);
            expected.add(flow.assessAll(round, dongs, 10 + i));
            rounds.add(round);
        }
        ServiceProcess cases = platform.service("cases-service");
        // an idempotent create just before the crash: its retry after the restart creates nothing new
        String key = UUID.randomUUID().toString();
        String draft = "{\"title\":\"재시작 전후 같은 요청\",\"dongCode\":\"1129052500\",\"field\":\"VILLAGE\"}";
        String created = given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(draft)
                .post(platform.url("cases-service") + "/api/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int i = 0; i < rounds.size(); i++) {
            flow.complete(rounds.get(i));
            if (i == 3) {
                cases.kill();
            }
        }
        cases.start(Map.of());
        cases.awaitReady(Platform.READY);
        given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(draft)
                .post(platform.url("cases-service") + "/api/v1/cases")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(created));
        for (int i = 0; i < rounds.size(); i++) {
            flow.awaitDerived(rounds.get(i), expected.get(i), DERIVED);
        }
    }

    @Test
    @Order(4)
    void poisonGoesToTheDeadLetterTopicOfEachConsumerAndTheSameEventTwiceHasOneEffect() throws Exception {
        String topic = EventCatalog.ROUND_COMPLETED.topic();
        String poisonId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        send(topic, key, headers(poisonId, EventCatalog.ROUND_COMPLETED.type()), "not json at all");
        send(topic, key, headers(UUID.randomUUID().toString(), "kr.seoul.chatdong.monitoring.round.archived.v1"), "{}");

        String round = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String payload = example(round);
        send(topic, round, headers(eventId, EventCatalog.ROUND_COMPLETED.type()), payload);
        send(topic, round, headers(eventId, EventCatalog.ROUND_COMPLETED.type()), payload);
        // the producer's example: 3 below 60, 2 at or above 90, one review
        flow.awaitDerived(round, new HeadlineFlow.Expected(3, 2, 3, 1), DERIVED);

        List<ConsumerRecord<String, String>> dead =
                readUntil(EventCatalog.deadLetterTopic(topic), poisonId, 4, DERIVED);
        assertEquals(4, dead.size(), "each of the four consumers dead-letters the poison once");
        for (ConsumerRecord<String, String> record : dead) {
            assertTrue(
                    header(record, "dead-letter-reason").contains("payload is not a valid"),
                    header(record, "dead-letter-reason"));
        }
    }

    private static String example(String roundId) throws Exception {
        try (var in = EventCatalog.class
                .getClassLoader()
                .getResourceAsStream(EventCatalog.ROUND_COMPLETED.exampleResource())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10", roundId);
        }
    }

    private static Map<String, String> headers(String id, String type) {
        return Map.of(
                "ce_specversion",
                "1.0",
                "ce_id",
                id,
                "ce_source",
                "/chatdong/e2e-test",
                "ce_type",
                type,
                "ce_time",
                Instant.now().toString(),
                "content-type",
                "application/json");
    }

    private static void send(String topic, String key, Map<String, String> headers, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    private static List<ConsumerRecord<String, String>> readUntil(
            String topic, String ceId, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        platform.broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "e2e-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (ceId.equals(header(r, "ce_id"))) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
