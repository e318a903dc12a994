package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** Members for a term, the one-chair rule and a council's composition on a day. */
@QuarkusTest
class CouncilMembersTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String council(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String member(String council, String sector, String position, String from, String to) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"위원\",\"organisation\":\"기관\",\"sector\":\"" + sector + "\",\"position\":\""
                        + position + "\",\"termFrom\":\"" + from + "\""
                        + (to == null ? "" : ",\"termTo\":\"" + to + "\"") + "}")
                .when()
                .post("/api/v1/councils/" + council + "/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void compositionCountsTheMembersInOfficeOnTheDay() {
        String c = council(
                "{\"name\":\"성북구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\",\"quorumRule\":\"TWO_THIRDS\","
                        + "\"termFrom\":\"2016-01-01\",\"termTo\":\"2017-12-31\",\"mandate\":\"의제 발굴\"}");
        given().when()
                .get("/api/v1/councils/" + c)
                .then()
                .body("scope", equalTo("DISTRICT"))
                .body("quorumRule", equalTo("TWO_THIRDS"))
                .body("status", equalTo("ACTIVE"))
                .body("termTo", equalTo("2017-12-31"));
        member(c, "PUBLIC", "CHAIR", "2016-01-01", "2016-12-31");
        member(c, "PRIVATE", "VICE_CHAIR", "2016-01-01", null);
        member(c, "PRIVATE", "MEMBER", "2016-01-01", null);
        member(c, "ACADEMIC", "MEMBER", "2016-04-01", null); // not yet in office on 2016-03-01
        member(c, "RESIDENT", "MEMBER", "2015-01-01", "2015-12-31"); // term over
        given().queryParam("on", "2016-03-01")
                .when()
                .get("/api/v1/councils/" + c + "/composition")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("bySector.PUBLIC", equalTo(1))
                .body("bySector.PRIVATE", equalTo(2))
                .body("bySector.ACADEMIC", equalTo(0))
                .body("bySector.RESIDENT", equalTo(0))
                .body("byPosition.CHAIR", equalTo(1))
                .body("byPosition.VICE_CHAIR", equalTo(1))
                .body("byPosition.MEMBER", equalTo(1));
        given().queryParam("on", "2017-01-05")
                .when()
                .get("/api/v1/councils/" + c + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.sector", containsInAnyOrder("PRIVATE", "ACADEMIC", "PRIVATE"))
                .body("items[2].position", equalTo("VICE_CHAIR"));
        given().when().get("/api/v1/councils/" + c + "/members").then().body("total", equalTo(5));
    }

    @Test
    void aSecondChairAtTheSameTimeIsRefusedAndALaterOneIsNot() {
        String c = council("{\"name\":\"교육기획위원회\",\"kind\":\"EDUCATION_PLANNING\"}");
        member(c, "ACADEMIC", "CHAIR", "2016-01-01", "2016-06-30");
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"위원\",\"sector\":\"PUBLIC\",\"position\":\"CHAIR\",\"termFrom\":\"2016-06-30\"}")
                .when()
                .post("/api/v1/councils/" + c + "/members")
                .then()
                .statusCode(422)
                .body("rule", equalTo("one-chair"));
        member(c, "PUBLIC", "CHAIR", "2016-07-01", null);
    }

    @Test
    void aSubCommitteeSitsUnderItsParentAndBadRulesAreRefused() {
        String parent = council("{\"name\":\"교육기획위원회\",\"kind\":\"EDUCATION_PLANNING\"}");
        String sub = council("{\"name\":\"교육기획위원회 시험분과\",\"kind\":\"EDUCATION_PLANNING\",\"parentId\":\"" + parent
                + "\",\"quorumRule\":\"FIXED:3\"}");
        given().queryParam("parentId", parent)
                .when()
                .get("/api/v1/councils")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(sub))
                .body("items[0].quorumRule", equalTo("FIXED:3"));
        // a sub-committee of a city-wide parent cannot belong to a district: a rule of the programme, not a malformed
        // request
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"성북구 분과\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\",\"parentId\":\"" + parent
                        + "\"}")
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(422)
                .body("rule", equalTo("sub-committee-outside-parent-scope"))
                .body("field", equalTo("parentId"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"kind\":\"ADVISORY\",\"quorumRule\":\"HALF\"}")
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"kind\":\"ADVISORY\",\"termFrom\":\"2016-01-01\",\"termTo\":\"2015-01-01\"}")
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"x\",\"sector\":\"PUBLIC\",\"position\":\"MEMBER\",\"termFrom\":\"2016-01-01\",\"termTo\":\"2015-01-01\"}")
                .when()
                .post("/api/v1/councils/" + parent + "/members")
                .then()
                .statusCode(400);
    }
}
