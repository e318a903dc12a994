package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class CouncilResourceTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void aDistrictCouncilRoundTripsThroughRest() {
        String location = given().contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"성북구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\",\"establishedOn\":\"2015-07-01\"}")
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("DISTRICT"))
                .extract()
                .header("Location");
        given().when()
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo("성북구 민관협력 협의체"))
                .body("districtCode", equalTo("11290"))
                .body("establishedOn", equalTo("2015-07-01"));
        given().queryParam("district", "11290")
                .queryParam("kind", "DISTRICT")
                .when()
                .get("/api/v1/councils")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.districtCode", everyItem(equalTo("11290")));
    }

    @Test
    void theMetropolitanCouncilIsCityWide() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"광역단위 민관협력 협의체\",\"kind\":\"METROPOLITAN\"}")
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .body("districtCode", equalTo(null));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\":\"광역 협의체\",\"kind\":\"METROPOLITAN\",\"districtCode\":\"11290\"}")
                                .when()
                                .post("/api/v1/councils")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("districtCode"));
    }

    @Test
    void refusesUnknownDistrictsKindsAndIds() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\":\"x\",\"kind\":\"DISTRICT\",\"districtCode\":\"99999\"}")
                                .when()
                                .post("/api/v1/councils")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("districtCode"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\":\"x\",\"kind\":\"CLUB\"}")
                                .when()
                                .post("/api/v1/councils")
                                .then(),
                        400,
                        "malformed-body")
                .body("errors[0].field", equalTo("kind"));
        assertProblem(
                given().when()
                        .get("/api/v1/councils/3f1d2c4e-8b7a-4f5e-9c6d-1a2b3c4d5e6f")
                        .then(),
                404,
                "not-found");
        assertProblem(
                given().queryParam("kind", "CLUB")
                        .when()
                        .get("/api/v1/councils")
                        .then(),
                400,
                "validation");
    }

    @Test
    void instantsGoInWithAnyOffsetAndComeBackInUtc() {
        String council = GovernanceFixtures.id(GovernanceFixtures.councilInSeongbuk());
        for (String[] at : new String[][] {
            {"2030-04-20T14:00:00+09:00", "2030-04-20T05:00:00Z"},
            {"2030-04-20T05:00:00Z", "2030-04-20T05:00:00Z"},
            {"2030-04-20T00:00:00.5-05:00", "2030-04-20T05:00:00.500Z"}
        }) {
            String location = given().contentType(ContentType.JSON)
                    .body("{\"councilId\":\"" + council + "\",\"title\":\"정기회의\",\"scheduledAt\":\"" + at[0] + "\"}")
                    .when()
                    .post("/api/v1/meetings")
                    .then()
                    .statusCode(201)
                    .body("scheduledAt", equalTo(at[1]))
                    .extract()
                    .header("Location");
            given().when().get(location).then().statusCode(200).body("scheduledAt", equalTo(at[1]));
        }
        // a local time without an offset is ambiguous: refused, naming the field
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"councilId\":\"" + council
                                + "\",\"title\":\"정기회의\",\"scheduledAt\":\"2030-04-20T14:00:00\"}")
                        .when()
                        .post("/api/v1/meetings")
                        .then(),
                400,
                "malformed-body");
    }

    @Test
    void aMergePatchSetsWhatItSendsKeepsWhatItLeavesOutAndRemovesWhatItSendsAsNull() {
        String council = GovernanceFixtures.councilInSeongbuk();
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body("{\"description\":\"복지기관·주민조직·동 주민센터 협의체\",\"establishedOn\":\"2015-07-01\"}")
                .when()
                .patch(council)
                .then()
                .statusCode(200)
                .body("description", equalTo("복지기관·주민조직·동 주민센터 협의체"))
                .body("establishedOn", equalTo("2015-07-01"));
        // null removes an optional member; what is left out stays
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"1\"")
                .body("{\"description\":null}")
                .when()
                .patch(council)
                .then()
                .statusCode(200)
                .body("description", equalTo(null))
                .body("establishedOn", equalTo("2015-07-01"))
                .body("name", equalTo("성북구 민관협력 협의체"));
        given().when()
                .get(council)
                .then()
                .statusCode(200)
                .body("description", equalTo(null))
                .body("establishedOn", equalTo("2015-07-01"));
        // a required member cannot be removed: 400 naming it, nothing changed
        assertProblem(
                        given().contentType("application/merge-patch+json; charset=UTF-8")
                                .header("If-Match", "\"2\"")
                                .body("{\"name\":null,\"establishedOn\":null}")
                                .when()
                                .patch(council)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("name"));
        given().when()
                .get(council)
                .then()
                .statusCode(200)
                .body("establishedOn", equalTo("2015-07-01"))
                .header("ETag", equalTo("\"2\""));
        // an unknown member is refused as before
        assertProblem(
                given().contentType("application/merge-patch+json; charset=UTF-8")
                        .header("If-Match", "\"2\"")
                        .body("{\"nmae\":\"x\"}")
                        .when()
                        .patch(council)
                        .then(),
                400,
                "malformed-body");
    }
}
