package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** A round from plan to completion, and every refusal on the way. */
@QuarkusTest
class RoundLifecycleTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String plan(String... dongs) {
        String codes = String.join("\",\"", dongs);
        return given().contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"2016년 3차 모니터링\",\"startsOn\":\"2016-08-01\",\"endsOn\":\"2016-11-30\",\"dongCodes\":[\""
                                + codes + "\"]}")
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void assess(String round, String dong, String field, int score, int expectedStatus) {
        assess(round, dong, field, score, expectedStatus, null);
    }

    static void assess(String round, String dong, String field, int score, int expectedStatus, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body("{\"score\":" + score + ",\"findings\":\"현장 확인\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        request.when()
                .put("/api/v1/rounds/" + round + "/assessments/" + dong + "/" + field)
                .then()
                .statusCode(expectedStatus);
    }

    @Test
    void aRoundIsCompletedOnlyWhenEveryDongIsAssessedInEveryField() {
        String round = plan("1129052500", "1120059000");
        given().when()
                .get("/api/v1/rounds/" + round)
                .then()
                .body("status", equalTo("PLANNED"))
                .body("progress.assessed", equalTo(0))
                .body("progress.expected", equalTo(8));

        for (String field : new String[] {"WELFARE", "VILLAGE", "ADMINISTRATION", "HEALTH"}) {
            assess(round, "1129052500", field, 80, 201);
        }
        assess(round, "1120059000", "WELFARE", 40, 201);
        assess(round, "1120059000", "WELFARE", 45, 428); // a correction must say which version it corrects
        assess(round, "1120059000", "WELFARE", 45, 200, "\"0\""); // a correction, not a second assessment
        assess(round, "1120059000", "WELFARE", 46, 412, "\"0\""); // based on a version that is gone
        assess(round, "1120059000", "VILLAGE", 70, 201);
        given().when()
                .get("/api/v1/rounds/" + round)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("progress.assessed", equalTo(6));

        assertProblem(
                        given().when()
                                .post("/api/v1/rounds/" + round + "/complete")
                                .then(),
                        422,
                        "domain-rule")
                .body("missingCount", equalTo(2))
                .body("missing", hasSize(2))
                .body("missing[0].dongCode", equalTo("1120059000"))
                .body("missing.field", org.hamcrest.Matchers.containsInAnyOrder("ADMINISTRATION", "HEALTH"));

        assess(round, "1120059000", "ADMINISTRATION", 88, 201);
        assess(round, "1120059000", "HEALTH", 59, 201);
        given().when()
                .post("/api/v1/rounds/" + round + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("progress.assessed", equalTo(8));

        assertProblem(
                given().when().post("/api/v1/rounds/" + round + "/complete").then(), 409, "conflict");
        // A completed round's score changes only as a correction: If-Match and a reason (AssessmentCorrectionTest).
        given().contentType(ContentType.JSON)
                .body("{\"score\":90}")
                .when()
                .put("/api/v1/rounds/" + round + "/assessments/1120059000/HEALTH")
                .then()
                .statusCode(428);
    }

    @Test
    void refusesAssessmentsOutsideTheScopeOrOutOfRange() {
        String round = plan("1129052500");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"score\":50}")
                        .when()
                        .put("/api/v1/rounds/" + round + "/assessments/1111053000/WELFARE")
                        .then(),
                422,
                "domain-rule");
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"score\":101}")
                                .when()
                                .put("/api/v1/rounds/" + round + "/assessments/1129052500/WELFARE")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("score"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"score\":50}")
                                .when()
                                .put("/api/v1/rounds/" + round + "/assessments/1129052500/SPORTS")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("field"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"score\":50}")
                                .when()
                                .put("/api/v1/rounds/" + round + "/assessments/9999999999/WELFARE")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("dongCode"));
        given().when().get("/api/v1/rounds/" + round).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void aBatchOfAssessmentsIsAppliedAllOrNone() {
        String round = plan("1129052500", "1120059000");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(
                                "[{\"dongCode\":\"1129052500\",\"field\":\"WELFARE\",\"score\":70},{\"dongCode\":\"1111053000\",\"field\":\"WELFARE\",\"score\":70}]")
                        .when()
                        .put("/api/v1/rounds/" + round + "/assessments")
                        .then(),
                422,
                "domain-rule");
        given().when().get("/api/v1/rounds/" + round).then().body("progress.assessed", equalTo(0));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(
                        "[{\"dongCode\":\"1129052500\",\"field\":\"WELFARE\",\"score\":70},{\"dongCode\":\"1120059000\",\"field\":\"HEALTH\",\"score\":30}]")
                .when()
                .put("/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(200)
                .body("progress.assessed", equalTo(2))
                .body("status", equalTo("IN_PROGRESS"))
                .header("ETag", org.hamcrest.Matchers.not("\"0\""));
        given().queryParam("field", "HEALTH")
                .when()
                .get("/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].score", equalTo(30));
    }

    @Test
    void aRetriedCompletionWithTheSameIdempotencyKeyGetsTheFirstAnswerAgain() {
        String round = MonitoringFixtures.assessedRound();
        String key = java.util.UUID.randomUUID().toString();
        String first = given().header("Idempotency-Key", key)
                .when()
                .post(round + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .header("Idempotent-Replayed", equalTo(null))
                .extract()
                .asString();
        String again = given().header("Idempotency-Key", key)
                .when()
                .post(round + "/complete")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
        // without the key, a second completion is still the conflict it is
        assertProblem(given().when().post(round + "/complete").then(), 409, "conflict");
        // a key that failed (422: assessments missing) is not remembered: the retry is a new attempt
        String incomplete = MonitoringFixtures.round();
        String other = java.util.UUID.randomUUID().toString();
        assertProblem(
                given().header("Idempotency-Key", other)
                        .when()
                        .post(incomplete + "/complete")
                        .then(),
                422,
                "domain-rule");
        assertProblem(
                        given().header("Idempotency-Key", other)
                                .when()
                                .post(incomplete + "/complete")
                                .then(),
                        422,
                        "domain-rule")
                .body("missingCount", equalTo(8));
    }
}
