package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** GET/PUT /agenda-routing/{source}: the 운영위원회 by default; a city admin may route elsewhere (and back). */
@QuarkusTest
class AgendaRoutingTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    private static String council(String kind) {
        return given().queryParam("kind", kind)
                .when()
                .get("/api/v1/councils")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    private static Response route(String source, String councilId) {
        String etag = given().when()
                .get("/api/v1/agenda-routing/" + source)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        return given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"councilId\":\"" + councilId + "\"}")
                .when()
                .put("/api/v1/agenda-routing/" + source);
    }

    @Test
    void bothSourcesGoToTheSteeringCommitteeByDefault() {
        String steering = council("STEERING_COMMITTEE");
        for (String source : new String[] {"MONITORING", "EVALUATION"}) {
            given().when()
                    .get("/api/v1/agenda-routing/" + source)
                    .then()
                    .statusCode(200)
                    .body("source", equalTo(source))
                    .body("councilId", equalTo(steering))
                    .body("councilName", equalTo("운영위원회"))
                    .body("councilKind", equalTo("STEERING_COMMITTEE"));
        }
        assertProblem(given().when().get("/api/v1/agenda-routing/CASES").then(), 400, "validation");
    }

    @Test
    void aCityAdminRoutesReviewsToTheTaskforceAndTheNextReviewGoesOnItsMeeting() throws Exception {
        String steering = council("STEERING_COMMITTEE");
        String taskforce = council("CITY_TASKFORCE");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"councilId\":\"" + taskforce + "\"}")
                        .when()
                        .put("/api/v1/agenda-routing/MONITORING")
                        .then(),
                428,
                "precondition-required");
        assertProblem(route("MONITORING", UUID.randomUUID().toString()).then(), 400, "validation");
        try {
            route("MONITORING", taskforce).then().statusCode(200).body("councilKind", equalTo("CITY_TASKFORCE"));
            String meeting = given().contentType(ContentType.JSON)
                    .body("{\"councilId\":\"" + taskforce + "\",\"title\":\"시 추진단 회의\"," + "\"scheduledAt\":\""
                            + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(5) + "\",\"place\":\"서울시청\"}")
                    .when()
                    .post("/api/v1/meetings")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String round = UUID.randomUUID().toString();
            TestKafka.send(
                    EventCatalog.ROUND_COMPLETED.topic(),
                    round,
                    TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), round),
                    EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", round));
            Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .untilAsserted(() -> given().queryParam("roundId", round)
                            .when()
                            .get("/api/v1/agenda-items")
                            .then()
                            .body("total", equalTo(1))
                            .body("items[0].status", equalTo("SCHEDULED"))
                            .body("items[0].meetingId", equalTo(meeting)));
        } finally {
            route("MONITORING", steering).then().statusCode(200).body("councilId", equalTo(steering));
        }
        given().when().get("/api/v1/agenda-routing/EVALUATION").then().body("councilId", equalTo(steering));
    }

    @Test
    void aPublishedReportGoesOnceOnTheNextMeetingOfTheCouncilRoutedForEvaluation() throws Exception {
        String steering = council("STEERING_COMMITTEE");
        String taskforce = council("CITY_TASKFORCE");
        try {
            route("EVALUATION", taskforce).then().statusCode(200).body("councilKind", equalTo("CITY_TASKFORCE"));
            String meeting = given().contentType(ContentType.JSON)
                    .body("{\"councilId\":\"" + taskforce + "\",\"title\":\"시 추진단 공유보고\"," + "\"scheduledAt\":\""
                            + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(6) + "\",\"place\":\"서울시청\"}")
                    .when()
                    .post("/api/v1/meetings")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            int version = 1000 + new java.util.Random().nextInt(1_000_000);
            String payload =
                    "{\"year\":2016,\"version\":" + version + ",\"url\":\"/api/v1/reports/2016?version=" + version
                            + "\",\"title\":\"2016년 찾아가는 동주민센터 평가보고서 (제" + version + "판)\","
                            + "\"publishedAt\":\"2016-10-28T06:00:00Z\"}";
            // delivered twice under two event ids (a producer's retry): one agenda item
            for (int i = 0; i < 2; i++) {
                TestKafka.send(
                        EventCatalog.REPORT_PUBLISHED.topic(),
                        "2016",
                        TestKafka.cloudEvent(EventCatalog.REPORT_PUBLISHED.type(), "2016"),
                        payload);
            }
            Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .untilAsserted(() -> given().queryParam("source", "EVALUATION")
                            .queryParam("meetingId", meeting)
                            .when()
                            .get("/api/v1/agenda-items")
                            .then()
                            .statusCode(200)
                            .body("total", equalTo(1))
                            .body("items[0].status", equalTo("SCHEDULED"))
                            .body("items[0].source", equalTo("EVALUATION"))
                            .body("items[0].title", equalTo("평가보고서 공유보고: 2016년 찾아가는 동주민센터 평가보고서 (제" + version + "판)"))
                            .body(
                                    "items[0].summary",
                                    org.hamcrest.Matchers.containsString("/api/v1/reports/2016?version=" + version)));
            // the second delivery has been processed too (the consumer reads in order): still one item
            String marker = UUID.randomUUID().toString();
            TestKafka.send(
                    EventCatalog.REPORT_PUBLISHED.topic(),
                    "2016",
                    TestKafka.cloudEvent(EventCatalog.REPORT_PUBLISHED.type(), "2016"),
                    payload.replace("\"version\":" + version, "\"version\":" + (version + 1))
                            .replace("제" + version, marker));
            Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .untilAsserted(() -> given().queryParam("source", "EVALUATION")
                            .queryParam("meetingId", meeting)
                            .when()
                            .get("/api/v1/agenda-items")
                            .then()
                            .body("total", equalTo(2)));
        } finally {
            route("EVALUATION", steering).then().statusCode(200).body("councilId", equalTo(steering));
        }
    }
}
