package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.RoundCompletedConsumerContract;

/** round.completed → training needs: the example's 58, 45 and 59 are below its bar of 60. */
@QuarkusTest
class NeedsFromRoundsTest extends RoundCompletedConsumerContract {

    @Override
    protected String derivedRecords() {
        return "/api/v1/training-needs";
    }

    @Override
    protected Derivation derivation() {
        return Derivation.BELOW_THE_BAR;
    }

    @Override
    protected int derivedFromExample() {
        return 3;
    }

    @Test
    void aNeedIsLinkedToTheCoursesThatAddressItsField() throws Exception {
        String welfareCourse = given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"사례관리 상담과정\",\"track\":\"CASE_MANAGEMENT_COUNSELLING\",\"hours\":14,\"fields\":[\"WELFARE\"]}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String villageCourse = given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"마을생태계 합동워크숍\",\"track\":\"PUBLIC_PRIVATE_WORKSHOP\",\"hours\":8,\"fields\":[\"VILLAGE\"]}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String roundId = publishExample().split("/")[1];
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("roundId", roundId)
                        .queryParam("field", "WELFARE")
                        .when()
                        .get("/api/v1/training-needs")
                        .then()
                        .body("total", equalTo(1))
                        .body("items[0].dongCode", equalTo("1120059000"))
                        .body("items[0].score", equalTo(45))
                        .body("items[0].courseIds", hasItem(welfareCourse))
                        .body("items[0].courseIds", not(hasItem(villageCourse))));
    }

    /** The example's WELFARE need of 1120059000 is MET once a trainee of that dong completes a WELFARE course. */
    @Test
    void aNeedIsMetWhenTraineesOfItsDongCompleteACourseOfItsField() throws Exception {
        String roundId = publishExample().split("/")[1];
        String need = Awaitility.await()
                .atMost(WAIT)
                .until(
                        () -> given().queryParam("roundId", roundId)
                                .queryParam("field", "WELFARE")
                                .when()
                                .get("/api/v1/training-needs")
                                .then()
                                .extract()
                                .<String>path("items[0].id"),
                        java.util.Objects::nonNull);
        String course = given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"복지 실무 (수요 충족)\",\"track\":\"VISITING_WELFARE_PRACTICE\",\"hours\":6,\"fields\":[\"WELFARE\"],"
                                + "\"completionRule\":{\"minAttendanceShare\":1,\"evaluationRequired\":false}}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course
                        + "\",\"number\":1,\"startsOn\":\"2016-04-06\",\"endsOn\":\"2016-04-06\",\"capacity\":5}")
                .when()
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .post("/api/v1/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200);
        String trainee = given().contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"수요충족\",\"organisation\":\"동 주민센터\",\"districtCode\":\"11200\",\"dongCode\":\"1120059000\",\"jobType\":\"사회복지\"}")
                .when()
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String enrolment = CohortEnrolmentTest.enrol(cohort, trainee)
                .statusCode(201)
                .extract()
                .path("id");
        String session = given().contentType(ContentType.JSON)
                .body(
                        "{\"startsAt\":\"2016-04-06T09:00:00+09:00\",\"endsAt\":\"2016-04-06T16:00:00+09:00\",\"hours\":6}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("[{\"enrolmentId\":\"" + enrolment + "\",\"status\":\"PRESENT\"}]")
                .when()
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .post("/api/v1/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .post("/api/v1/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200);

        given().queryParam("roundId", roundId)
                .queryParam("field", "WELFARE")
                .when()
                .get("/api/v1/training-needs")
                .then()
                .body("items[0].status", equalTo("MET"));
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> met =
                kr.seoul.chatdong.testing.TestKafka.await(
                        kr.seoul.chatdong.language.events.EventCatalog.NEED_MET.topic(),
                        r -> r.key().equals(need),
                        1,
                        java.time.Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals(1, met.size());
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(),
                java.util.List.copyOf(kr.seoul.chatdong.testing.EventContracts.violations(
                        kr.seoul.chatdong.language.events.EventCatalog.NEED_MET,
                        met.get(0).value())));
        io.restassured.path.json.JsonPath event =
                io.restassured.path.json.JsonPath.from(met.get(0).value());
        org.junit.jupiter.api.Assertions.assertEquals("1120059000", event.getString("dongCode"));
        org.junit.jupiter.api.Assertions.assertEquals(cohort, event.getString("cohortId"));
        org.junit.jupiter.api.Assertions.assertEquals(1, event.getInt("completers"));
    }
}
