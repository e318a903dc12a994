package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

@QuarkusTest
class CourseResourceTest {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void aCourseRoundTripsThroughRestAndIsFoundByItsField() {
        String id = given().contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"찾아가는 복지 실무과정\",\"track\":\"VISITING_WELFARE_PRACTICE\",\"hours\":21,\"fields\":[\"WELFARE\",\"HEALTH\"]}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        given().when()
                .get("/api/v1/courses/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("찾아가는 복지 실무과정"))
                .body("hours", equalTo(21))
                .body("fields", containsInAnyOrder("WELFARE", "HEALTH"));
        given().queryParam("field", "HEALTH")
                .queryParam("size", 200)
                .when()
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("field", "VILLAGE")
                .queryParam("size", 200)
                .when()
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void refusesBadCourses() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"title\":\"x\",\"track\":\"BASIC\",\"hours\":0}")
                                .when()
                                .post("/api/v1/courses")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("hours"));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"title\":\"x\",\"track\":\"BASIC\",\"hours\":\"many\"}")
                                .when()
                                .post("/api/v1/courses")
                                .then(),
                        400,
                        "malformed-body")
                .body("errors[0].field", equalTo("hours"));
        assertProblem(
                        given().queryParam("field", "SPORT")
                                .when()
                                .get("/api/v1/courses")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("field"));
    }
}
