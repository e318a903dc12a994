package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** Surveys and their waves through the API: define, read, list, and what is refused. */
@QuarkusTest
class SurveyResourceTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void aDefinedSurveyRoundTripsAndIsListedNewestFirst() {
        String code = "officials-" + UUID.randomUUID();
        String location = given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"title\":\"공무원 인식조사\",\"population\":\"OFFICIALS\",\"questions\":["
                        + "{\"code\":\"workload\",\"text\":\"찾동 이후 업무량이 늘었습니까?\",\"scale\":\"YES_NO\"},"
                        + "{\"code\":\"collaboration\",\"text\":\"민관 협력이 잘 이루어집니까?\",\"scale\":\"LIKERT5\"}]}")
                .when()
                .post("/api/v1/surveys")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/surveys/"))
                .body("population", equalTo("OFFICIALS"))
                .body("questions[1].code", equalTo("collaboration"))
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("title", equalTo("공무원 인식조사"))
                .body("questions[0].text", equalTo("찾동 이후 업무량이 늘었습니까?"))
                .body("questions[0].scale", equalTo("YES_NO"))
                .body("questions[1].scale", equalTo("LIKERT5"));

        SurveyFixtures.createdSurvey(); // a residents' survey, defined after it
        given().queryParam("population", "OFFICIALS")
                .queryParam("size", 200)
                .when()
                .get("/api/v1/surveys")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code))
                .body("items.population", org.hamcrest.Matchers.everyItem(equalTo("OFFICIALS")))
                .body("items.find { it.code == '" + code + "' }.questionCount", equalTo(2));
        given().queryParam("size", 1)
                .when()
                .get("/api/v1/surveys")
                .then()
                .statusCode(200)
                .body("items[0].population", equalTo("RESIDENTS")); // newest first
    }

    @Test
    void wavesAreAddedOncePerCodeAndListedInFieldingOrder() {
        String survey = SurveyFixtures.createdSurvey();
        String followUp = given().contentType(ContentType.JSON)
                .body(SurveyFixtures.FOLLOW_UP)
                .when()
                .post(survey + "/waves")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith("/waves/2016-follow-up"))
                .body("kind", equalTo("FOLLOW_UP"))
                .body("responseCount", equalTo(0))
                .extract()
                .header("Location");
        given().contentType(ContentType.JSON)
                .body(SurveyFixtures.BASELINE)
                .when()
                .post(survey + "/waves")
                .then()
                .statusCode(201);

        given().when()
                .get(followUp)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("fieldedFrom", equalTo("2016-05-01"))
                .body("fieldedTo", equalTo("2016-06-30"));
        given().when()
                .get(survey + "/waves")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", org.hamcrest.Matchers.contains("2015-baseline", "2016-follow-up"));

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(SurveyFixtures.wave("2016-follow-up", "FOLLOW_UP", "2016-09-01", "2016-09-30"))
                                .when()
                                .post(survey + "/waves")
                                .then(),
                        409,
                        "conflict")
                .body("detail", containsString("has a wave '2016-follow-up' already"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(SurveyFixtures.wave("2017-follow-up", "FOLLOW_UP", "2017-06-30", "2017-06-01"))
                                .when()
                                .post(survey + "/waves")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("fieldedTo"));
        given().when().get(survey + "/waves").then().body("total", equalTo(2));
    }

    @Test
    void refusesDuplicateSurveyCodesAndBadQuestions() {
        String body = SurveyFixtures.survey();
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/surveys")
                .then()
                .statusCode(201);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/api/v1/surveys")
                        .then(),
                409,
                "conflict");
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body.replace("residents-", "other-").replace("\"satisfaction\"", "\"AWARENESS\""))
                                .when()
                                .post("/api/v1/surveys")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("questions[1].code"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body.replace("residents-", "other-").replace("\"satisfaction\"", "\"dongCode\""))
                                .when()
                                .post("/api/v1/surveys")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("questions[1].code"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body.replace("\"LIKERT5\"", "\"LIKERT7\""))
                                .when()
                                .post("/api/v1/surveys")
                                .then(),
                        400,
                        "malformed-body")
                .body("errors[0].field", equalTo("questions[1].scale"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"code\":\"a b\",\"title\":\" \",\"population\":\"RESIDENTS\",\"questions\":[]}")
                                .when()
                                .post("/api/v1/surveys")
                                .then(),
                        400,
                        "validation")
                .body("errors.field", org.hamcrest.Matchers.hasItems("code", "title", "questions"));
    }

    @Test
    void unknownSurveysAndWavesAreNotFoundAndBadFiltersBadRequests() {
        String unknown = "/api/v1/surveys/" + UUID.randomUUID();
        assertProblem(given().when().get(unknown).then(), 404, "not-found");
        assertProblem(given().when().get(unknown + "/waves").then(), 404, "not-found");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(SurveyFixtures.BASELINE)
                        .when()
                        .post(unknown + "/waves")
                        .then(),
                404,
                "not-found");
        String survey = SurveyFixtures.surveyWithBaseline();
        assertProblem(given().when().get(survey + "/waves/2099-none").then(), 404, "not-found");
        assertProblem(given().when().get(survey + "/waves/2099-none/aggregates").then(), 404, "not-found");
        assertProblem(
                        given().queryParam("group", "BOTH")
                                .when()
                                .get(survey + "/waves/2015-baseline/aggregates")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("group"));
        assertProblem(
                        given().queryParam("population", "CHILDREN")
                                .when()
                                .get("/api/v1/surveys")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("population"));
    }

    @Test
    void openApiDeclaresTheImportBodyAsCsvTextWithAnExample() {
        given().accept(ContentType.JSON)
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .rootPath("paths.'/api/v1/surveys/{id}/waves/{waveCode}/responses'.post")
                .body("operationId", equalTo("importSurveyResponses"))
                .body("requestBody.required", equalTo(true))
                .body("requestBody.content.'text/csv'.schema.type", equalTo("string"))
                .body(
                        "requestBody.content.'text/csv'.examples.baseline.value",
                        containsString("respondentId,dongCode,group,awareness"))
                .body("'x-roles'", org.hamcrest.Matchers.containsInAnyOrder("city-admin", "monitor"))
                .noRootPath()
                .body("paths.'/api/v1/surveys/{id}/comparison'.get.operationId", equalTo("compareSurveyWaves"))
                .body("components.schemas.SurveySummaryPage", notNullValue());
    }
}
