package kr.seoul.chatdong.monitoring;

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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.commons.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;

/**
 * Completing a round publishes round.completed through the outbox (conforming to its schema), and
 * the service's own consumer opens consulting for every (dong, field) below the bar — once.
 */
@QuarkusTest
class RoundCompletedEventTest {

    private static final String TOPIC = EventCatalog.ROUND_COMPLETED.topic();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void completionPublishesAConformingCloudEventAndOpensConsulting() throws Exception {
        String round = RoundLifecycleTest.plan("1129052500", "1120059000");
        given().contentType(ContentType.JSON).body("""
                [{"dongCode":"1129052500","field":"WELFARE","score":95},{"dongCode":"1129052500","field":"VILLAGE","score":72},
                 {"dongCode":"1129052500","field":"ADMINISTRATION","score":58},{"dongCode":"1129052500","field":"HEALTH","score":90},
                 {"dongCode":"1120059000","field":"WELFARE","score":45},{"dongCode":"1120059000","field":"VILLAGE","score":60},
                 {"dongCode":"1120059000","field":"ADMINISTRATION","score":89},{"dongCode":"1120059000","field":"HEALTH","score":59}]""")
                .when().put("/api/v1/rounds/" + round + "/assessments").then().statusCode(200);
        given().when().post("/api/v1/rounds/" + round + "/complete").then().statusCode(200);

        List<ConsumerRecord<String, String>> published = TestKafka.await(TOPIC, r -> round.equals(r.key()), 1, WAIT);
        assertEquals(1, published.size(), "one round.completed event on " + TOPIC);
        ConsumerRecord<String, String> event = published.get(0);
        assertEquals(EventCatalog.ROUND_COMPLETED.type(), TestKafka.header(event, "ce_type"));
        assertEquals("1.0", TestKafka.header(event, "ce_specversion"));
        assertEquals(round, TestKafka.header(event, "ce_subject"));
        assertEquals("/chatdong/monitoring-service", TestKafka.header(event, "ce_source"));
        assertEquals("application/json", TestKafka.header(event, "content-type"));
        String eventId = TestKafka.header(event, "ce_id");
        UUID.fromString(eventId);
        Set<String> violations = EventContracts.violations(EventCatalog.ROUND_COMPLETED, event.value());
        assertTrue(violations.isEmpty(), "payload conforms to the published schema: " + violations);

        // 58 (ADMINISTRATION), 45 (WELFARE) and 59 (HEALTH) are below 60; 60 is not.
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", round).when().get("/api/v1/consulting-assignments").then()
                        .statusCode(200)
                        .body("total", equalTo(3))
                        .body("items.sourceEventId", everyItem(equalTo(eventId)))
                        .body("items.status", everyItem(equalTo("OPEN"))));
        given().queryParam("roundId", round).queryParam("dongCode", "1120059000").when().get("/api/v1/consulting-assignments").then()
                .body("total", equalTo(2));
    }

    @Test
    void theSameEventTwiceHasOneEffect() throws Exception {
        String round = UUID.randomUUID().toString();
        String payload = EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", round);
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), round);
        TestKafka.send(TOPIC, round, headers, payload);
        TestKafka.send(TOPIC, round, headers, payload);
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", round).when().get("/api/v1/consulting-assignments").then().body("total", equalTo(3)));
        // a later event on the same partition is processed, so both copies were consumed by now
        String later = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, round, TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), later),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", later));
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", later).when().get("/api/v1/consulting-assignments").then().body("total", equalTo(3)));
        given().queryParam("roundId", round).when().get("/api/v1/consulting-assignments").then().body("total", equalTo(3));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicUnknownTypesAreSkippedAndTheValidEventsAfterThemAreProcessed() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, String> malformed = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), key);
        TestKafka.send(TOPIC, key, malformed, "{\"roundId\": \"not json");
        TestKafka.send(TOPIC, key, TestKafka.cloudEvent("kr.seoul.chatdong.monitoring.round.renamed.v1", key), "{\"anything\": 1}");
        String valid = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, key, TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), valid),
                EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", valid));

        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", valid).when().get("/api/v1/consulting-assignments").then().body("total", equalTo(3)));
        List<ConsumerRecord<String, String>> dead = TestKafka.await(EventCatalog.deadLetterTopic(TOPIC),
                r -> malformed.get("ce_id").equals(TestKafka.header(r, "ce_id")), 1, WAIT);
        assertEquals(1, dead.size(), "the malformed message is on the dead-letter topic");
        String reason = TestKafka.header(dead.get(0), "dead-letter-reason");
        assertTrue(reason != null && reason.contains("payload is not a valid"), "the reason travels with it: " + reason);
        assertEquals(0, TestKafka.await(EventCatalog.deadLetterTopic(TOPIC), r -> key.equals(r.key())
                && "kr.seoul.chatdong.monitoring.round.renamed.v1".equals(TestKafka.header(r, "ce_type")), 1, Duration.ofSeconds(2)).size(),
                "an unknown type is skipped by rule, not dead-lettered");
    }
}
