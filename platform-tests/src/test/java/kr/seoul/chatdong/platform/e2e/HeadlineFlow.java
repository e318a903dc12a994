package kr.seoul.chatdong.platform.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * Drives the headline flow through the services' public APIs: plan a round, assess every
 * (dong, field) with known scores, complete it, and count what the other services derived.
 */
final class HeadlineFlow {

    static final String[] FIELDS = {"WELFARE", "VILLAGE", "ADMINISTRATION", "HEALTH"};
    static final int BELOW = 60;
    static final int EXCELLENT = 90;

    private final Platform platform;

    HeadlineFlow(Platform platform) {
        this.platform = platform;
    }

    /** What a round's scores must derive in each service. */
    record Expected(int consulting, int nominations, int trainingNeeds, int agendaItems) {}

    /** Every current dong code, from monitoring-service's reference API. */
    List<String> allDongCodes() {
        List<String> codes = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = given().queryParam("size", 200)
                    .queryParam("page", page)
                    .get(platform.url("monitoring-service") + "/api/v1/dongs")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.code");
            codes.addAll(items);
            if (items.size() < 200) {
                return codes;
            }
        }
    }

    String plan(String name, List<String> dongs) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "startsOn",
                        "2016-08-01",
                        "endsOn",
                        "2016-11-30",
                        "dongCodes",
                        dongs,
                        "underperformingBelow",
                        BELOW,
                        "excellentFrom",
                        EXCELLENT))
                .post(platform.url("monitoring-service") + "/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Known, varied scores: 0–100 spread over dongs and fields by {@code seed}. */
    static int score(int dong, int field, int seed) {
        return Math.floorMod(dong * 37 + field * 11 + seed * 7, 101);
    }

    /** Assesses every (dong, field) in batches and returns what completion must derive. */
    Expected assessAll(String roundId, List<String> dongs, int seed) {
        int below = 0;
        int excellent = 0;
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int d = 0; d < dongs.size(); d++) {
            for (int f = 0; f < FIELDS.length; f++) {
                int score = score(d, f, seed);
                below += score < BELOW ? 1 : 0;
                excellent += score >= EXCELLENT ? 1 : 0;
                batch.add(Map.of("dongCode", dongs.get(d), "field", FIELDS[f], "score", score));
                if (batch.size() == 2000) {
                    send(roundId, batch);
                }
            }
        }
        if (!batch.isEmpty()) {
            send(roundId, batch);
        }
        return new Expected(below, excellent, below, 1);
    }

    private void send(String roundId, List<Map<String, Object>> batch) {
        String round = platform.url("monitoring-service") + "/api/v1/rounds/" + roundId;
        String etag = given().get(round).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(batch)
                .put(round + "/assessments")
                .then()
                .statusCode(200);
        batch.clear();
    }

    void complete(String roundId) {
        given().post(platform.url("monitoring-service") + "/api/v1/rounds/" + roundId + "/complete")
                .then()
                .statusCode(200);
    }

    /** What each service shows for the round now. */
    Expected counts(String roundId) {
        return new Expected(
                total("monitoring-service", "/api/v1/consulting-assignments", roundId, Map.of()),
                total("cases-service", "/api/v1/cases", roundId, Map.of("status", "NOMINATED")),
                total("training-service", "/api/v1/training-needs", roundId, Map.of()),
                total("governance-service", "/api/v1/agenda-items", roundId, Map.of("source", "MONITORING")));
    }

    /** Counts in one service only (the others read as 0). */
    Expected countsIn(String service, String roundId) {
        return switch (service) {
            case "monitoring-service" ->
                new Expected(total(service, "/api/v1/consulting-assignments", roundId, Map.of()), 0, 0, 0);
            case "cases-service" ->
                new Expected(0, total(service, "/api/v1/cases", roundId, Map.of("status", "NOMINATED")), 0, 0);
            case "training-service" ->
                new Expected(0, 0, total(service, "/api/v1/training-needs", roundId, Map.of()), 0);
            default ->
                new Expected(0, 0, 0, total(service, "/api/v1/agenda-items", roundId, Map.of("source", "MONITORING")));
        };
    }

    /** Polls until every service shows exactly {@code expected}; returns how long that took, or fails. */
    Duration awaitDerived(String roundId, Expected expected, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Expected seen = null;
        while (System.nanoTime() < deadline) {
            seen = counts(roundId);
            if (seen.equals(expected)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError(
                "round " + roundId + ": expected " + expected + " but saw " + seen + " after " + timeout);
    }

    private int total(String service, String path, String roundId, Map<String, String> filter) {
        return given().queryParam("roundId", roundId)
                .queryParam("size", 1)
                .queryParams(filter)
                .get(platform.url(service) + path)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
