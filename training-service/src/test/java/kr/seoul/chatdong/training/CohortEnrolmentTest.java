package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class CohortEnrolmentTest {

    @Inject
    AgroalDataSource database;

    static final String PRACTICE_COURSE = "a0000000-0000-4000-8000-000000000009";

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String course() {
        return given().contentType(ContentType.JSON)
                .body("{\"title\":\"사례관리 실무 " + UUID.randomUUID()
                        + "\",\"track\":\"CASE_MANAGEMENT_COUNSELLING\",\"hours\":21,"
                        + "\"fields\":[\"WELFARE\"],\"category\":\"JOB\",\"audiences\":[\"SERVING_CIVIL_SERVANT\"],\"organiser\":\"11290\","
                        + "\"completionRule\":{\"minAttendanceShare\":0.75,\"evaluationRequired\":true}}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An OPEN cohort of a new course, with this capacity. */
    static String openCohort(int capacity) {
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course()
                        + "\",\"number\":1,\"startsOn\":\"2016-03-16\",\"endsOn\":\"2016-03-18\","
                        + "\"venue\":\"인재개발원\",\"capacity\":" + capacity + "}")
                .when()
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("allowedSteps", contains("open", "cancel"))
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .header("ETag", "\"1\"");
        return cohort;
    }

    static String trainee(String name, String employeeNo) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name
                        + "\",\"organisation\":\"성북동 주민센터\",\"districtCode\":\"11290\",\"dongCode\":\"1129052500\","
                        + "\"jobType\":\"사회복지\"" + (employeeNo == null ? "" : ",\"employeeNo\":\"" + employeeNo + "\"")
                        + "}")
                .when()
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static io.restassured.response.ValidatableResponse enrol(String cohort, String trainee) {
        return given().contentType(ContentType.JSON)
                .body("{\"traineeId\":\"" + trainee + "\"}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then();
    }

    @Test
    void thePlansCoursesAndThePracticeCoursesThreeCohortsAreSeeded() {
        given().when()
                .get("/api/v1/courses/" + PRACTICE_COURSE)
                .then()
                .statusCode(200)
                .body("code", equalTo("CD16-EMD-CM"))
                .body("title", equalTo("읍면동 사례관리 실무과정"))
                .body("category", equalTo("JOB"))
                .body("organiser", equalTo("CITY"))
                .body("audiences", contains("SERVING_CIVIL_SERVANT"))
                .body("completionRule.minAttendanceShare", equalTo(0.8f))
                .body("completionRule.evaluationRequired", equalTo(false));
        given().queryParam("size", 200)
                .when()
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        hasItems(
                                "CD16-BASIC",
                                "CD16-ADVANCED",
                                "CD16-VISION",
                                "CD16-PPWS",
                                "CD16-VWP",
                                "CD16-VWA",
                                "CD16-CMC",
                                "CD16-HEALING",
                                "CD16-EMD-CM",
                                "CD16-PP-CM",
                                "CD16-INSTRUCTOR"));
        given().queryParam("courseId", PRACTICE_COURSE)
                .when()
                .get("/api/v1/cohorts")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.number", contains(3, 2, 1))
                .body("items.startsOn", contains("2016-03-09", "2016-03-02", "2016-02-24"))
                .body("items.endsOn", contains("2016-03-11", "2016-03-04", "2016-02-26"));
    }

    @Test
    void aCourseKeepsItsCategoryAudiencesOrganiserAndCompletionRule() {
        String id = course();
        given().when()
                .get("/api/v1/courses/" + id)
                .then()
                .statusCode(200)
                .body("category", equalTo("JOB"))
                .body("organiser", equalTo("11290"))
                .body("completionRule.minAttendanceShare", equalTo(0.75f))
                .body("completionRule.evaluationRequired", equalTo(true));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"title\":\"x\",\"track\":\"BASIC\",\"hours\":7,\"organiser\":\"99999\"}")
                                .when()
                                .post("/api/v1/courses")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("organiser"));
    }

    @Test
    void overCapacityWaitsAndACancellationPromotesTheFirstWaiting() {
        String cohort = openCohort(2);
        String a = trainee("가나다", null);
        String b = trainee("라마바", null);
        String c = trainee("사아자", null);
        String d = trainee("차카타", null);
        String ea = enrol(cohort, a)
                .statusCode(201)
                .body("status", equalTo("ENROLLED"))
                .body("position", nullValue())
                .extract()
                .path("id");
        enrol(cohort, b).statusCode(201).body("status", equalTo("ENROLLED"));
        String ec = enrol(cohort, c)
                .statusCode(201)
                .body("status", equalTo("WAITLISTED"))
                .body("position", equalTo(1))
                .extract()
                .path("id");
        String ed = enrol(cohort, d)
                .statusCode(201)
                .body("status", equalTo("WAITLISTED"))
                .body("position", equalTo(2))
                .extract()
                .path("id");
        assertProblem(enrol(cohort, c), 409, "conflict");
        given().when()
                .get("/api/v1/cohorts/" + cohort)
                .then()
                .body("enrolled", equalTo(2))
                .body("waitlisted", equalTo(2));

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/enrolments/" + ea + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("promotedEnrolmentId", equalTo(ec));
        given().when()
                .get("/api/v1/enrolments/" + ec)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENROLLED"))
                .body("position", nullValue());
        given().when()
                .get("/api/v1/enrolments/" + ed)
                .then()
                .statusCode(200)
                .body("status", equalTo("WAITLISTED"))
                .body("position", equalTo(1));
        given().when()
                .get("/api/v1/cohorts/" + cohort)
                .then()
                .body("enrolled", equalTo(2))
                .body("waitlisted", equalTo(1));
        given().queryParam("status", "WAITLISTED")
                .when()
                .get("/api/v1/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(200)
                .body("items.id", contains(ed))
                .body("items[0].position", equalTo(1));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .when()
                        .post("/api/v1/enrolments/" + ea + "/cancel")
                        .then(),
                409,
                "conflict");
    }

    @Test
    void theCohortWalksItsStatesAndRefusesStepsOutOfOrder() {
        String cohort = openCohort(10);
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "\"1\"")
                                .when()
                                .post("/api/v1/cohorts/" + cohort + "/complete")
                                .then(),
                        409,
                        "conflict")
                .body("currentState", equalTo("OPEN"))
                .body("allowedSteps", contains("close", "cancel"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("allowedSteps", contains("complete", "cancel"));
        assertProblem(enrol(cohort, trainee("하하하", null)), 409, "conflict").body("currentState", equalTo("CLOSED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("allowedSteps", equalTo(List.of()));

        String other = openCohort(10);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body("{\"reason\":\"강사 사정으로 일정 취소\"}")
                .when()
                .post("/api/v1/cohorts/" + other + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("강사 사정으로 일정 취소"));
    }

    @Test
    void sessionsLieWithinTheCohortsDays() {
        String cohort = openCohort(10);
        given().contentType(ContentType.JSON)
                .body(
                        "{\"startsAt\":\"2016-03-16T09:00:00+09:00\",\"endsAt\":\"2016-03-16T16:00:00+09:00\",\"hours\":6}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .body("startsAt", equalTo("2016-03-16T00:00:00Z"))
                .body("hours", equalTo(6));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"startsAt\":\"2016-03-19T09:00:00+09:00\",\"endsAt\":\"2016-03-19T16:00:00+09:00\",\"hours\":6}")
                                .when()
                                .post("/api/v1/cohorts/" + cohort + "/sessions")
                                .then(),
                        422,
                        "domain-rule")
                .body("rule", equalTo("session-outside-cohort"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(
                                "{\"startsAt\":\"2016-03-17T09:00:00+09:00\",\"endsAt\":\"2016-03-17T10:00:00+09:00\",\"hours\":3}")
                        .when()
                        .post("/api/v1/cohorts/" + cohort + "/sessions")
                        .then(),
                400,
                "validation");
        given().when()
                .get("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aCsvFileEnrolsItsTraineesAndRejectsRowsNotTheFile() {
        String cohort = openCohort(3);
        String known = trainee("김기존", "EMP-KNOWN-" + cohort.substring(0, 8));
        enrol(cohort, known).statusCode(201).body("status", equalTo("ENROLLED"));
        String tag = cohort.substring(0, 8);
        String csv = "\uFEFFname,organisation,districtCode,dongCode,jobType,employeeNo\r\n"
                + "이하나,성북동 주민센터,11290,1129052500,사회복지,E1-" + tag + "\r\n" // 2: enrolled
                + "\"박둘, 주무관\",\"성북구청 \"\"복지\"\"과\",11290,,행정,\r\n" // 3: enrolled (quoted)
                + "최셋,삼선동 주민센터,11290,1129055500,간호,E3-" + tag + "\r\n" // 4: waitlisted (capacity 3)
                + "이하나,성북동 주민센터,11290,1129052500,사회복지,E1-" + tag + "\r\n" // 5: duplicate of 2
                + "정다섯,종로구청,11110,1129052500,행정,\r\n" // 6: dong not in district
                + "김기존,성북동 주민센터,11290,1129052500,사회복지,EMP-KNOWN-" + tag + "\r\n" // 7: enrolled already
                + ",빈이름,11290,,행정,\r\n" // 8: name missing
                + "한여섯,성북동 주민센터,11290,1129052500,사회복지,E6-" + tag + "\r\n"; // 9: waitlisted
        given().contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(4))
                .body("enrolled", equalTo(2))
                .body("waitlisted", equalTo(2))
                .body("traineesCreated", equalTo(4))
                .body("rejected.line", contains(5, 6, 7, 8))
                .body("rejected[0].reason", equalTo("duplicate: the same trainee as line 2"))
                .body(
                        "rejected[2].reason",
                        equalTo("the trainee is enrolled in this cohort already (or on its waiting list)"))
                .body("rejected[3].reason", equalTo("name: is required"));
        given().when()
                .get("/api/v1/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .body("enrolled", equalTo(3))
                .body("waitlisted", equalTo(2));
        given().queryParam("status", "WAITLISTED")
                .when()
                .get("/api/v1/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(200)
                .body("items.position", contains(1, 2));
        given().when()
                .get("/api/v1/cohorts/" + cohort)
                .then()
                .body("enrolled", equalTo(3))
                .body("waitlisted", equalTo(2));
        // the same file again: every trainee exists and is enrolled, so every row is rejected and nothing is added
        given().contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("traineesCreated", equalTo(0))
                .body("rejected.line", contains(2, 3, 4, 5, 6, 7, 8, 9));
        assertProblem(
                given().contentType("text/csv")
                        .body("name,email\r\n김,x@y\r\n".getBytes(StandardCharsets.UTF_8))
                        .when()
                        .post("/api/v1/cohorts/" + cohort + "/enrolments")
                        .then(),
                400,
                "validation");
    }

    /**
     * The seat counters (cohort_seats, kept by triggers) agree with the enrolments themselves for every
     * cohort of the database, whatever this run's tests (and earlier runs on the same database) did:
     * enrolments one by one, cancellations that promote, CSV imports, completions. The cohort reads
     * show the counters (the tests above check them after each kind of change).
     */
    @Test
    void theSeatCountersAgreeWithTheEnrolments() throws Exception {
        String disagreeing = """
                SELECT count(*) AS wrong
                FROM (SELECT cohort_id, count(*) FILTER (WHERE status = 'ENROLLED') AS e,
                             count(*) FILTER (WHERE status = 'WAITLISTED') AS w
                      FROM enrolment GROUP BY cohort_id) c
                FULL JOIN cohort_seats s USING (cohort_id)
                WHERE coalesce(c.e, 0) <> coalesce(s.enrolled, 0) OR coalesce(c.w, 0) <> coalesce(s.waitlisted, 0)""";
        try (var connection = database.getConnection();
                var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(disagreeing)) {
            rs.next();
            assertEquals(0, rs.getLong("wrong"), "cohorts whose seat counters disagree with their enrolments");
        }
    }
}
