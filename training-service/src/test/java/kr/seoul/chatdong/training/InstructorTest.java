package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.testing.Tokens;

/**
 * 강사 (issue 24 item 4): the registry, a cohort's instructors by registry id, instructor evaluations per
 * year, and a year's instructors — 2015 as the plan reports it (123: 공무원 19, 민간 104, 5 courses), other
 * years counted from the registry (2017 is compared before and after).
 */
@QuarkusTest
class InstructorTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String instructorBody(String name, String affiliation, String activeFrom, String fields, String account) {
        return "{\"name\":\"" + name + "\",\"organisation\":\"서울시복지재단\",\"affiliation\":\"" + affiliation
                + "\",\"fields\":" + fields + ",\"activeFrom\":\"" + activeFrom + "\""
                + (account == null ? "" : ",\"account\":\"" + account + "\"") + "}";
    }

    /** Registers an instructor as a city admin; answers its id. */
    static String register(String name, String affiliation, String activeFrom) {
        return given().contentType(ContentType.JSON)
                .body(instructorBody(name, affiliation, activeFrom, "[\"WELFARE\"]", null))
                .post("/api/v1/instructors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse patch(String id, String ifMatch, String body) {
        var request = given().contentType("application/merge-patch+json; charset=UTF-8")
                .body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/instructors/" + id).then();
    }

    private static String course() {
        return given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"강사 시험 과정\",\"track\":\"CASE_MANAGEMENT_COUNSELLING\",\"hours\":6,\"fields\":[\"WELFARE\"]}")
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse planCohort(
            String course, int number, String startsOn, String endsOn, String... instructors) {
        String ids = instructors.length == 0 ? "[]" : "[\"" + String.join("\",\"", instructors) + "\"]";
        return given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course + "\",\"number\":" + number + ",\"startsOn\":\"" + startsOn
                        + "\",\"endsOn\":\"" + endsOn + "\",\"capacity\":10,\"instructorIds\":" + ids + "}")
                .post("/api/v1/cohorts")
                .then();
    }

    private static ValidatableResponse assign(String cohort, String ifMatch, String... instructors) {
        String ids = instructors.length == 0 ? "[]" : "[\"" + String.join("\",\"", instructors) + "\"]";
        var request = given().contentType(ContentType.JSON).body(ids);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/cohorts/" + cohort + "/instructors").then();
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void staffRegisterInstructorsATraineeMayNotAndAPatchNeedsTheVersion() {
        String account = "gangsa-" + UUID.randomUUID().toString().substring(0, 8);
        String body = instructorBody("정강사", "PRIVATE", "2016-01-04", "[\"WELFARE\",\"VILLAGE\"]", account);
        Tokens.actAnonymously();
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.withSubject("trainee", "kim.bokji"))
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/instructors")
                        .then(),
                403,
                "forbidden");
        String id = given().header("Authorization", "Bearer " + Tokens.of("trainer"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/instructors")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("정강사"))
                .body("affiliation", equalTo("PRIVATE"))
                .body("fields", equalTo(List.of("WELFARE", "VILLAGE")))
                .body("account", equalTo(account))
                .body("activeFrom", equalTo("2016-01-04"))
                .body("activeUntil", nullValue())
                .extract()
                .path("id");
        Tokens.actAsCityAdmin();

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(instructorBody("김강사", "CIVIL_SERVANT", "2016-01-04", "[]", account))
                                .post("/api/v1/instructors")
                                .then(),
                        409,
                        "conflict")
                .body("instructorId", equalTo(id));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(instructorBody("김강사", "CONTRACTOR", "2016-01-04", "[]", null))
                        .post("/api/v1/instructors")
                        .then(),
                400,
                "malformed-body");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(instructorBody("김강사", "PRIVATE", "2016-01-04", "[]", "Kim Gangsa"))
                        .post("/api/v1/instructors")
                        .then(),
                400,
                "validation");

        given().get("/api/v1/instructors/" + id).then().statusCode(200).body("name", equalTo("정강사"));
        assertProblem(patch(id, null, "{\"activeUntil\":\"2016-12-31\"}"), 428, "precondition-required");
        assertProblem(patch(id, "\"7\"", "{\"activeUntil\":\"2016-12-31\"}"), 412, "precondition-failed");
        assertProblem(patch(id, "\"0\"", "{\"activeUntil\":\"2015-12-31\"}"), 400, "validation");
        assertProblem(patch(id, "\"0\"", "{\"name\":null}"), 400, "validation");
        patch(id, "\"0\"", "{\"activeUntil\":\"2016-12-31\",\"organisation\":\"서울대학교 사회복지학과\",\"account\":null}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("activeUntil", equalTo("2016-12-31"))
                .body("organisation", equalTo("서울대학교 사회복지학과"))
                .body("account", nullValue())
                .body("name", equalTo("정강사"));
        assertProblem(given().get("/api/v1/instructors/" + UUID.randomUUID()).then(), 404, "not-found");
    }

    @Test
    void theListFiltersByFieldAffiliationAndWhetherActiveToday() {
        String serving = given().contentType(ContentType.JSON)
                .body(instructorBody("목록 현직", "CIVIL_SERVANT", "2016-01-04", "[\"HEALTH\"]", null))
                .post("/api/v1/instructors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String retired = given().contentType(ContentType.JSON)
                .body(instructorBody("목록 퇴직", "CIVIL_SERVANT", "2016-01-04", "[\"HEALTH\"]", null))
                .post("/api/v1/instructors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        patch(retired, "\"0\"", "{\"activeUntil\":\"2016-06-30\"}").statusCode(200);
        String villager = given().contentType(ContentType.JSON)
                .body(instructorBody("목록 민간", "PRIVATE", "2016-01-04", "[\"VILLAGE\"]", null))
                .post("/api/v1/instructors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().queryParam("field", "HEALTH")
                .queryParam("affiliation", "CIVIL_SERVANT")
                .queryParam("active", "true")
                .queryParam("size", 100)
                .get("/api/v1/instructors")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(serving))
                .body("items.id", not(hasItem(retired)))
                .body("items.id", not(hasItem(villager)))
                .body("items.affiliation", everyItem(equalTo("CIVIL_SERVANT")));
        given().queryParam("field", "HEALTH")
                .queryParam("active", "false")
                .queryParam("size", 100)
                .get("/api/v1/instructors")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(retired))
                .body("items.id", not(hasItem(serving)));
        given().queryParam("affiliation", "PRIVATE")
                .queryParam("size", 100)
                .get("/api/v1/instructors")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(villager))
                .body("items.find { it.id == '" + villager + "' }.fields", equalTo(List.of("VILLAGE")))
                .body("items.affiliation", everyItem(equalTo("PRIVATE")));
        assertProblem(
                given().queryParam("active", "yes").get("/api/v1/instructors").then(), 400, "validation");
        assertProblem(
                given().queryParam("affiliation", "CITY")
                        .get("/api/v1/instructors")
                        .then(),
                400,
                "validation");
    }

    @Test
    void aCohortsInstructorsAreRegisteredActiveOnItsDaysAndSetWithTheCohortsVersion() {
        String course = course();
        String jung = register("정배정", "PRIVATE", "2016-01-04");
        String kim = register("김배정", "CIVIL_SERVANT", "2016-01-04");
        String gone = register("박퇴직", "PRIVATE", "2015-01-05");
        patch(gone, "\"0\"", "{\"activeUntil\":\"2015-12-31\"}").statusCode(200);
        String later = register("최신규", "PRIVATE", "2017-01-02");
        String unknown = UUID.randomUUID().toString();

        assertProblem(planCohort(course, 1, "2016-04-06", "2016-04-08", jung, unknown), 422, "domain-rule")
                .body("rule", equalTo("unknown-instructor"))
                .body("instructorId", equalTo(unknown));
        String cohort = planCohort(course, 1, "2016-04-06", "2016-04-08", jung)
                .statusCode(201)
                .body("instructorIds", equalTo(List.of(jung)))
                .body("instructors[0].name", equalTo("정배정"))
                .extract()
                .path("id");

        assertProblem(assign(cohort, null, jung, kim), 428, "precondition-required");
        assertProblem(assign(cohort, "\"5\"", jung, kim), 412, "precondition-failed");
        assertProblem(assign(cohort, "\"0\"", jung, unknown), 422, "domain-rule")
                .body("rule", equalTo("unknown-instructor"))
                .body("instructorId", equalTo(unknown));
        assertProblem(assign(cohort, "\"0\"", gone), 422, "domain-rule")
                .body("rule", equalTo("instructor-retired"))
                .body("instructorId", equalTo(gone));
        assertProblem(assign(cohort, "\"0\"", later), 422, "domain-rule")
                .body("rule", equalTo("instructor-not-yet-active"))
                .body("instructorId", equalTo(later));
        assertProblem(assign(cohort, "\"0\"", jung, jung), 400, "validation");
        // nothing changed by the refusals
        given().get("/api/v1/cohorts/" + cohort)
                .then()
                .header("ETag", "\"0\"")
                .body("instructorIds", equalTo(List.of(jung)));

        List<String> both = java.util.stream.Stream.of(jung, kim).sorted().toList();
        String etag = assign(cohort, "\"0\"", jung, kim)
                .statusCode(200)
                .body("instructorIds", equalTo(both))
                .body("instructors.id", equalTo(both))
                .body("instructors.find { it.id == '" + kim + "' }.name", equalTo("김배정"))
                .extract()
                .header("ETag");
        assertEquals("\"1\"", etag);
        given().queryParam("courseId", course)
                .get("/api/v1/cohorts")
                .then()
                .statusCode(200)
                .body("items[0].instructors.name", hasItem("정배정"))
                .body("items[0].instructors.name", hasItem("김배정"));
        given().get("/api/v1/cohorts/" + cohort + "/questionnaire")
                .then()
                .statusCode(200)
                .body("skipped", hasSize(0));
        // 김배정 cannot retire before the cohort of April 2016 they still teach, nor start after it
        assertProblem(patch(kim, "\"0\"", "{\"activeUntil\":\"2016-03-31\"}"), 409, "conflict")
                .body("rule", equalTo("instructor-teaches-cohorts"))
                .body("cohortIds", equalTo(List.of(cohort)));
        assertProblem(patch(kim, "\"0\"", "{\"activeFrom\":\"2016-05-02\"}"), 409, "conflict");
        patch(kim, "\"0\"", "{\"activeUntil\":\"2016-04-06\"}").statusCode(200);

        given().header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"취소\"}")
                .post("/api/v1/cohorts/" + cohort + "/cancel")
                .then()
                .statusCode(200);
        assertProblem(assign(cohort, "\"2\"", jung), 409, "conflict").body("currentState", equalTo("CANCELLED"));
        Tokens.actAnonymously();
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.of("trainee"))
                        .header("If-Match", "\"2\"")
                        .contentType(ContentType.JSON)
                        .body("[]")
                        .put("/api/v1/cohorts/" + cohort + "/instructors")
                        .then(),
                403,
                "forbidden");
    }

    /**
     * 2018: 정평가 is rated 5 and 4 by two trainees (4.50, 87.50); 2019: 3 by one (3.00, 50.00). 김평가,
     * the second instructor of 2018's cohort, is rated 2 twice and does not mix in.
     */
    @Test
    void anInstructorsEvaluationsAreCountedAndAveragedPerYear() {
        String account = "jung-" + UUID.randomUUID().toString().substring(0, 8);
        String jung = given().contentType(ContentType.JSON)
                .body(instructorBody("정평가", "PRIVATE", "2018-01-02", "[\"WELFARE\"]", account))
                .post("/api/v1/instructors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String kim = register("김평가", "CIVIL_SERVANT", "2018-01-02");
        String course = course();
        String y2018 = openCohort(course, 1, "2018-05-14", "2018-05-15", jung, kim);
        String y2019 = openCohort(course, 2, "2019-05-20", "2019-05-21", jung);

        evaluate(y2018, answers(jung, 5, kim, 2));
        evaluate(y2018, answers(jung, 4, kim, 2));
        evaluate(y2019, answers(jung, 3, null, 0));

        given().get("/api/v1/instructors/" + jung + "/evaluations")
                .then()
                .statusCode(200)
                .body("instructorId", equalTo(jung))
                .body("name", equalTo("정평가"))
                .body("years.year", equalTo(List.of(2018, 2019)))
                .body("years[0].responses", equalTo(2))
                .body("years[0].cohorts", equalTo(1))
                .body("years[0].average", equalTo(4.5f))
                .body("years[0].score", equalTo(87.5f))
                .body("years[1].responses", equalTo(1))
                .body("years[1].average", equalTo(3.0f))
                .body("years[1].score", equalTo(50.0f));
        given().get("/api/v1/instructors/" + kim + "/evaluations")
                .then()
                .statusCode(200)
                .body("years", hasSize(1))
                .body("years[0].average", equalTo(2.0f));
        given().queryParam("courseId", course)
                .queryParam("year", 2018)
                .get("/api/v1/evaluations/summary")
                .then()
                .statusCode(200)
                .body("instructors.find { it.instructorId == '" + jung + "' }.name", equalTo("정평가"));
        String fresh = register("신규평가", "PRIVATE", "2018-01-02");
        given().get("/api/v1/instructors/" + fresh + "/evaluations")
                .then()
                .statusCode(200)
                .body("years", hasSize(0));

        Tokens.actAnonymously();
        given().header("Authorization", "Bearer " + Tokens.withSubject("trainee", account))
                .get("/api/v1/instructors/" + jung + "/evaluations")
                .then()
                .statusCode(200)
                .body("years", hasSize(2));
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.withSubject("trainee", account))
                        .get("/api/v1/instructors/" + kim + "/evaluations")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.of("monitor"))
                        .get("/api/v1/instructors/" + jung + "/evaluations")
                        .then(),
                403,
                "forbidden");
    }

    private static String openCohort(String course, int number, String startsOn, String endsOn, String... ids) {
        String cohort = planCohort(course, number, startsOn, endsOn, ids)
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .post("/api/v1/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200);
        return cohort;
    }

    private static String answers(String first, int firstValue, String second, int secondValue) {
        String instructors = "{\"item\":\"instructor\",\"instructorId\":\"" + first + "\",\"value\":" + firstValue + "}"
                + (second == null
                        ? ""
                        : ",{\"item\":\"instructor\",\"instructorId\":\"" + second + "\",\"value\":" + secondValue
                                + "}");
        return "{\"answers\":[{\"item\":\"relevance\",\"value\":4},{\"item\":\"structure\",\"value\":4},"
                + "{\"item\":\"materials\",\"value\":4},{\"item\":\"venue\",\"value\":4}," + instructors
                + ",{\"item\":\"overall\",\"value\":4}]}";
    }

    /** Enrols a new trainee in the OPEN cohort and enters their paper evaluation. */
    private static void evaluate(String cohort, String answers) {
        String trainee = given().contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"강사평가\",\"organisation\":\"동 주민센터\",\"districtCode\":\"11290\",\"dongCode\":\"1129052500\","
                                + "\"jobType\":\"사회복지\",\"employeeNo\":\"I-"
                                + UUID.randomUUID().toString().substring(0, 13) + "\"}")
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String enrolment = CohortEnrolmentTest.enrol(cohort, trainee)
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(answers)
                .post("/api/v1/enrolments/" + enrolment + "/evaluation")
                .then()
                .statusCode(201);
    }

    @Test
    void twentyFifteenIsThePlansFigureAndOtherYearsAreCountedFromTheRegistry() {
        given().get("/api/v1/instructors/yearly-figures/2015")
                .then()
                .statusCode(200)
                .body("year", equalTo(2015))
                .body("total", equalTo(123))
                .body("civilServants", equalTo(19))
                .body("privateInstructors", equalTo(104))
                .body("courses", equalTo(5))
                .body("source", equalTo("RECORDED"));
        assertProblem(given().get("/api/v1/instructors/yearly-figures/2014").then(), 404, "not-found");
        int nextYear =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear() + 1;
        given().get("/api/v1/instructors/yearly-figures/" + nextYear).then().statusCode(200);
        assertProblem(
                given().get("/api/v1/instructors/yearly-figures/" + (nextYear + 1))
                        .then(),
                404,
                "not-found");

        JsonPath before = year(2017);
        // active in 2017: a civil servant from 2016 on, two private instructors (one retiring mid-2017);
        // not: one retired in 2016, one from 2018 on
        String civil = register("연도 공무원", "CIVIL_SERVANT", "2016-03-02");
        String privateOne = register("연도 민간1", "PRIVATE", "2017-02-01");
        String privateTwo = register("연도 민간2", "PRIVATE", "2016-05-02");
        patch(privateTwo, "\"0\"", "{\"activeUntil\":\"2017-06-30\"}").statusCode(200);
        String retired = register("연도 퇴직", "CIVIL_SERVANT", "2016-01-04");
        patch(retired, "\"0\"", "{\"activeUntil\":\"2016-12-31\"}").statusCode(200);
        register("연도 신규", "PRIVATE", "2018-01-02");
        // the courses they taught in 2017: two cohorts of one course and one of another; not a cancelled cohort's
        // course, nor that of a cohort reaching into 2017 taught by an instructor retired before it
        String taught = course();
        planCohort(taught, 1, "2017-03-06", "2017-03-08", civil).statusCode(201);
        planCohort(taught, 2, "2017-05-08", "2017-05-10", privateOne, privateTwo)
                .statusCode(201);
        planCohort(course(), 1, "2017-06-26", "2017-06-28", privateTwo).statusCode(201);
        planCohort(course(), 1, "2016-12-29", "2017-01-03", retired).statusCode(201);
        String cancelled = planCohort(course(), 1, "2017-09-04", "2017-09-05", privateOne)
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"폐강\"}")
                .post("/api/v1/cohorts/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        JsonPath after = year(2017);
        assertEquals("REGISTRY", after.getString("source"));
        assertEquals(before.getInt("civilServants") + 1, after.getInt("civilServants"));
        assertEquals(before.getInt("privateInstructors") + 2, after.getInt("privateInstructors"));
        assertEquals(before.getInt("total") + 3, after.getInt("total"));
        assertEquals(before.getInt("courses") + 2, after.getInt("courses"));
    }

    private static JsonPath year(int year) {
        return given().get("/api/v1/instructors/yearly-figures/" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
