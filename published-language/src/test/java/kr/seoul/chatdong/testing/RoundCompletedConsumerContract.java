package kr.seoul.chatdong.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

import kr.seoul.chatdong.language.events.EventCatalog;

/**
 * What every consumer of round.completed proves, fed the producer's own example through the real
 * broker: the records it derives, each naming the event; one effect for a redelivered event; a
 * malformed message on the dead-letter topic with its reason while the events after it are
 * processed; an unknown event type skipped. A service's test extends this ({@code @QuarkusTest}).
 */
public abstract class RoundCompletedConsumerContract {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    protected static final String TOPIC = EventCatalog.ROUND_COMPLETED.topic();
    protected static final Duration WAIT = Duration.ofSeconds(30);

    /** The list endpoint of the derived records, e.g. {@code /api/v1/cases}. */
    protected abstract String derivedRecords();

    /** Filters that select the records derived from a round, besides {@code roundId}. */
    protected Map<String, String> derivedFilter() {
        return Map.of();
    }

    /** How many records the producer's example derives here. */
    protected abstract int derivedFromExample();

    protected RequestSpecification derivedOf(String roundId) {
        return given().queryParam("roundId", roundId).queryParams(derivedFilter()).queryParam("size", 200);
    }

    protected String publishExample() throws Exception {
        String roundId = UUID.randomUUID().toString();
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), roundId);
        TestKafka.send(TOPIC, roundId, headers, EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", roundId));
        return headers.get("ce_id") + "/" + roundId;
    }

    @Test
    void theProducersExampleDerivesTheExpectedRecordsEachNamingItsEvent() throws Exception {
        String[] published = publishExample().split("/");
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                derivedOf(published[1]).when().get(derivedRecords()).then()
                        .statusCode(200)
                        .body("total", equalTo(derivedFromExample()))
                        .body("items.sourceEventId", everyItem(equalTo(published[0]))));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String round = UUID.randomUUID().toString();
        String payload = EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", round);
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), round);
        TestKafka.send(TOPIC, round, headers, payload);
        TestKafka.send(TOPIC, round, headers, payload);
        // an event sent after both copies, on the same key and so the same partition: once it is
        // processed, both copies have been consumed
        String later = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, round, TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), later),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", later));
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                derivedOf(later).when().get(derivedRecords()).then().body("total", equalTo(derivedFromExample())));
        derivedOf(round).when().get(derivedRecords()).then().body("total", equalTo(derivedFromExample()));
    }

    @Test
    void anEventThatArrivesWhileTheDatabaseIsAwayWaitsForItInsteadOfBeingDeadLettered() throws Exception {
        String[] published;
        double waitsBefore = databaseWaits();
        try (DatabaseOutage outage = DatabaseOutage.start()) {
            published = publishExample().split("/");
            // the consumer meets the outage (and waits for the database) before it ends
            Awaitility.await().atMost(WAIT).until(() -> databaseWaits() > waitsBefore);
        }
        String eventId = published[0];
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                derivedOf(published[1]).when().get(derivedRecords()).then().body("total", equalTo(derivedFromExample())));
        assertEquals(0, TestKafka.readToEnd(EventCatalog.deadLetterTopic(TOPIC), r -> eventId.equals(TestKafka.header(r, "ce_id"))).size(),
                "a good event is not dead-lettered because the database was away");
    }

    @Test
    void poisonIsDeadLetteredWithItsReasonUnknownTypesAreSkippedAndLaterEventsProcessed() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> malformed = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), key);
        TestKafka.send(TOPIC, key, malformed, "{\"roundId\": \"not json");
        String unknownType = "kr.seoul.chatdong.monitoring.round.renamed.v1";
        Map<String, String> unknown = TestKafka.cloudEvent(unknownType, key);
        TestKafka.send(TOPIC, key, unknown, "{\"anything\": 1}");
        String valid = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, key, TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), valid),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", valid));

        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                derivedOf(valid).when().get(derivedRecords()).then().body("total", equalTo(derivedFromExample())));
        List<ConsumerRecord<String, String>> dead = TestKafka.await(EventCatalog.deadLetterTopic(TOPIC),
                r -> malformed.get("ce_id").equals(TestKafka.header(r, "ce_id")), 1, WAIT);
        assertEquals(1, dead.size(), "the malformed message is on the dead-letter topic");
        String reason = TestKafka.header(dead.get(0), "dead-letter-reason");
        assertTrue(reason != null && reason.contains("payload is not a valid"), "the reason travels with it: " + reason);
        assertEquals(0, TestKafka.readToEnd(EventCatalog.deadLetterTopic(TOPIC),
                r -> unknown.get("ce_id").equals(TestKafka.header(r, "ce_id"))).size(),
                "an unknown type is skipped by rule, not dead-lettered");
    }

    /** How often this service's consumers have waited for the database (from /q/metrics). */
    static double databaseWaits() {
        String metrics = io.restassured.RestAssured.given().spec(new io.restassured.builder.RequestSpecBuilder().build())
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("chatdong_events_database_waits_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
