package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
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

    @TestHTTPResource("/api/v1/rounds")
    URI rounds;

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
            given().header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/v1/rounds")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType("application/problem+json")
                    .body("type", endsWith("/problems/unavailable"))
                    .body("status", equalTo(503));
            given().when().get("/api/v1/rounds").then().statusCode(503).header("Retry-After", "5");
        }
        // The caller retries as told; once the database is back the create is stored, and a second
        // retry replays it instead of storing it again.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/api/v1/rounds")
                        .then()
                        .statusCode(201));
        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(before + 1, MonitoringFixtures.total("/api/v1/rounds"));
    }

    /**
     * Four writers keep creating rounds, each with its own Idempotency-Key, while the database goes
     * away for two seconds and comes back. Every create either answered 201 and is stored once, or
     * answered 503 and, sent again with its key after the outage, is stored exactly once; none is
     * a 500.
     */
    @Test
    void underAWriteLoadEveryCreateIsStoredOnceOrRefusedWith503() throws Exception {
        long before = MonitoringFixtures.total("/api/v1/rounds");
        String run = UUID.randomUUID().toString().substring(0, 8);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> keys = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = java.util.Collections.synchronizedMap(new TreeMap<>());
        ExecutorService writers = Executors.newFixedThreadPool(4);
        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            running.add(writers.submit(() -> {
                while (System.nanoTime() < stopAt) {
                    String key = UUID.randomUUID().toString();
                    keys.add(key);
                    statuses.merge(create(http, key, run).statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        TimeUnit.SECONDS.sleep(1);
        try (DatabaseOutage outage = DatabaseOutage.start()) {
            TimeUnit.SECONDS.sleep(2);
        }
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertEquals(
                java.util.Set.of(201, 503),
                statuses.keySet(),
                "2xx before and after, 503 during the outage, nothing else: " + statuses);
        for (String key : keys) {
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> create(http, key, run).statusCode() == 201);
        }
        assertEquals(
                before + keys.size(),
                MonitoringFixtures.total("/api/v1/rounds"),
                keys.size() + " distinct creates, each stored exactly once (" + statuses + ")");
    }

    private HttpResponse<String> create(HttpClient http, String key, String run) throws Exception {
        String body =
                MonitoringFixtures.ROUND.replace("2016년 2차 모니터링", "쓰기 부하 중 장애 " + run + " " + key.substring(0, 8));
        return http.send(
                HttpRequest.newBuilder(rounds)
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", "Bearer " + Tokens.cityAdmin())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
