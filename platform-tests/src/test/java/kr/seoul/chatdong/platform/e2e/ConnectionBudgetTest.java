package kr.seoul.chatdong.platform.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The connection budget under pressure, on a monitoring-service process of its own against the
 * platform's database: when no connection can be had — the pool is exhausted past its bounded
 * wait, or the server refuses to open more — a caller gets 503 with Retry-After and the problem
 * type "unavailable", never a 500; creates answered 503 and retried with their Idempotency-Key are
 * stored exactly once.
 *
 * <p>The pressure is made certain rather than hoped for: an exclusive lock on the rounds table,
 * taken from a second connection, keeps every request that got a connection waiting, so the rest
 * of a burst of 64 finds none.
 */
class ConnectionBudgetTest extends RunningPlatform {

    private static final int PORT = 18095;
    private static final int BURST = 64;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(java.util.concurrent.Executors.newFixedThreadPool(8))
            .build();

    @Test
    void aSaturatedTinyPoolAnswers503AndRetriedCreatesAreStoredOnce() throws Exception {
        ServiceProcess tiny = platform.instance(
                "monitoring-service",
                PORT,
                "monitoring-tiny-pool",
                Map.of("DB_POOL_MAX", "2", "DB_POOL_ACQUISITION_TIMEOUT", "1S"));
        try {
            tiny.start(Map.of());
            tiny.awaitReady(Platform.READY);
            String name = "풀 포화 " + UUID.randomUUID().toString().substring(0, 8);
            long before = rounds(tiny);
            Map<String, String> keys = new ConcurrentHashMap<>();
            Map<Integer, Integer> statuses;
            try (Connection admin = admin();
                    Statement sql = admin.createStatement()) {
                admin.setAutoCommit(false);
                sql.execute("LOCK TABLE monitoring_round IN ACCESS EXCLUSIVE MODE");
                List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    if (i % 2 == 0) {
                        burst.add(send(tiny, get("/api/v1/rounds?size=5")));
                    } else {
                        String key = UUID.randomUUID().toString();
                        keys.put(key, name + " #" + i);
                        burst.add(send(tiny, create(key, keys.get(key))));
                    }
                }
                // The pool's 2 connections wait on the lock; every other request finds none within 1 s.
                awaitAnsweredAllBut(burst, 2);
                admin.commit();
                statuses = settle(burst);
            }
            assertNo500(statuses);
            assertTrue(
                    statuses.getOrDefault(503, 0) > 0,
                    "a burst of 64 on a pool of 2 held busy finds no connection: " + statuses);

            // Every create is sent again with its key: a stored one replays, a refused one is stored now.
            for (Map.Entry<String, String> create : keys.entrySet()) {
                HttpResponse<String> retried =
                        send(tiny, create(create.getKey(), create.getValue())).join();
                assertEquals(201, retried.statusCode(), retried.body());
            }
            assertEquals(before + BURST / 2, rounds(tiny), "each create stored exactly once");
            assertTrue(
                    Files.readString(tiny.log())
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains("acquisition timeout"),
                    "the pool's bounded wait ran out");
        } finally {
            tiny.stop();
        }
    }

    @Test
    void connectionsTheServerRefusesAre503NotIncidents() throws Exception {
        // chatdong_limited (made by ./chatdong with the service role's rights) may hold 3 connections.
        ServiceProcess limited = platform.instance(
                "monitoring-service",
                PORT,
                "monitoring-connection-limit",
                Map.of(
                        "DB_USER",
                        System.getenv().getOrDefault("DB_USER", "chatdong") + "_limited",
                        "DB_POOL_MAX",
                        "10",
                        "DB_POOL_ACQUISITION_TIMEOUT",
                        "2S"));
        try {
            limited.start(Map.of());
            limited.awaitReady(Platform.READY);
            Map<Integer, Integer> statuses;
            try (Connection admin = admin();
                    Statement sql = admin.createStatement()) {
                admin.setAutoCommit(false);
                sql.execute("LOCK TABLE monitoring_round IN ACCESS EXCLUSIVE MODE");
                List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    burst.add(send(limited, get("/api/v1/rounds?size=5")));
                }
                // The role's 3 connections wait on the lock; the server refuses every other one.
                awaitAnsweredAllBut(burst, 3);
                admin.commit();
                statuses = settle(burst);
            }
            assertNo500(statuses);
            assertTrue(
                    statuses.getOrDefault(503, 0) > 0,
                    "the server refused connections past the role's limit: " + statuses);
            assertTrue(
                    statuses.getOrDefault(200, 0) > 0, "the requests that had a connection were answered: " + statuses);
            assertTrue(
                    Files.readString(limited.log()).contains("too many connections for role"),
                    "PostgreSQL itself refused (SQLState 53300), see " + limited.log());
            assertEquals(
                    200,
                    send(limited, get("/api/v1/rounds?size=5")).join().statusCode(),
                    "and it serves again once the pressure is gone");
        } finally {
            limited.stop();
        }
    }

    /**
     * Waits (up to a minute) until every request of the burst is answered but {@code held}: those
     * that got a connection and wait on the lock. A condition, not a pause: as soon as it holds.
     */
    private static void awaitAnsweredAllBut(List<CompletableFuture<HttpResponse<String>>> burst, int held)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long answered = 0;
        while (System.nanoTime() < deadline) {
            answered = burst.stream().filter(CompletableFuture::isDone).count();
            if (answered >= burst.size() - held) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("after a minute only " + answered + " of " + burst.size()
                + " requests were answered; at most " + held + " should be waiting on the lock");
    }

    private static void assertNo500(Map<Integer, Integer> statuses) {
        assertTrue(
                statuses.keySet().stream().allMatch(s -> s == 200 || s == 201 || s == 503),
                "only 2xx and 503: " + statuses);
    }

    /** Waits for every answer; each 503 must say when to retry and name the problem. */
    private static Map<Integer, Integer> settle(List<CompletableFuture<HttpResponse<String>>> burst) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            HttpResponse<String> response = answer.join();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 503) {
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), "503 without Retry-After");
                assertTrue(response.body().contains("/problems/unavailable"), response.body());
            }
        }
        return statuses;
    }

    /** A request to send to one process: a path, and for a create its Idempotency-Key and body. */
    private record Call(String path, String key, String body) {}

    private static Call get(String path) {
        return new Call(path, null, null);
    }

    private static Call create(String key, String name) {
        String body =
                "{\"name\":\"" + name + "\",\"startsOn\":\"2016-08-01\",\"endsOn\":\"2016-11-30\",\"dongCodes\":[\""
                        + allDongs.get(0) + "\"]}";
        return new Call("/api/v1/rounds", key, body);
    }

    private static CompletableFuture<HttpResponse<String>> send(ServiceProcess service, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + call.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + platform.realm.token("city-admin"));
        if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .header("Idempotency-Key", call.key())
                    .POST(HttpRequest.BodyPublishers.ofString(call.body()));
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long rounds(ServiceProcess service) {
        String body = send(service, get("/api/v1/rounds?size=1")).join().body();
        return Long.parseLong(body.replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private static Connection admin() throws Exception {
        String host = System.getProperty("chatdong.db.host", "127.0.0.1");
        String port = System.getenv().getOrDefault("DB_PORT", "5432");
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/chatdong_monitoring_e2e",
                System.getenv().getOrDefault("DB_USER", "chatdong"),
                System.getenv().getOrDefault("DB_PASSWORD", "chatdong"));
    }
}
