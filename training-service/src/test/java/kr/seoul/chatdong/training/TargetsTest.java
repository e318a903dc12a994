package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** 교육 목표: the plan's 10,520 for 2016, and a year's targets against the completions of its cohorts. */
@QuarkusTest
class TargetsTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static final java.time.Duration WAIT = java.time.Duration.ofSeconds(30);

    /** The targets set before the event existed (the seeded 2016 one) were published by migration V9. */
    @Test
    void theSeededTargetsArePublishedForTheYearlyReport() throws Exception {
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> set =
                TestKafka.await(EventCatalog.TARGETS_SET.topic(), r -> r.key().equals("2016"), 1, WAIT);
        assertEquals(1, set.size(), "training.targets.set.v1 of 2016");
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.TARGETS_SET, set.get(0).value())));
        assertEquals(EventCatalog.TARGETS_SET.type(), TestKafka.header(set.get(0), "ce_type"));
        io.restassured.path.json.JsonPath event =
                io.restassured.path.json.JsonPath.from(set.get(0).value());
        assertEquals(2016, event.getInt("year"));
        assertEquals(
                10520,
                event.getInt("targets.find { it.organiser == 'CITY' && it.audience == 'CIVIL_SERVANT' }.target"));
    }

    @Test
    void theYear2016CarriesThePlansTargetOfCivilServants() {
        given().get("/api/v1/targets/2016")
                .then()
                .statusCode(200)
                .body(
                        "targets.find { it.organiser == 'CITY' && it.audience == 'CIVIL_SERVANT' }.target",
                        equalTo(10520))
                .body("byDistrict", hasSize(25))
                .body("byDistrict[0].districtCode", equalTo("11110"))
                .body("byDistrict[0].districtName", equalTo("종로구"));
    }

    /**
     * 2021: 강남구 (11680) means to train 4 residents, the city 10 civil servants. A district course for
     * residents completes 3 of 4 trainees (three of 강남구, one of 종로구 who never attends): 3 of 4.
     */
    @Test
    void completionsCountTowardTheirOrganisersTargetsAndTheirTraineesDistricts() throws Exception {
        given().contentType(ContentType.JSON)
                .body("{\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"CIVIL_SERVANT\",\"target\":10},"
                        + "{\"organiser\":\"11680\",\"audience\":\"RESIDENT\",\"target\":4}]}")
                .put("/api/v1/targets/2021")
                .then()
                .statusCode(200)
                .body("targets", hasSize(2))
                .body("total.target", equalTo(14))
                .body("total.trained", equalTo(0));
        // monitoring's yearly report learns the year's targets from training.targets.set.v1
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> set = TestKafka.await(
                EventCatalog.TARGETS_SET.topic(),
                r -> r.key().equals("2021") && r.value().contains("11680"),
                1,
                WAIT);
        assertEquals(1, set.size());
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.TARGETS_SET, set.get(0).value())));
        assertEquals(
                List.of("CITY", "11680"),
                io.restassured.path.json.JsonPath.from(set.get(0).value()).getList("targets.organiser"));
        String course = given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"주민 복지 리더 교육\",\"track\":\"BASIC\",\"hours\":3,\"fields\":[\"VILLAGE\"],\"organiser\":\"11680\","
                                + "\"audiences\":[\"RESIDENT\"]}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course
                        + "\",\"number\":1,\"startsOn\":\"2021-04-07\",\"endsOn\":\"2021-04-07\",\"capacity\":10}")
                .when()
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .post("/api/v1/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200);
        StringBuilder attendance = new StringBuilder("[");
        String[][] people = {
            {"11680", "1168051000", "PRESENT"},
            {"11680", "1168052100", "PRESENT"},
            {"11680", "1168052100", "LATE"},
            {"11110", "1111051500", "ABSENT"}
        };
        for (String[] p : people) {
            String trainee = given().contentType(ContentType.JSON)
                    .body("{\"name\":\"주민" + UUID.randomUUID().toString().substring(0, 4)
                            + "\",\"organisation\":\"주민자치회\",\"districtCode\":\"" + p[0] + "\",\"dongCode\":\"" + p[1]
                            + "\",\"jobType\":\"주민\"}")
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
            attendance
                    .append(attendance.length() > 1 ? "," : "")
                    .append("{\"enrolmentId\":\"")
                    .append(enrolment)
                    .append("\",\"status\":\"")
                    .append(p[2])
                    .append("\"}");
        }
        String session = given().contentType(ContentType.JSON)
                .body(
                        "{\"startsAt\":\"2021-04-07T14:00:00+09:00\",\"endsAt\":\"2021-04-07T17:00:00+09:00\",\"hours\":3}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(attendance.append("]").toString())
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"")
                .post("/api/v1/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"2\"")
                .post("/api/v1/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200);

        given().get("/api/v1/targets/2021")
                .then()
                .statusCode(200)
                .body("targets.find { it.organiser == '11680' }.trained", equalTo(3))
                .body("targets.find { it.organiser == '11680' }.share", equalTo(0.75f))
                .body("targets.find { it.organiser == '11680' }.bySource.DISTRICT_COHORT", equalTo(3))
                .body("targets.find { it.organiser == '11680' }.bySource.CITY", equalTo(0))
                .body("targets.find { it.organiser == 'CITY' }.trained", equalTo(0))
                .body("total.target", equalTo(14))
                .body("total.trained", equalTo(3))
                .body("byDistrict.find { it.districtCode == '11680' }.trained", equalTo(3))
                .body("byDistrict.find { it.districtCode == '11680' }.target", equalTo(4))
                .body("byDistrict.find { it.districtCode == '11110' }.trained", equalTo(0))
                .body("byDistrict.find { it.districtCode == '11110' }.target", equalTo(null));
        given().get("/api/v1/targets/2022")
                .then()
                .statusCode(200)
                .body("targets", hasSize(0))
                .body("total.target", equalTo(null));

        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"RESIDENT\",\"target\":1},"
                                + "{\"organiser\":\"CITY\",\"audience\":\"RESIDENT\",\"target\":2}]}")
                        .put("/api/v1/targets/2022")
                        .then(),
                400,
                "validation");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"targets\":[{\"organiser\":\"11999\",\"audience\":\"RESIDENT\",\"target\":1}]}")
                        .put("/api/v1/targets/2022")
                        .then(),
                400,
                "validation");
        Tokens.actAnonymously();
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.of("trainer"))
                        .contentType(ContentType.JSON)
                        .body("{\"targets\":[]}")
                        .put("/api/v1/targets/2022")
                        .then(),
                403,
                "forbidden");
    }
}
