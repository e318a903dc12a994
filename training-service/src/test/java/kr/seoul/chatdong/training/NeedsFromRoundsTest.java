package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.RoundCompletedConsumerContract;

/** round.completed → training needs: the example's 58, 45 and 59 are below its bar of 60. */
@QuarkusTest
class NeedsFromRoundsTest extends RoundCompletedConsumerContract {

    @Override
    protected String derivedRecords() {
        return "/api/v1/training-needs";
    }

    @Override
    protected Derivation derivation() {
        return Derivation.BELOW_THE_BAR;
    }

    @Override
    protected int derivedFromExample() {
        return 3;
    }

    @Test
    void aNeedIsLinkedToTheCoursesThatAddressItsField() throws Exception {
        String welfareCourse = given().contentType(ContentType.JSON)
                .body("{\"title\":\"사례관리 상담과정\",\"track\":\"CASE_MANAGEMENT_COUNSELLING\",\"hours\":14,\"fields\":[\"WELFARE\"]}")
                .when().post("/api/v1/courses").then().statusCode(201).extract().path("id");
        String villageCourse = given().contentType(ContentType.JSON)
                .body("{\"title\":\"마을생태계 합동워크숍\",\"track\":\"PUBLIC_PRIVATE_WORKSHOP\",\"hours\":8,\"fields\":[\"VILLAGE\"]}")
                .when().post("/api/v1/courses").then().statusCode(201).extract().path("id");
        String roundId = publishExample().split("/")[1];
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", roundId).queryParam("field", "WELFARE").when().get("/api/v1/training-needs").then()
                        .body("total", equalTo(1))
                        .body("items[0].dongCode", equalTo("1120059000"))
                        .body("items[0].score", equalTo(45))
                        .body("items[0].courseIds", hasItem(welfareCourse))
                        .body("items[0].courseIds", not(hasItem(villageCourse))));
    }
}
