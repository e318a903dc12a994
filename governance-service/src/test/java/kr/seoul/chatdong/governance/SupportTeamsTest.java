package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.governance.GovernanceFixtures.endActiveTeamOf;
import static kr.seoul.chatdong.governance.GovernanceFixtures.supportTeamBody;
import static kr.seoul.chatdong.governance.GovernanceFixtures.supportTeamIn;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** 자치구 추진지원단 join, change and end: one ACTIVE team per district, ended ones beside it. */
@QuarkusTest
class SupportTeamsTest {

    /** 송파구 and 강동구: districts the seed gives no team (the 2016 phase-2 teams join in July). */
    private static final String SONGPA = "11710";

    private static final String GANGDONG = "11740";

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void aTeamJoinsAndASecondActiveOneInTheDistrictIsAConflictUntilItEnds() {
        endActiveTeamOf(SONGPA);
        String location = given().contentType(ContentType.JSON)
                .body(supportTeamBody(SONGPA))
                .when()
                .post("/api/v1/support-teams")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("districtCode", equalTo(SONGPA))
                .body("status", equalTo("ACTIVE"))
                .body("staffCount", equalTo(3))
                .body("staff.role", contains("LEAD", "VILLAGE", "WELFARE"))
                .body("staff[1].name", equalTo("김마을"))
                .body("endedOn", nullValue())
                .extract()
                .header("Location");
        String network = given().queryParam("kind", "SUPPORT_TEAM_NETWORK")
                .when()
                .get("/api/v1/councils")
                .then()
                .extract()
                .path("items[0].id");
        given().when().get(location).then().statusCode(200).body("councilId", equalTo(network));

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(supportTeamBody(SONGPA))
                                .when()
                                .post("/api/v1/support-teams")
                                .then(),
                        409,
                        "conflict")
                .body("activeTeamId", equalTo(location.substring(location.lastIndexOf('/') + 1)));

        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"endedOn\":\"2016-06-30\"}")
                        .header("If-Match", "\"0\"")
                        .when()
                        .post(location + "/end")
                        .then(),
                400,
                "validation");
        given().contentType(ContentType.JSON)
                .body("{\"endedOn\":\"2016-12-31\",\"reason\":\"위탁 계약 종료\"}")
                .header("If-Match", "\"0\"")
                .when()
                .post(location + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endedOn", equalTo("2016-12-31"))
                .body("endReason", equalTo("위탁 계약 종료"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"endedOn\":\"2016-12-31\"}")
                        .header("If-Match", "\"1\"")
                        .when()
                        .post(location + "/end")
                        .then(),
                409,
                "conflict");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"operator\":\"다른 기관\"}")
                        .header("If-Match", "\"1\"")
                        .when()
                        .patch(location)
                        .then(),
                409,
                "conflict");

        given().contentType(ContentType.JSON)
                .body(supportTeamBody(SONGPA))
                .when()
                .post("/api/v1/support-teams")
                .then()
                .statusCode(201);
        given().queryParam("districtCode", SONGPA)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/support-teams")
                .then()
                .body("items.status", org.hamcrest.Matchers.hasItems("ACTIVE", "ENDED"));
        given().queryParam("districtCode", SONGPA)
                .queryParam("status", "ACTIVE")
                .when()
                .get("/api/v1/support-teams")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aMergePatchChangesTheNamedFieldsWithIfMatch() {
        String location = supportTeamIn(GANGDONG);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"model\":\"DIRECT\"}")
                        .when()
                        .patch(location)
                        .then(),
                428,
                "precondition-required");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body(
                        "{\"model\":\"DIRECT\",\"operator\":null,"
                                + "\"staff\":[{\"role\":\"LEAD\",\"name\":\"박팀장\"},{\"role\":\"VILLAGE\"},{\"role\":\"WELFARE\"},{\"role\":\"WELFARE\"}]}")
                .header("If-Match", "\"0\"")
                .when()
                .patch(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("model", equalTo("DIRECT"))
                .body("operator", nullValue())
                .body("staffCount", equalTo(4))
                .body("staff[0].name", equalTo("박팀장"))
                .body("startedOn", equalTo("2016-07-01"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"startedOn\":null}")
                        .header("If-Match", "\"1\"")
                        .when()
                        .patch(location)
                        .then(),
                400,
                "validation");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"staff\":[{\"name\":\"역할 없음\"}]}")
                        .header("If-Match", "\"1\"")
                        .when()
                        .patch(location)
                        .then(),
                400,
                "validation");
    }

    @Test
    void theSeededTeamsCarryTheirStatusGeumcheonsEnded() {
        given().queryParam("status", "ENDED")
                .queryParam("districtCode", "11545")
                .when()
                .get("/api/v1/support-teams")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].endedOn", equalTo("2015-12-31"))
                .body("items[0].staffCount", equalTo(3));
        given().queryParam("status", "ACTIVE")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/support-teams")
                .then()
                .body("items.status", everyItem(equalTo("ACTIVE")));
        assertProblem(
                given().queryParam("status", "PAUSED")
                        .when()
                        .get("/api/v1/support-teams")
                        .then(),
                400,
                "validation");
    }
}
