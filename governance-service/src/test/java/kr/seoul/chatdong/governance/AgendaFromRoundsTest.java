package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.RoundCompletedConsumerContract;

/** round.completed → one review on the metropolitan council's agenda (pending until a meeting exists). */
@QuarkusTest
class AgendaFromRoundsTest extends RoundCompletedConsumerContract {

    @Override
    protected String derivedRecords() {
        return "/api/v1/agenda-items";
    }

    @Override
    protected Map<String, String> derivedFilter() {
        return Map.of("source", "MONITORING");
    }

    @Override
    protected Derivation derivation() {
        return Derivation.THE_ROUND;
    }

    @Override
    protected int derivedFromExample() {
        return 1;
    }

    /** The only test that schedules meetings, so "the next metropolitan meeting" is the one it makes. */
    @Test
    void aReviewWaitsForTheNextMetropolitanMeetingAndGoesOnIt() throws Exception {
        String waiting = publishExample().split("/")[1];
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", waiting).when().get("/api/v1/agenda-items").then()
                        .body("total", equalTo(1))
                        .body("items[0].status", equalTo("PENDING"))
                        .body("items[0].title", startsWith("모니터링 결과 검토: "))
                        .body("items[0].summary", equalTo("2개동 · 미흡 3건 (60점 미만) · 우수 2건 (90점 이상)")));

        String council = given().contentType(ContentType.JSON).body("{\"name\":\"광역 민관협력 협의체\",\"kind\":\"METROPOLITAN\"}")
                .when().post("/api/v1/councils").then().statusCode(201).extract().path("id");
        String meeting = given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + council + "\",\"title\":\"정기회의\",\"scheduledAt\":\""
                        + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(7) + "\",\"place\":\"서울시청\"}")
                .when().post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        given().queryParam("roundId", waiting).when().get("/api/v1/agenda-items").then()
                .body("items[0].status", equalTo("SCHEDULED")).body("items[0].meetingId", equalTo(meeting));

        String next = publishExample().split("/")[1];
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                given().queryParam("roundId", next).when().get("/api/v1/agenda-items").then()
                        .body("total", equalTo(1))
                        .body("items[0].status", equalTo("SCHEDULED"))
                        .body("items[0].meetingId", equalTo(meeting)));
        given().queryParam("meetingId", meeting).queryParam("size", 200).when().get("/api/v1/agenda-items").then()
                .body("items.roundId", org.hamcrest.Matchers.hasItems(waiting, next));
    }
}
