package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.DatabaseOutage;
import kr.seoul.chatdong.testing.Tokens;

/**
 * While the database is away a caller gets 503 with Retry-After and the problem type
 * "unavailable" — never a 500 with an incident — and a create retried with its Idempotency-Key
 * is stored exactly once.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        Tokens.actAnonymously();
    }

    @Test
    void theDatabaseAwayIsA503AndARetriedCreateIsStoredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "2016년 2차 모니터링 (장애 " + key.substring(0, 8) + ")";
        String body = MonitoringFixtures.ROUND.replace("2016년 2차 모니터링", name);
        long before = MonitoringFixtures.total("/api/v1/rounds");
        try (DatabaseOutage outage = DatabaseOutage.start()) {
            given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/rounds").then()
                    .statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                    .body("type", endsWith("/problems/unavailable")).body("status", equalTo(503));
            given().when().get("/api/v1/rounds").then().statusCode(503).header("Retry-After", "5");
        }
        // The caller retries as told; once the database is back the create is stored, and a second
        // retry replays it instead of storing it again.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/rounds").then()
                        .statusCode(201));
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/rounds").then()
                .statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(before + 1, MonitoringFixtures.total("/api/v1/rounds"));
    }
}
