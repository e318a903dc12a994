package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.RoundCompletedConsumerContract;

/** round.completed → case nominations: the example's 95 and 90 reach its excellence bar of 90; 89 does not. */
@QuarkusTest
class NominationsFromRoundsTest extends RoundCompletedConsumerContract {

    @Override
    protected String derivedRecords() {
        return "/api/v1/cases";
    }

    @Override
    protected Derivation derivation() {
        return Derivation.EXCELLENT;
    }

    @Override
    protected int derivedFromExample() {
        return 2;
    }

    @Test
    void aNominationNamesItsRoundDongFieldAndScore() throws Exception {
        String roundId = publishExample().split("/")[1];
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("roundId", roundId)
                        .when()
                        .get("/api/v1/cases")
                        .then()
                        .body("total", equalTo(2))
                        .body("items.source", everyItem(equalTo("MONITORING")))
                        .body("items.dongCode", everyItem(equalTo("1129052500")))
                        .body("items.districtCode", everyItem(equalTo("11290")))
                        .body("items.field", containsInAnyOrder("WELFARE", "HEALTH"))
                        .body("items.score", containsInAnyOrder(95, 90))
                        .body("items.title", org.hamcrest.Matchers.hasItem("성북구 성북동 복지 분야 우수사례 후보")));
    }
}
