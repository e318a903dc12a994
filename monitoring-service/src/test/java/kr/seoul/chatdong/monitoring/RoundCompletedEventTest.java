package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * Completing a round publishes round.completed through the outbox (conforming to its schema), and
 * the service's own consumer opens consulting for every (dong, field) below the bar — once.
 */
@QuarkusTest
class RoundCompletedEventTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static final String TOPIC = EventCatalog.ROUND_COMPLETED.topic();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void completionPublishesAConformingCloudEventAndOpensConsulting() throws Exception {
        String round = RoundLifecycleTest.plan("1129052500", "1120059000");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("""
                [{"dongCode":"1129052500","field":"WELFARE","score":95},{"dongCode":"1129052500","field":"VILLAGE","score":72},
                 {"dongCode":"1129052500","field":"ADMINISTRATION","score":58},{"dongCode":"1129052500","field":"HEALTH","score":90},
                 {"dongCode":"1120059000","field":"WELFARE","score":45},{"dongCode":"1120059000","field":"VILLAGE","score":60},
                 {"dongCode":"1120059000","field":"ADMINISTRATION","score":89},{"dongCode":"1120059000","field":"HEALTH","score":59}]""")
                .when()
                .put("/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(200);
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
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("roundId", round)
                        .when()
                        .get("/api/v1/consulting-assignments")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(3))
                        .body("items.sourceEventId", everyItem(equalTo(eventId)))
                        .body("items.status", everyItem(equalTo("OPEN"))));
        given().queryParam("roundId", round)
                .queryParam("dongCode", "1120059000")
                .when()
                .get("/api/v1/consulting-assignments")
                .then()
                .body("total", equalTo(2));
    }
}
