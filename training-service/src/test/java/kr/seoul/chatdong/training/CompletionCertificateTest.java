package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class CompletionCertificateTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static String trainee(String name, String district, String dong) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"organisation\":\"동 주민센터\",\"districtCode\":\"" + district
                        + "\",\"dongCode\":\"" + dong + "\",\"jobType\":\"사회복지\",\"employeeNo\":\"C-"
                        + java.util.UUID.randomUUID().toString().substring(0, 13) + "\"}")
                .when()
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String session(String cohort, String day) {
        return given().contentType(ContentType.JSON)
                .body("{\"startsAt\":\"2016-03-" + day + "T09:00:00+09:00\",\"endsAt\":\"2016-03-" + day
                        + "T16:00:00+09:00\",\"hours\":6}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void attend(String session, String... pairs) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"enrolmentId\":\"")
                    .append(pairs[i])
                    .append("\",\"status\":\"")
                    .append(pairs[i + 1])
                    .append("\"}");
        }
        given().contentType(ContentType.JSON)
                .body(body.append("]").toString())
                .when()
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
    }

    /**
     * A (present, late) attends 12 of 12 hours; B (present, excused) 6 of 6; C (present, absent) 6 of
     * 12 = 0.5 < 0.75: A and B complete, C does not.
     */
    @Test
    void completingACohortAppliesTheCourseRulePublishesCountsAndCertifiesTheCompleters() throws Exception {
        String course = given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"읍면동 사례관리 실무과정 (시험)\",\"track\":\"CASE_MANAGEMENT_COUNSELLING\",\"hours\":12,\"fields\":[\"WELFARE\"],"
                                + "\"completionRule\":{\"minAttendanceShare\":0.75,\"evaluationRequired\":false}}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course
                        + "\",\"number\":1,\"startsOn\":\"2016-03-16\",\"endsOn\":\"2016-03-18\",\"capacity\":5}")
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
        String a = CohortEnrolmentTest.enrol(cohort, trainee("가나다", "11290", "1129052500"))
                .statusCode(201)
                .extract()
                .path("id");
        String b = CohortEnrolmentTest.enrol(cohort, trainee("라마바", "11290", "1129055500"))
                .statusCode(201)
                .extract()
                .path("id");
        String c = CohortEnrolmentTest.enrol(cohort, trainee("사아자", "11110", "1111051500"))
                .statusCode(201)
                .extract()
                .path("id");
        String s1 = session(cohort, "16");
        String s2 = session(cohort, "17");
        attend(s1, a, "PRESENT", b, "PRESENT", c, "PRESENT");
        attend(s2, a, "LATE", b, "EXCUSED", c, "ABSENT");
        given().when()
                .get("/api/v1/sessions/" + s2 + "/attendance")
                .then()
                .statusCode(200)
                .body("size()", equalTo(3));
        assertProblem(
                        given().when()
                                .get("/api/v1/enrolments/" + a + "/certificate")
                                .then(),
                        422,
                        "domain-rule")
                .body("rule", equalTo("not-a-completer"));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .post("/api/v1/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .post("/api/v1/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("[{\"enrolmentId\":\"" + c + "\",\"status\":\"PRESENT\"}]")
                        .when()
                        .put("/api/v1/sessions/" + s2 + "/attendance")
                        .then(),
                409,
                "conflict");

        String number = given().when()
                .get("/api/v1/enrolments/" + a)
                .then()
                .statusCode(200)
                .body("completed", equalTo(true))
                .body("attendedShare", equalTo(1.0f))
                .body("certificateNo", matchesPattern("CD16-[A-Z2-9]{8}"))
                .extract()
                .path("certificateNo");
        given().when()
                .get("/api/v1/enrolments/" + b)
                .then()
                .body("completed", equalTo(true))
                .body("attendedShare", equalTo(1.0f));
        given().when()
                .get("/api/v1/enrolments/" + c)
                .then()
                .body("completed", equalTo(false))
                .body("attendedShare", equalTo(0.5f))
                .body("certificateNo", equalTo(null));
        assertProblem(
                given().when().get("/api/v1/enrolments/" + c + "/certificate").then(), 422, "domain-rule");

        RestAssured.requestSpecification = null;
        assertEquals(
                403,
                kr.seoul.chatdong.testing.ApiRequest.of("GET", "/api/v1/enrolments/" + a + "/certificate", null)
                        .send(Tokens.of("monitor"))
                        .statusCode(),
                "the certificate bears the name: not for every role");
        Tokens.actAsCityAdmin();
        byte[] pdf = given().accept("application/pdf")
                .when()
                .get("/api/v1/enrolments/" + a + "/certificate")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // read as a person does, line by line, whatever the order of drawing
            text = stripper.getText(document).replaceAll("\\s+", "");
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate.pdf"), pdf);
        assertTrue(text.contains("수료증"), text);
        assertTrue(text.contains("가나다"), text);
        assertTrue(text.contains("읍면동사례관리실무과정(시험)"), text);
        assertTrue(text.contains("제1기(2016-03-16~2016-03-18,12시간)"), text);
        assertTrue(text.contains("2016년3월18일"), text);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("/api/v1/certificates/" + number), text);

        RestAssured.requestSpecification = null;
        given().when()
                .get("/api/v1/certificates/" + number)
                .then()
                .statusCode(200)
                .body("initials", equalTo("가○○"))
                .body("courseTitle", equalTo("읍면동 사례관리 실무과정 (시험)"))
                .body("cohortNumber", equalTo(1))
                .body("completedOn", equalTo("2016-03-18"))
                .body("size()", equalTo(6));
        given().when().get("/api/v1/certificates/CD16-NOSUCHNO").then().statusCode(404);

        List<ConsumerRecord<String, String>> events = TestKafka.await(
                EventCatalog.COHORT_COMPLETED.topic(),
                r -> r.key().equals(cohort)
                        && EventCatalog.COHORT_COMPLETED.type().equals(TestKafka.header(r, "ce_type")),
                1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.COHORT_COMPLETED, events.get(0).value())));
        JsonPath event = JsonPath.from(events.get(0).value());
        assertEquals(course, event.getString("courseId"));
        assertEquals("CITY", event.getString("organiser"));
        assertEquals("2016-03-18", event.getString("endedOn"));
        assertEquals(3, event.getInt("enrolled"));
        assertEquals(2, event.getInt("completed"));
        assertEquals(List.of("11110", "11290"), event.getList("byDistrict.districtCode"));
        assertEquals(List.of(1, 2), event.getList("byDistrict.enrolled"));
        assertEquals(List.of(0, 2), event.getList("byDistrict.completed"));
        assertEquals(0, event.getInt("evaluations"));
        assertEquals((Object) null, event.get("satisfaction"));
        assertTrue(!events.get(0).value().contains("가나다"), "no names in the event");
    }
}
