package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.testing.Tokens;

/** 만족도 평가: the questionnaire, answered once per enrolment, its 100-point score, summaries and the 2015 figure. */
@QuarkusTest
class EvaluationTest {

    /** Two instructors of the registry: a cohort names its instructors by registry id. */
    private static String I1;

    private static String I2;

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
        if (I1 == null) {
            I1 = InstructorTest.register("평가 강사일", "PRIVATE", "2019-01-02");
            I2 = InstructorTest.register("평가 강사이", "CIVIL_SERVANT", "2019-01-02");
        }
    }

    private static String course(boolean evaluationRequired) {
        return given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"사례관리 상담 (평가 시험)\",\"track\":\"CASE_MANAGEMENT_COUNSELLING\",\"hours\":6,\"fields\":[\"WELFARE\"],"
                                + "\"completionRule\":{\"minAttendanceShare\":0.5,\"evaluationRequired\":"
                                + evaluationRequired + "}}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String openCohort(String course, String startsOn, String endsOn, String... instructors) {
        String ids = instructors.length == 0 ? "[]" : "[\"" + String.join("\",\"", instructors) + "\"]";
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course + "\",\"number\":1,\"startsOn\":\"" + startsOn + "\",\"endsOn\":\""
                        + endsOn + "\",\"capacity\":10,\"instructorIds\":" + ids + "}")
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
        return cohort;
    }

    private static String trainee(String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name
                        + "\",\"organisation\":\"동 주민센터\",\"districtCode\":\"11290\",\"dongCode\":\"1129052500\","
                        + "\"jobType\":\"사회복지\",\"employeeNo\":\"V-"
                        + UUID.randomUUID().toString().substring(0, 13) + "\","
                        + "\"account\":\"t-" + UUID.randomUUID() + "\"}")
                .when()
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String answers(
            int relevance, int structure, int materials, int venue, int overall, int... instructors) {
        StringBuilder b = new StringBuilder("{\"answers\":[")
                .append("{\"item\":\"relevance\",\"value\":")
                .append(relevance)
                .append("},")
                .append("{\"item\":\"structure\",\"value\":")
                .append(structure)
                .append("},")
                .append("{\"item\":\"materials\",\"value\":")
                .append(materials)
                .append("},")
                .append("{\"item\":\"venue\",\"value\":")
                .append(venue)
                .append("},");
        String[] ids = {I1, I2};
        for (int i = 0; i < instructors.length; i++) {
            b.append("{\"item\":\"instructor\",\"instructorId\":\"")
                    .append(ids[i])
                    .append("\",\"value\":")
                    .append(instructors[i])
                    .append("},");
        }
        return b.append("{\"item\":\"overall\",\"value\":")
                .append(overall)
                .append("}]}")
                .toString();
    }

    private static ValidatableResponse evaluate(String enrolment, String body, String token) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/enrolments/" + enrolment + "/evaluation")
                .then();
    }

    private static ValidatableResponse evaluate(String enrolment, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/enrolments/" + enrolment + "/evaluation")
                .then();
    }

    /**
     * A answers all fives online (100.00); B's paper questionnaire is entered by a trainer: (3·25 + 3·15
     * + 2·10 + 4·10 + 3·20 [instructors 5 and 3, mean 4] + 3·20) × 25 ÷ 100 = 75.00. C never answers:
     * with evaluationRequired, C does not complete despite attending.
     */
    @Test
    void anEvaluationIsAnsweredOnceScoredOutOfHundredAndRequiredForCompletion() {
        String course = course(true);
        String cohort = openCohort(course, "2019-05-13", "2019-05-14", I1, I2);
        given().when()
                .get("/api/v1/cohorts/" + cohort + "/questionnaire")
                .then()
                .statusCode(200)
                .body("own", equalTo(false))
                .body("answered", equalTo(0))
                .body("items", hasSize(6))
                .body("items.weight.sum()", equalTo(100))
                .body("items.find { it.item == 'instructor' }.about", equalTo("INSTRUCTOR"))
                .body("items[0].text", equalTo("교육 내용이 업무에 도움이 되었다"))
                .body("skipped", hasSize(0));
        String ta = trainee("평가가"), tb = trainee("평가나"), tc = trainee("평가다");
        String a =
                CohortEnrolmentTest.enrol(cohort, ta).statusCode(201).extract().path("id");
        String b =
                CohortEnrolmentTest.enrol(cohort, tb).statusCode(201).extract().path("id");
        String c =
                CohortEnrolmentTest.enrol(cohort, tc).statusCode(201).extract().path("id");

        String traineeA = CheckInTest.traineeToken(ta);
        Tokens.actAnonymously();
        evaluate(a, answers(5, 5, 5, 5, 5, 5, 5), traineeA)
                .statusCode(201)
                .header("Location", containsString("/api/v1/enrolments/" + a + "/evaluation"))
                .body("score", equalTo(100.0f))
                .body("source", equalTo("TRAINEE"))
                .body("answers", hasSize(7));
        assertProblem(evaluate(a, answers(1, 1, 1, 1, 1, 1, 1), traineeA), 409, "conflict")
                .body("rule", equalTo("already-evaluated"));
        assertProblem(evaluate(b, answers(5, 5, 5, 5, 5, 5, 5), traineeA), 403, "forbidden");
        given().header("Authorization", "Bearer " + traineeA)
                .get("/api/v1/enrolments/" + a + "/evaluation")
                .then()
                .statusCode(200)
                .body("score", equalTo(100.0f));
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.of("monitor"))
                        .contentType(ContentType.JSON)
                        .body(answers(5, 5, 5, 5, 5, 5, 5))
                        .post("/api/v1/enrolments/" + b + "/evaluation")
                        .then(),
                403,
                "forbidden");
        Tokens.actAsCityAdmin();

        assertProblem(evaluate(b, answers(4, 4, 3, 5, 4, 5)), 400, "validation")
                .body("detail", containsString("'instructor'"));
        assertProblem(evaluate(b, "{\"answers\":[{\"item\":\"relevance\",\"value\":4}]}"), 400, "validation")
                .body("detail", containsString("'structure'"));
        assertProblem(evaluate(b, answers(4, 4, 3, 5, 4, 5, 3).replace("\"venue\"", "\"parking\"")), 400, "validation")
                .body("detail", containsString("'parking' is not an item"));
        assertProblem(
                evaluate(b, answers(4, 4, 3, 5, 4, 5, 3).replace("\"value\":5}", "\"value\":6}")), 400, "validation");
        assertProblem(
                        evaluate(
                                b,
                                answers(4, 4, 3, 5, 4, 5, 3)
                                        .replace(I2, UUID.randomUUID().toString())),
                        400,
                        "validation")
                .body("detail", containsString("once per instructor"));
        evaluate(b, answers(4, 4, 3, 5, 4, 5, 3))
                .statusCode(201)
                .body("score", equalTo(75.0f))
                .body("source", equalTo("PAPER"));

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "\"1\"")
                                .body(
                                        "{\"items\":[{\"item\":\"overall\",\"text\":\"전반적 만족\",\"weight\":100,\"about\":\"COURSE\"}]}")
                                .put("/api/v1/cohorts/" + cohort + "/questionnaire")
                                .then(),
                        409,
                        "conflict")
                .body("rule", equalTo("questionnaire-answered"));

        given().queryParam("courseId", course)
                .get("/api/v1/evaluations/summary")
                .then()
                .statusCode(200)
                .body("responses", equalTo(2))
                .body("score", equalTo(87.5f))
                .body("scoreSource", equalTo("RESPONSES"))
                .body("cohorts", equalTo(1))
                .body("districts", equalTo(1))
                .body("dongs", equalTo(1))
                .body("items.find { it.item == 'relevance' }.average", equalTo(4.5f))
                .body("items.find { it.item == 'relevance' }.score", equalTo(87.5f))
                .body("instructors", hasSize(2))
                .body("instructors[0].instructorId", equalTo(I1))
                .body("instructors[0].name", equalTo("평가 강사일"))
                .body("instructors[0].score", equalTo(100.0f))
                .body("instructors[1].average", equalTo(4.0f))
                .body("instructors[1].responses", equalTo(2));

        String session = given().contentType(ContentType.JSON)
                .body(
                        "{\"startsAt\":\"2019-05-13T09:00:00+09:00\",\"endsAt\":\"2019-05-13T16:00:00+09:00\",\"hours\":6}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("[{\"enrolmentId\":\"" + a + "\",\"status\":\"PRESENT\"},{\"enrolmentId\":\"" + b
                        + "\",\"status\":\"PRESENT\"},{\"enrolmentId\":\"" + c + "\",\"status\":\"PRESENT\"}]")
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
        long version = Long.parseLong(given().get("/api/v1/cohorts/" + cohort)
                .then()
                .extract()
                .header("ETag")
                .replace("\"", ""));
        given().header("If-Match", "\"" + version + "\"")
                .post("/api/v1/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"" + (version + 1) + "\"")
                .post("/api/v1/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200);
        given().get("/api/v1/enrolments/" + a).then().body("completed", equalTo(true));
        given().get("/api/v1/enrolments/" + b).then().body("completed", equalTo(true));
        // cohort.completed carries the evaluations answered by then: 100 and 75
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> events =
                kr.seoul.chatdong.testing.TestKafka.await(
                        kr.seoul.chatdong.language.events.EventCatalog.COHORT_COMPLETED.topic(),
                        r -> r.key().equals(cohort),
                        1,
                        java.time.Duration.ofSeconds(30));
        io.restassured.path.json.JsonPath event =
                io.restassured.path.json.JsonPath.from(events.get(0).value());
        org.junit.jupiter.api.Assertions.assertEquals(2, event.getInt("evaluations"));
        org.junit.jupiter.api.Assertions.assertEquals(87.5f, event.getFloat("satisfaction"));
        given().get("/api/v1/enrolments/" + c)
                .then()
                .body("completed", equalTo(false))
                .body("attendedShare", equalTo(1.0f));
        assertProblem(evaluate(c, answers(5, 5, 5, 5, 5, 5, 5)), 409, "conflict")
                .body("currentState", equalTo("COMPLETED"));
    }

    @Test
    void aCohortMayHaveItsOwnQuestionnaireUntilTheFirstAnswerAndIsEvaluatedOnlyOnceStarted() {
        String cohort = openCohort(course(false), "2019-06-03", "2019-06-03");
        String etag = given().get("/api/v1/cohorts/" + cohort + "/questionnaire")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", etag)
                                .body(
                                        "{\"items\":[{\"item\":\"Overall\",\"text\":\"전반적 만족\",\"weight\":100,\"about\":\"COURSE\"}]}")
                                .put("/api/v1/cohorts/" + cohort + "/questionnaire")
                                .then(),
                        400,
                        "validation")
                .body("detail", containsString("items[0].item"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"items\":[{\"item\":\"useful\",\"text\":\"현장에 바로 쓸 수 있다\",\"weight\":60,\"about\":\"COURSE\"},"
                        + "{\"item\":\"instructor\",\"text\":\"강사 만족\",\"weight\":40,\"about\":\"INSTRUCTOR\"}]}")
                .put("/api/v1/cohorts/" + cohort + "/questionnaire")
                .then()
                .statusCode(200)
                .body("own", equalTo(true))
                .body("items.item", equalTo(List.of("useful")))
                .body("skipped.item", equalTo(List.of("instructor")))
                .body("skipped[0].reason", equalTo("NO_INSTRUCTORS"));
        String enrolment = CohortEnrolmentTest.enrol(cohort, trainee("평가라"))
                .statusCode(201)
                .extract()
                .path("id");
        // No instructors: the instructor item is not asked; 4 on the one item left = 75.
        assertProblem(
                        evaluate(
                                enrolment,
                                "{\"answers\":[{\"item\":\"useful\",\"value\":4},{\"item\":\"instructor\",\"instructorId\":\""
                                        + I1 + "\",\"value\":5}]}"),
                        400,
                        "validation")
                .body("detail", containsString("no instructors"));
        evaluate(enrolment, "{\"answers\":[{\"item\":\"useful\",\"value\":4}]}")
                .statusCode(201)
                .body("score", equalTo(75.0f));

        String later = openCohort(course(false), "2099-03-02", "2099-03-04");
        String waiting = CohortEnrolmentTest.enrol(later, trainee("평가마"))
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(evaluate(waiting, answers(5, 5, 5, 5, 5)), 422, "domain-rule")
                .body("rule", equalTo("cohort-not-started"));
    }

    @Test
    void aCohortWithoutInstructorsIsNotAskedTheInstructorItemAndTheQuestionnaireSaysSo() {
        String cohort = openCohort(course(false), "2019-06-10", "2019-06-10");
        given().get("/api/v1/cohorts/" + cohort + "/questionnaire")
                .then()
                .statusCode(200)
                .body("items.item", equalTo(List.of("relevance", "structure", "materials", "venue", "overall")))
                .body("items.weight.sum()", equalTo(80))
                .body("skipped.item", equalTo(List.of("instructor")))
                .body("skipped[0].reason", equalTo("NO_INSTRUCTORS"))
                .body("skipped[0].text", equalTo("강사의 전문성과 전달력이 좋았다"));
        // what the questionnaire lists is exactly what an evaluation must answer
        String enrolment = CohortEnrolmentTest.enrol(cohort, trainee("평가바"))
                .statusCode(201)
                .extract()
                .path("id");
        evaluate(enrolment, answers(5, 5, 5, 5, 5)).statusCode(201).body("score", equalTo(100.0f));
    }

    @Test
    void yearsBeforeThePlatformAreRecordedFigures() {
        given().queryParam("year", 2015)
                .get("/api/v1/evaluations/summary")
                .then()
                .statusCode(200)
                .body("responses", equalTo(0))
                .body("score", equalTo(93.08f))
                .body("scoreSource", equalTo("RECORDED_FIGURE"))
                .body("recordedFigures[0].districts", equalTo(13))
                .body("recordedFigures[0].dongs", equalTo(52));
        given().contentType(ContentType.JSON)
                .body("{\"organiser\":\"CITY\",\"score\":91.4,\"districts\":8,\"dongs\":30,\"note\":\"시범 운영\"}")
                .put("/api/v1/evaluations/yearly-figures/2014")
                .then()
                .statusCode(200)
                .body("score", equalTo(91.4f));
        given().queryParam("year", 2014)
                .queryParam("organiser", "CITY")
                .get("/api/v1/evaluations/summary")
                .then()
                .body("score", equalTo(91.4f))
                .body("recordedFigures[0].note", equalTo("시범 운영"));
        given().get("/api/v1/evaluations/yearly-figures")
                .then()
                .statusCode(200)
                .body("year", equalTo(List.of(2015, 2014)));
        given().queryParam("year", 2013)
                .get("/api/v1/evaluations/summary")
                .then()
                .body("score", equalTo(null))
                .body("scoreSource", equalTo("NONE"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"organiser\":\"CITY\",\"score\":90}")
                        .put("/api/v1/evaluations/yearly-figures/2090")
                        .then(),
                400,
                "validation");
        assertProblem(
                given().queryParam("organiser", "SEOUL")
                        .get("/api/v1/evaluations/summary")
                        .then(),
                400,
                "validation");
        Tokens.actAnonymously();
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.of("trainer"))
                        .contentType(ContentType.JSON)
                        .body("{\"organiser\":\"CITY\",\"score\":90}")
                        .put("/api/v1/evaluations/yearly-figures/2013")
                        .then(),
                403,
                "forbidden");
    }
}
