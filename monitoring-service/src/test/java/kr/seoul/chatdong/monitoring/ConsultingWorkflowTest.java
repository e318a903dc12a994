package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * A completed round's assignments matched to consultants by the rules, taken up by a city admin
 * where nobody matched, and carried out step by step by their consultant — with the events.
 */
@QuarkusTest
class ConsultingWorkflowTest {

    static final String SEONGDONG = "1120059000"; // 성동구 11200
    static final String SEONGBUK = "1129052500"; // 성북구 11290
    static final String PUNGNAP1 = "1171051000"; // 송파구 11710
    static final String PUNGNAP2 = "1171052000"; // 송파구 11710
    static final String[] FIELDS = {"WELFARE", "VILLAGE", "ADMINISTRATION", "HEALTH"};

    @BeforeEach
    void noOtherConsultantCompetes() {
        Tokens.actAsCityAdmin();
        retireEveryActiveConsultant();
    }

    @AfterEach
    void leaveNoActiveConsultant() {
        retireEveryActiveConsultant();
        Tokens.actAnonymously();
    }

    /** Consultants of earlier tests end their term the day it began (2016-01-01), so they match nothing today. */
    static void retireEveryActiveConsultant() {
        List<String> ids = given().queryParam(
                        "activeOn", java.time.LocalDate.now().toString())
                .queryParam("size", 200)
                .when()
                .get("/api/v1/consultants")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        for (String id : ids) {
            String etag = given().when()
                    .get("/api/v1/consultants/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            given().contentType("application/merge-patch+json; charset=UTF-8")
                    .header("If-Match", etag)
                    .body("{\"activeFrom\":\"2016-01-01\",\"activeTo\":\"2016-01-01\"}")
                    .when()
                    .patch("/api/v1/consultants/" + id)
                    .then()
                    .statusCode(200);
        }
    }

    static String register(String name, String home, int capacity, String subject, String... fields) {
        String body = "{\"name\":\"" + name + "\",\"organisation\":\"서울시복지재단\",\"fields\":[\""
                + String.join("\",\"", fields) + "\"],\"homeDistrictCode\":\"" + home + "\",\"capacity\":" + capacity
                + ",\"activeFrom\":\"2016-01-01\",\"subject\":\"" + subject + "\"}";
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/consultants")
                .then()
                .statusCode(201)
                .body("activeAssignments", equalTo(0))
                .extract()
                .path("id");
    }

    /** Plans, assesses (every score 80 unless {@code below} says otherwise) and completes a round; returns its id. */
    static String completedRound(
            String name, String startsOn, String window, Map<String, Integer> below, String... dongs) {
        String body =
                "{\"name\":\"" + name + "\",\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + startsOn.substring(0, 8)
                        + "28\"," + window + "\"dongCodes\":[\"" + String.join("\",\"", dongs) + "\"]}";
        String round = given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        StringBuilder batch = new StringBuilder("[");
        for (String dong : dongs) {
            for (String field : FIELDS) {
                batch.append(batch.length() > 1 ? "," : "")
                        .append("{\"dongCode\":\"")
                        .append(dong)
                        .append("\",\"field\":\"")
                        .append(field)
                        .append("\",\"score\":")
                        .append(below.getOrDefault(dong + "/" + field, 80))
                        .append('}');
            }
        }
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(batch.append(']').toString())
                .when()
                .put("/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(200);
        given().when().post("/api/v1/rounds/" + round + "/complete").then().statusCode(200);
        return round;
    }

    /** The round's assignments once the consumer has opened all {@code expected}, keyed "dong/field". */
    static Map<String, JsonPath> assignments(String round, int expected) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().queryParam("roundId", round)
                        .when()
                        .get("/api/v1/consulting-assignments")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(expected)));
        List<Map<String, Object>> items = given().queryParam("roundId", round)
                .when()
                .get("/api/v1/consulting-assignments")
                .then()
                .extract()
                .path("items");
        Map<String, JsonPath> byPair = new HashMap<>();
        for (Map<String, Object> item : items) {
            byPair.put(
                    item.get("dongCode") + "/" + item.get("field"),
                    given().when()
                            .get("/api/v1/consulting-assignments/" + item.get("id"))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath());
        }
        return byPair;
    }

    static RequestSpecification as(String subject) {
        return given().auth()
                .oauth2(Tokens.withSubject(Roles.CONSULTANT, subject))
                .contentType(ContentType.JSON);
    }

    static ValidatableResponse step(RequestSpecification request, String id, String verb, String ifMatch, String body) {
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when()
                .post("/api/v1/consulting-assignments/" + id + "/" + verb)
                .then();
    }

    static String etag(String id) {
        return given().when()
                .get("/api/v1/consulting-assignments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void assignmentsAreMatchedByFieldConflictLoadAndCapacityAndWhatIsLeftStaysOpen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String a = register("김민지", "11200", 1, "a-" + run, "WELFARE"); // lives in 성동구
        String b = register("이서연", "11290", 2, "b-" + run, "WELFARE"); // lives in 성북구
        String c = register("박지훈", "11110", 5, "c-" + run, "HEALTH");

        // Below the bar of 60: 성동 WELFARE 45 and HEALTH 50, 성북 WELFARE 50, 풍납1 WELFARE 40, 풍납2 WELFARE 30.
        String round = completedRound(
                "2016년 2차 모니터링 (매칭)",
                "2016-02-01",
                "\"consultingFrom\":\"2016-04-01\",\"consultingTo\":\"2016-05-31\",",
                Map.of(
                        SEONGDONG + "/WELFARE",
                        45,
                        SEONGDONG + "/HEALTH",
                        50,
                        SEONGBUK + "/WELFARE",
                        50,
                        PUNGNAP1 + "/WELFARE",
                        40,
                        PUNGNAP2 + "/WELFARE",
                        30),
                SEONGDONG,
                SEONGBUK,
                PUNGNAP1,
                PUNGNAP2);
        Map<String, JsonPath> made = assignments(round, 5);
        // In dong then field order: 성동 WELFARE cannot go to A (A's own district) → B; 성동 HEALTH → C (the only
        // HEALTH consultant); 성북 WELFARE cannot go to B (B's own district) → A, who is then full (capacity 1);
        // 풍납1 WELFARE → B (A full); 풍납2 WELFARE: A full, B full (2) → stays OPEN.
        assertEquals(b, made.get(SEONGDONG + "/WELFARE").getString("consultantId"));
        assertEquals(c, made.get(SEONGDONG + "/HEALTH").getString("consultantId"));
        assertEquals(a, made.get(SEONGBUK + "/WELFARE").getString("consultantId"));
        assertEquals(b, made.get(PUNGNAP1 + "/WELFARE").getString("consultantId"));
        assertEquals("OPEN", made.get(PUNGNAP2 + "/WELFARE").getString("status"));
        assertEquals(null, made.get(PUNGNAP2 + "/WELFARE").getString("consultantId"));
        assertEquals("ASSIGNED", made.get(SEONGDONG + "/WELFARE").getString("status"));
        given().when().get("/api/v1/consultants/" + b).then().body("activeAssignments", equalTo(2));
        given().when().get("/api/v1/consultants/" + a).then().body("activeAssignments", equalTo(1));
        given().queryParam("status", "OPEN")
                .queryParam("roundId", round)
                .when()
                .get("/api/v1/consulting-assignments")
                .then()
                .body("total", equalTo(1))
                .body("items[0].dongCode", equalTo(PUNGNAP2));

        // A city admin takes up the OPEN one, under the same rules.
        String open = made.get(PUNGNAP2 + "/WELFARE").getString("id");
        step(given().contentType(ContentType.JSON), open, "assign", "\"0\"", "{\"consultantId\":\"" + a + "\"}")
                .statusCode(422)
                .body("rule", equalTo("consultant-at-capacity"));
        step(given().contentType(ContentType.JSON), open, "assign", "\"0\"", "{\"consultantId\":\"" + c + "\"}")
                .statusCode(422)
                .body("rule", equalTo("consultant-field-mismatch"));
        String aEtag =
                given().when().get("/api/v1/consultants/" + a).then().extract().header("ETag");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", aEtag)
                .body("{\"capacity\":2}")
                .when()
                .patch("/api/v1/consultants/" + a)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(2));
        step(given().contentType(ContentType.JSON), open, "assign", null, "{\"consultantId\":\"" + a + "\"}")
                .statusCode(428);
        step(given().contentType(ContentType.JSON), open, "assign", "\"0\"", "{\"consultantId\":\"" + a + "\"}")
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("consultantId", equalTo(a));
        step(as("a-" + run), open, "assign", etag(open), "{\"consultantId\":\"" + a + "\"}")
                .statusCode(403); // city admins assign

        // Reassigned with a reason: B lives in 성북구 (conflict), D does not.
        String seongbuk = made.get(SEONGBUK + "/WELFARE").getString("id");
        step(
                        given().contentType(ContentType.JSON),
                        seongbuk,
                        "reassign",
                        etag(seongbuk),
                        "{\"consultantId\":\"" + b + "\",\"reason\":\"출장\"}")
                .statusCode(422)
                .body("rule", equalTo("consultant-conflict-of-interest"));
        String d = register("최유나", "11680", 1, "d-" + run, "WELFARE");
        step(
                        given().contentType(ContentType.JSON),
                        seongbuk,
                        "reassign",
                        etag(seongbuk),
                        "{\"consultantId\":\"" + d + "\",\"reason\":\"담당 컨설턴트 장기 출장\"}")
                .statusCode(200)
                .body("consultantId", equalTo(d))
                .body("status", equalTo("ASSIGNED"));
        given().auth()
                .oauth2(Tokens.cityAdmin())
                .queryParam("entity", "consulting-assignment")
                .queryParam("id", seongbuk)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("REASSIGN"));
        step(as("d-" + run), seongbuk, "cancel", etag(seongbuk), "{\"reason\":\"동 통폐합으로 대상 제외\"}")
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("endedReason", equalTo("동 통폐합으로 대상 제외"))
                .body("allowedSteps", hasSize(0));

        List<ConsumerRecord<String, String>> events =
                TestKafka.await("monitoring.consulting", r -> r.key().equals(seongbuk), 3, Duration.ofSeconds(30));
        assertEquals(
                List.of(
                        "kr.seoul.chatdong.monitoring.consulting.assigned.v1",
                        "kr.seoul.chatdong.monitoring.consulting.assigned.v1",
                        "kr.seoul.chatdong.monitoring.consulting.cancelled.v1"),
                events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        JsonPath reassigned = JsonPath.from(events.get(1).value());
        assertEquals(a, reassigned.getString("previousConsultantId"));
        assertEquals(d, reassigned.getString("consultantId"));
        assertEquals(
                false,
                events.get(2).value().contains("통폐합"),
                "reasons stay in monitoring: " + events.get(2).value());
    }

    @Test
    void aConsultantCarriesOutTheirOwnAssignmentStepByStep() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String b = register("이서연", "11290", 3, "b-" + run, "WELFARE");
        register("정하늘", "11290", 3, "o-" + run, "HEALTH"); // a consultant, but not this assignment's
        String round = completedRound(
                "2016년 2차 모니터링 (워크플로)",
                "2016-02-01",
                "\"consultingFrom\":\"2016-04-01\",\"consultingTo\":\"2016-05-31\",",
                Map.of(SEONGDONG + "/WELFARE", 45),
                SEONGDONG);
        String id = assignments(round, 1).get(SEONGDONG + "/WELFARE").getString("id");
        String mine = "b-" + run;

        step(as("o-" + run), id, "schedule", etag(id), "{\"visitOn\":\"2016-04-20\"}")
                .statusCode(403); // not theirs
        step(as("nobody-" + run), id, "schedule", etag(id), "{\"visitOn\":\"2016-04-20\"}")
                .statusCode(403); // not registered
        step(as(mine), id, "close", etag(id), null)
                .statusCode(409)
                .body("currentState", equalTo("ASSIGNED"))
                .body("allowedSteps", contains("schedule", "reassign", "cancel"));
        step(as(mine), id, "schedule", null, "{\"visitOn\":\"2016-04-20\"}").statusCode(428);
        step(as(mine), id, "schedule", etag(id), "{\"visitOn\":\"2016-06-10\"}")
                .statusCode(422)
                .body("rule", equalTo("outside-consulting-window"));
        step(as(mine), id, "schedule", etag(id), "{\"visitOn\":\"2016-04-20\"}")
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("visitOn", equalTo("2016-04-20"));
        step(as(mine), id, "visit", etag(id), "{\"visitedOn\":\"2016-04-20\",\"notes\":\"동장·복지팀장 면담\"}")
                .statusCode(200)
                .body("status", equalTo("VISITED"))
                .body("visitNotes", equalTo("동장·복지팀장 면담"));
        step(
                        as(mine),
                        id,
                        "report",
                        etag(id),
                        "{\"diagnosis\":\"방문 일정 관리가 수기로 이루어져 누락 발생\","
                                + "\"recommendations\":[\"방문 일정 공유 캘린더 도입\",\"주 1회 사례회의 정례화\"],\"followUps\":[\"6월 중 이행 점검\"]}")
                .statusCode(200)
                .body("status", equalTo("REPORTED"))
                .body("recommendations", hasSize(2));
        given().when().get("/api/v1/consultants/" + b).then().body("activeAssignments", equalTo(1));
        step(as(mine), id, "close", etag(id), null)
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("allowedSteps", hasSize(0))
                .body("endedReason", nullValue());
        given().when().get("/api/v1/consultants/" + b).then().body("activeAssignments", equalTo(0));
        given().queryParam("consultantId", b)
                .when()
                .get("/api/v1/consulting-assignments")
                .then()
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("CLOSED"));

        List<ConsumerRecord<String, String>> events =
                TestKafka.await("monitoring.consulting", r -> r.key().equals(id), 5, Duration.ofSeconds(30));
        assertEquals(
                List.of("assigned", "scheduled", "visited", "reported", "closed"),
                events.stream()
                        .map(r -> TestKafka.header(r, "ce_type").split("\\.")[5])
                        .toList());
        JsonPath reported = JsonPath.from(events.get(3).value());
        assertEquals(2, reported.getInt("recommendations"));
        assertEquals(1, reported.getInt("followUps"));
        assertEquals("2016-04-20", reported.getString("visitedOn"));
        assertEquals(false, events.get(3).value().contains("캘린더"), "report text stays in monitoring");
    }
}
