package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** A city admin corrects a score of a completed round; consulting reconciles with it. */
@QuarkusTest
class AssessmentCorrectionTest {

    static final String DONG = ConsultingWorkflowTest.SEONGDONG;

    @BeforeEach
    void setUp() {
        Tokens.actAsCityAdmin();
        ConsultingWorkflowTest.retireEveryActiveConsultant();
    }

    @AfterEach
    void tearDown() {
        Tokens.actAnonymously();
    }

    static io.restassured.response.ValidatableResponse correct(
            String token, String round, String field, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when()
                .put("/api/v1/rounds/" + round + "/assessments/" + DONG + "/" + field)
                .then();
    }

    @Test
    void aCorrectionNeedsACityAdminAReasonAndIfMatchAndIsReconciledByConsulting() throws Exception {
        String round = ConsultingWorkflowTest.completedRound(
                "2016년 2차 모니터링 (정정)", "2016-02-01", "", Map.of(DONG + "/WELFARE", 45), DONG);
        String welfare = ConsultingWorkflowTest.assignments(round, 1)
                .get(DONG + "/WELFARE")
                .getString("id");
        String admin = Tokens.cityAdmin();

        correct(Tokens.of("monitor"), round, "WELFARE", "\"0\"", "{\"score\":65,\"reason\":\"재채점\"}")
                .statusCode(403);
        correct(admin, round, "WELFARE", "\"0\"", "{\"score\":65}")
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        correct(admin, round, "WELFARE", null, "{\"score\":65,\"reason\":\"재채점\"}")
                .statusCode(428);
        correct(
                        admin,
                        round,
                        "WELFARE",
                        "\"0\"",
                        "{\"score\":65,\"findings\":\"실적 누락분 반영\",\"reason\":\"복지 분야 방문상담 실적 누락분 확인 후 재채점\"}")
                .statusCode(200)
                .body("score", equalTo(65))
                .body("findings", equalTo("실적 누락분 반영"));
        correct(admin, round, "WELFARE", "\"0\"", "{\"score\":70,\"reason\":\"다시\"}")
                .statusCode(412); // that version is gone

        // 45 → 65: no longer below the bar of 60, so the assignment is withdrawn with the reason (not deleted).
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().when()
                        .get("/api/v1/consulting-assignments/" + welfare)
                        .then()
                        .body("status", equalTo("WITHDRAWN"))
                        .body("endedReason", containsString("45→65"))
                        .body("endedReason", containsString("방문상담 실적 누락분")));
        // 80 → 40 in VILLAGE: now below, so an assignment is opened, as completion would have.
        correct(admin, round, "VILLAGE", "\"0\"", "{\"score\":40,\"reason\":\"마을 분야 채점 오류\"}")
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().queryParam("roundId", round)
                        .queryParam("status", "OPEN")
                        .when()
                        .get("/api/v1/consulting-assignments")
                        .then()
                        .body("total", equalTo(1))
                        .body("items[0].field", equalTo("VILLAGE"))
                        .body("items[0].score", equalTo(40)));
        // Only the score changed publishes: the findings alone reconcile nothing.
        correct(admin, round, "HEALTH", "\"0\"", "{\"score\":80,\"findings\":\"확인\",\"reason\":\"소견 보완\"}")
                .statusCode(200);

        List<ConsumerRecord<String, String>> corrections = TestKafka.await(
                EventCatalog.ASSESSMENT_CORRECTED.topic(),
                r -> r.key().equals(round)
                        && EventCatalog.ASSESSMENT_CORRECTED.type().equals(TestKafka.header(r, "ce_type")),
                2,
                Duration.ofSeconds(30));
        assertEquals(2, corrections.size());
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.ASSESSMENT_CORRECTED, corrections.get(0).value())));
        JsonPath first = JsonPath.from(corrections.get(0).value());
        assertEquals(45, first.getInt("previousScore"));
        assertEquals(65, first.getInt("score"));
        assertEquals("11200", first.getString("districtCode"));
        assertEquals(
                0,
                TestKafka.readToEnd(
                                EventCatalog.ASSESSMENT_CORRECTED.topic(),
                                r -> r.key().equals(round) && r.value().contains("소견 보완"))
                        .size(),
                "an unchanged score publishes nothing");
        assertEquals(
                1,
                TestKafka.await(
                                EventCatalog.CONSULTING_WITHDRAWN.topic(),
                                r -> r.key().equals(welfare)
                                        && EventCatalog.CONSULTING_WITHDRAWN
                                                .type()
                                                .equals(TestKafka.header(r, "ce_type")),
                                1,
                                Duration.ofSeconds(30))
                        .size());

        // A batch is not a correction: a completed round's batch stays refused.
        given().contentType(ContentType.JSON)
                .header(
                        "If-Match",
                        given().when()
                                .get("/api/v1/rounds/" + round)
                                .then()
                                .extract()
                                .header("ETag"))
                .body("[{\"dongCode\":\"" + DONG + "\",\"field\":\"WELFARE\",\"score\":10}]")
                .when()
                .put("/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(409);
    }
}
