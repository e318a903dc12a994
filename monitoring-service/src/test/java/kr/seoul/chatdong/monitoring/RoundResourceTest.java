package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class RoundResourceTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static final String SECOND_ROUND = """
            {"name": "2016년 2차 모니터링 (1단계 참여동)", "startsOn": "2016-02-01", "endsOn": "2016-03-31",
             "dongCodes": ["1129052500", "1120059000", "1154551000"]}
            """;

    @Test
    void aPlannedRoundRoundTripsThroughRest() {
        String location = given().contentType(ContentType.JSON)
                .body(SECOND_ROUND)
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("status", equalTo("PLANNED"))
                .body("underperformingBelow", equalTo(60))
                .body("excellentFrom", equalTo(90))
                .body("id", notNullValue())
                .extract()
                .header("Location");

        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("2016년 2차 모니터링 (1단계 참여동)"))
                .body("startsOn", equalTo("2016-02-01"))
                .body("dongCount", equalTo(3))
                .body("dongCodes[0]", equalTo("1120059000"));
    }

    @Test
    void refusesAnUnknownDongNamingTheField() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"name\":\"x\",\"startsOn\":\"2016-08-01\",\"endsOn\":\"2016-11-30\",\"dongCodes\":[\"1129052500\",\"9999999999\"]}")
                                .when()
                                .post("/api/v1/rounds")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("dongCodes[1]"));
    }

    @Test
    void refusesMalformedAndMistypedBodies() {
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"name\": ")
                        .when()
                        .post("/api/v1/rounds")
                        .then(),
                400,
                "malformed-body");
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"name\":\"x\",\"startsOn\":\"2016-13-45\",\"endsOn\":\"2016-11-30\",\"dongCodes\":[\"1129052500\"]}")
                                .when()
                                .post("/api/v1/rounds")
                                .then(),
                        400,
                        "malformed-body")
                .body("errors[0].field", equalTo("startsOn"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"name\":\"x\",\"startsOn\":\"2016-08-01\",\"endsOn\":\"2016-07-01\",\"dongCodes\":[\"1129052500\"]}")
                                .when()
                                .post("/api/v1/rounds")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("endsOn"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"startsOn\":\"2016-08-01\",\"endsOn\":\"2016-09-01\",\"dongCodes\":[],\"underperformingBelow\":-1}")
                                .when()
                                .post("/api/v1/rounds")
                                .then(),
                        400,
                        "validation")
                // an empty dongCodes is no malformed field: it is a scope with no dong, 422 empty-scope
                // (RoundScopeTest)
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "underperformingBelow"));
    }

    @Test
    void unknownRoundIsNotFoundAndBadStatusFilterIsABadRequest() {
        assertProblem(
                given().when()
                        .get("/api/v1/rounds/0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10")
                        .then(),
                404,
                "not-found");
        assertProblem(
                        given().queryParam("status", "DONE")
                                .when()
                                .get("/api/v1/rounds")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("status"));
    }
}
