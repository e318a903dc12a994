package kr.seoul.chatdong.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    /** What a (dong, field) pair derives here: decides what a corrected score reconciles. */
    protected enum Derivation {
        /** one record per pair below the round's bar (consulting, training needs) */
        BELOW_THE_BAR,
        /** one record per pair at or above the excellence bar (case nominations) */
        EXCELLENT,
        /** records of the round as a whole, which no single score changes (a council's review) */
        THE_ROUND
    }

    protected abstract Derivation derivation();

    /** The list item's member that says why a record was withdrawn. */
    protected String withdrawnReasonMember() {
        return "withdrawnReason";
    }

    protected RequestSpecification derivedOf(String roundId) {
        return given().queryParam("roundId", roundId)
                .queryParams(derivedFilter())
                .queryParam("size", 200);
    }

    protected String publishExample() throws Exception {
        String roundId = UUID.randomUUID().toString();
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), roundId);
        TestKafka.send(
                TOPIC, roundId, headers, EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", roundId));
        return headers.get("ce_id") + "/" + roundId;
    }

    @Test
    void theProducersExampleDerivesTheExpectedRecordsEachNamingItsEvent() throws Exception {
        String[] published = publishExample().split("/");
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> derivedOf(published[1])
                        .when()
                        .get(derivedRecords())
                        .then()
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
        TestKafka.send(
                TOPIC,
                round,
                TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), later),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", later));
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> derivedOf(later)
                        .when()
                        .get(derivedRecords())
                        .then()
                        .body("total", equalTo(derivedFromExample())));
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
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> derivedOf(published[1])
                        .when()
                        .get(derivedRecords())
                        .then()
                        .body("total", equalTo(derivedFromExample())));
        assertEquals(
                0,
                TestKafka.readToEnd(
                                EventCatalog.deadLetterTopic(TOPIC), r -> eventId.equals(TestKafka.header(r, "ce_id")))
                        .size(),
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
        TestKafka.send(
                TOPIC,
                key,
                TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), valid),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", valid));

        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> derivedOf(valid)
                        .when()
                        .get(derivedRecords())
                        .then()
                        .body("total", equalTo(derivedFromExample())));
        List<ConsumerRecord<String, String>> dead = TestKafka.await(
                EventCatalog.deadLetterTopic(TOPIC),
                r -> malformed.get("ce_id").equals(TestKafka.header(r, "ce_id")),
                1,
                WAIT);
        assertEquals(1, dead.size(), "the malformed message is on the dead-letter topic");
        String reason = TestKafka.header(dead.get(0), "dead-letter-reason");
        assertTrue(
                reason != null && reason.contains("payload is not a valid"), "the reason travels with it: " + reason);
        assertEquals(
                0,
                TestKafka.readToEnd(
                                EventCatalog.deadLetterTopic(TOPIC),
                                r -> unknown.get("ce_id").equals(TestKafka.header(r, "ce_id")))
                        .size(),
                "an unknown type is skipped by rule, not dead-lettered");
    }

    /**
     * The example round (bars 60 and 90) has 1129052500: WELFARE 95, VILLAGE 72, ADMINISTRATION 58, HEALTH 90 and
     * 1120059000: WELFARE 45, VILLAGE 60, ADMINISTRATION 89, HEALTH 59. Six corrections follow it, each on one side
     * of a bar or across it; then the end state must equal what the round completed with the corrected scores
     * derives (checked against the same round published afresh), the records that no longer apply WITHDRAWN with
     * the reason, nothing deleted.
     */
    @Test
    void correctedScoresReconcileToWhatTheCorrectedRoundWouldHaveDerived() throws Exception {
        String[][] corrections = {
            {"1120059000", "11200", "WELFARE", "45", "65"}, // no longer below the bar
            {"1129052500", "11290", "VILLAGE", "72", "50"}, // now below the bar
            {"1120059000", "11200", "HEALTH", "59", "55"}, // still below the bar
            {"1129052500", "11290", "WELFARE", "95", "80"}, // no longer excellent
            {"1120059000", "11200", "ADMINISTRATION", "89", "92"}, // now excellent
            {"1129052500", "11290", "HEALTH", "90", "99"}, // still excellent
        };
        String round = UUID.randomUUID().toString();
        TestKafka.send(
                TOPIC,
                round,
                TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), round),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", round));
        String reason = "재채점 " + round.substring(0, 8);
        for (String[] c : corrections) {
            ObjectNode correction = (ObjectNode) EventContracts.exampleNode(EventCatalog.ASSESSMENT_CORRECTED);
            correction
                    .put("roundId", round)
                    .put("dongCode", c[0])
                    .put("districtCode", c[1])
                    .put("field", c[2])
                    .put("previousScore", Integer.parseInt(c[3]))
                    .put("score", Integer.parseInt(c[4]))
                    .put("reason", reason);
            TestKafka.send(
                    TOPIC,
                    round,
                    TestKafka.cloudEvent(EventCatalog.ASSESSMENT_CORRECTED.type(), round),
                    correction.toString());
        }
        // The same round completed with the corrected scores, as a fresh round, after the corrections on the same key.
        ObjectNode fresh = (ObjectNode) EventContracts.exampleNode(EventCatalog.ROUND_COMPLETED);
        String freshId = UUID.randomUUID().toString();
        fresh.put("roundId", freshId);
        for (JsonNode dong : fresh.withArray("dongs")) {
            for (String[] c : corrections) {
                if (dong.get("dongCode").asText().equals(c[0])) {
                    ((ObjectNode) dong.get("scores")).put(c[2], Integer.parseInt(c[4]));
                }
            }
        }
        TestKafka.send(
                TOPIC, round, TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), freshId), fresh.toString());

        Set<String> kept = switch (derivation()) {
            // below 60 after correction: 1129052500 VILLAGE 50, ADMINISTRATION 58; 1120059000 HEALTH 55
            case BELOW_THE_BAR -> Set.of("1129052500/VILLAGE", "1129052500/ADMINISTRATION", "1120059000/HEALTH");
            // at least 90 after correction: 1129052500 HEALTH 99; 1120059000 ADMINISTRATION 92
            case EXCELLENT -> Set.of("1129052500/HEALTH", "1120059000/ADMINISTRATION");
            case THE_ROUND -> null;
        };
        Set<String> withdrawn = switch (derivation()) {
            case BELOW_THE_BAR -> Set.of("1120059000/WELFARE");
            case EXCELLENT -> Set.of("1129052500/WELFARE");
            case THE_ROUND -> Set.of();
        };
        // Once the fresh round (sent after the corrections, same partition) is derived, the corrections were handled.
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> derivedOf(freshId)
                        .when()
                        .get(derivedRecords())
                        .then()
                        .body("total", equalTo(kept == null ? derivedFromExample() : kept.size())));
        List<Map<String, Object>> items = derivedOf(round)
                .when()
                .get(derivedRecords())
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        if (kept == null) {
            assertEquals(derivedFromExample(), items.size(), "a round's own records stay as they are: " + items);
            assertTrue(
                    items.stream().noneMatch(i -> "WITHDRAWN".equals(i.get("status"))), "nothing withdrawn: " + items);
            return;
        }
        Set<String> freshPairs = pairs(
                derivedOf(freshId).when().get(derivedRecords()).then().extract().path("items"), false);
        assertEquals(kept, freshPairs, "what the corrected round derives afresh");
        assertEquals(kept, pairs(items, false), "what stands after the corrections equals it");
        assertEquals(withdrawn, pairs(items, true), "what no longer applies is withdrawn, not deleted");
        items.stream().filter(i -> "WITHDRAWN".equals(i.get("status"))).forEach(i -> {
            assertTrue(
                    String.valueOf(i.get(withdrawnReasonMember())).contains(reason),
                    "the withdrawal names the reason: " + i);
        });
        // "still applies" is untouched: it keeps the score of the round.completed that derived it
        String untouched = derivation() == Derivation.BELOW_THE_BAR ? "1120059000/HEALTH" : "1129052500/HEALTH";
        int scoreWhenDerived = derivation() == Derivation.BELOW_THE_BAR ? 59 : 90;
        assertEquals(
                List.of(scoreWhenDerived),
                items.stream()
                        .filter(i -> (i.get("dongCode") + "/" + i.get("field")).equals(untouched))
                        .map(i -> ((Number) i.get("score")).intValue())
                        .toList());
    }

    private static Set<String> pairs(List<Map<String, Object>> items, boolean withdrawn) {
        return items.stream()
                .filter(i -> "WITHDRAWN".equals(i.get("status")) == withdrawn)
                .map(i -> i.get("dongCode") + "/" + i.get("field"))
                .collect(Collectors.toSet());
    }

    /** How often this service's consumers have waited for the database (from /q/metrics). */
    static double databaseWaits() {
        String metrics = io.restassured.RestAssured.given()
                .spec(new io.restassured.builder.RequestSpecBuilder().build())
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("chatdong_events_database_waits_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
