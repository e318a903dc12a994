package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class CaseResourceTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void aDraftCaseRoundTripsThroughRestWithItsDistrictFromTheDong() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\":\"주민과 함께 만든 골목 돌봄 지도\",\"dongCode\":\"1129052500\",\"field\":\"WELFARE\"}")
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFTING"))
                .extract()
                .path("id");
        given().when()
                .get("/api/v1/cases/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("주민과 함께 만든 골목 돌봄 지도"))
                .body("districtCode", equalTo("11290"))
                .body("source", equalTo("DISCOVERY_TEAM"));
        given().queryParam("district", "11290")
                .queryParam("status", "DRAFTING")
                .queryParam("size", 200)
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void refusesADongOutsideTheGivenDistrictAndUnknownCodes() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"title\":\"x\",\"districtCode\":\"11110\",\"dongCode\":\"1129052500\",\"field\":\"VILLAGE\"}")
                                .when()
                                .post("/api/v1/cases")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("dongCode"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"title\":\"x\",\"dongCode\":\"0000000000\",\"field\":\"VILLAGE\"}")
                                .when()
                                .post("/api/v1/cases")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("dongCode"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"title\":\"x\",\"field\":\"VILLAGE\"}")
                                .when()
                                .post("/api/v1/cases")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("districtCode"));
        assertProblem(
                given().queryParam("district", "1").when().get("/api/v1/cases").then(), 400, "validation");
    }

    @Test
    void aMonitoringCaseWrittenThroughTheApiIsRefusedAsARuleOfTheProgramme() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"title\":\"x\",\"dongCode\":\"1129052500\",\"field\":\"WELFARE\",\"source\":\"MONITORING\"}")
                                .when()
                                .post("/api/v1/cases")
                                .then(),
                        422,
                        "domain-rule")
                .body("rule", equalTo("monitoring-cases-come-from-rounds"))
                .body("field", equalTo("source"));
    }
}
