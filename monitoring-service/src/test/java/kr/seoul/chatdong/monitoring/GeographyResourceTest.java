package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class GeographyResourceTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void listsSeoulsTwentyFiveDistricts() {
        given().when()
                .get("/api/v1/districts")
                .then()
                .statusCode(200)
                .body("total", equalTo(25))
                .body("items", hasSize(25))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("items[0].code", equalTo("11110"))
                .body("items[0].nameKo", equalTo("종로구"));
    }

    @Test
    void pagesThroughThe426DongsInCodeOrder() {
        given().queryParam("size", 200)
                .queryParam("page", 2)
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .body("total", equalTo(426))
                .body("items", hasSize(26))
                .body("page", equalTo(2));
        given().when()
                .get("/api/v1/dongs/1111053000")
                .then()
                .statusCode(200)
                .body("nameKo", equalTo("사직동"))
                .body("districtNameKo", equalTo("종로구"));
    }

    @Test
    void theFourWholeDistrictsOfPhaseOneAreSeededAndNothingIsInvented() {
        given().queryParam("district", "11290")
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .body("total", equalTo(20))
                .body("items.phase", everyItem(equalTo(1)));
        given().when()
                .get("/api/v1/districts/11545")
                .then()
                .statusCode(200)
                .body("nameKo", equalTo("금천구"))
                .body("phase", equalTo(1))
                .body("dongCount", equalTo(10));
        // 강남구 is not named by the plan for any phase before 3: left unassigned
        given().when().get("/api/v1/districts/11680").then().statusCode(200).body("phase", equalTo(null));
        given().when()
                .get("/api/v1/rollout-phases")
                .then()
                .statusCode(200)
                .body("items[0].nameKo", equalTo("1단계"))
                .body("items[0].plannedDongs", equalTo(80))
                .body("items[1].plannedDongs", equalTo(282))
                .body("items[2].plannedDistricts", equalTo(25));
    }

    @Test
    void aCityAdminAssignsAPhaseToADistrictAndToOneDong() {
        given().contentType(ContentType.JSON)
                .body("{\"phase\": 2}")
                .when()
                .put("/api/v1/districts/11140/rollout")
                .then()
                .statusCode(200)
                .body("phase", equalTo(2));
        given().queryParam("district", "11140")
                .when()
                .get("/api/v1/dongs")
                .then()
                .body("items.phase", everyItem(equalTo(2)));
        given().contentType(ContentType.JSON)
                .body("{\"phase\": 1}")
                .when()
                .put("/api/v1/dongs/1114052000/rollout")
                .then()
                .statusCode(200)
                .body("phase", equalTo(1));
        // a district's phase is the earliest of its dongs'
        given().when().get("/api/v1/districts/11140").then().body("phase", equalTo(1));

        // changing an assignment names the version it changes
        String etag = given().when()
                .get("/api/v1/districts/11140/rollout")
                .then()
                .statusCode(200)
                .body("phase", equalTo(2))
                .extract()
                .header("ETag");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"phase\": 3}")
                        .when()
                        .put("/api/v1/districts/11140/rollout")
                        .then(),
                428,
                "precondition-required");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"phase\": 3}")
                .when()
                .put("/api/v1/districts/11140/rollout")
                .then()
                .statusCode(200)
                .body("phase", equalTo(3));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", etag)
                        .body("{\"phase\": 2}")
                        .when()
                        .put("/api/v1/districts/11140/rollout")
                        .then(),
                412,
                "precondition-failed");
        assertProblem(given().when().get("/api/v1/districts/11110/rollout").then(), 404, "not-found");
    }

    @Test
    void unknownCodesAndBadFiltersAreProblems() {
        assertProblem(given().when().get("/api/v1/dongs/9999999999").then(), 404, "not-found");
        assertProblem(given().when().get("/api/v1/districts/11111").then(), 404, "not-found");
        assertProblem(
                        given().queryParam("district", "99999")
                                .when()
                                .get("/api/v1/dongs")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("district"));
        assertProblem(
                        given().queryParam("size", 201)
                                .when()
                                .get("/api/v1/dongs")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("size"));
        assertProblem(given().queryParam("phase", 4).when().get("/api/v1/dongs").then(), 400, "validation")
                .body("errors[0].field", equalTo("phase"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"phase\": 9}")
                                .when()
                                .put("/api/v1/districts/11140/rollout")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("phase"));
    }

    @Test
    void findsDongsByKoreanName() {
        given().queryParam("q", "종로1·2·3·4가")
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo("1111061500"));
    }

    @Test
    void servesTheDongBoundariesAsGeoJsonWithTheirAttribution() {
        String etag = given().when()
                .get("/api/v1/dongs/boundaries")
                .then()
                .statusCode(200)
                .contentType("application/geo+json")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age=86400"))
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(426))
                .body("features[0].properties.code", equalTo("1111051500"))
                .body("features[0].properties.name_ko", equalTo("청운효자동"))
                .body("attribution", org.hamcrest.Matchers.containsString("Statistics Korea SGIS"))
                .body("license", equalTo("CC-BY-4.0 AND KOGL-Type-1"))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/api/v1/dongs/boundaries")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
    }

    @Test
    void referenceListsAnswer304WhileTheCopyIsCurrentAnd200OnceARolloutChanges() {
        String etag = given().queryParam("districtCode", "11740")
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .extract()
                .header("ETag");
        given().queryParam("districtCode", "11740")
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(304);
        // another filter is another answer
        given().queryParam("districtCode", "11290")
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200);
        // 강동구 joins in phase 3: its dongs' answer changes, so the old copy is no longer current
        given().contentType(ContentType.JSON)
                .body("{\"phase\":3}")
                .when()
                .put("/api/v1/districts/11740/rollout")
                .then()
                .statusCode(200);
        given().queryParam("districtCode", "11740")
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .body("items.phase", everyItem(equalTo(3)));
    }

    @Test
    void districtCodeIsTheFilterAndDistrictItsDeprecatedAlias() {
        given().queryParam("districtCode", "11545")
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .body("total", equalTo(10));
        given().queryParam("district", "11545")
                .when()
                .get("/api/v1/dongs")
                .then()
                .statusCode(200)
                .body("total", equalTo(10));
        assertProblem(
                        given().queryParam("districtCode", "11545")
                                .queryParam("district", "11290")
                                .when()
                                .get("/api/v1/dongs")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("district"));
    }

    @Test
    void anUnknownQueryParameterIsRefusedNotIgnored() {
        // a typo must not answer every district's dongs
        assertProblem(
                        given().queryParam("distictCode", "11545")
                                .when()
                                .get("/api/v1/dongs")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("distictCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("districtCode"));
    }
}
