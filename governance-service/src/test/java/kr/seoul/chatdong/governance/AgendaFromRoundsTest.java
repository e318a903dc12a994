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

/**
 * round.completed → one review on the agenda of the council agenda routing names, by default the
 * 운영위원회 (pending until it schedules a meeting).
 */
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

    /** The only test that schedules meetings of the 운영위원회, so "its next meeting" is the one it makes. */
    @Test
    void aReviewWaitsForTheSteeringCommitteesNextMeetingAndGoesOnIt() throws Exception {
        String waiting = publishExample().split("/")[1];
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("roundId", waiting)
                        .when()
                        .get("/api/v1/agenda-items")
                        .then()
                        .body("total", equalTo(1))
                        .body("items[0].status", equalTo("PENDING"))
                        .body("items[0].title", startsWith("모니터링 결과 검토: "))
                        .body("items[0].summary", equalTo("2개동 · 미흡 3건 (60점 미만) · 우수 2건 (90점 이상)")));

        // a metropolitan council's meeting takes no reviews any more: they go where the routing says
        String metropolitan = given().contentType(ContentType.JSON)
                .body("{\"name\":\"광역 민관협력 협의체\",\"kind\":\"METROPOLITAN\"}")
                .when()
                .post("/api/v1/councils")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + metropolitan + "\",\"title\":\"정기회의\",\"scheduledAt\":\""
                        + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(3) + "\"}")
                .when()
                .post("/api/v1/meetings")
                .then()
                .statusCode(201);
        given().queryParam("roundId", waiting)
                .when()
                .get("/api/v1/agenda-items")
                .then()
                .body("items[0].status", equalTo("PENDING"));

        String council = given().queryParam("kind", "STEERING_COMMITTEE")
                .when()
                .get("/api/v1/councils")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        given().when()
                .get("/api/v1/agenda-routing/MONITORING")
                .then()
                .statusCode(200)
                .body("councilId", equalTo(council));
        String meeting = given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + council + "\",\"title\":\"운영위원회 정기회의\",\"scheduledAt\":\""
                        + OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(7) + "\",\"place\":\"서울시청\"}")
                .when()
                .post("/api/v1/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("roundId", waiting)
                .when()
                .get("/api/v1/agenda-items")
                .then()
                .body("items[0].status", equalTo("SCHEDULED"))
                .body("items[0].meetingId", equalTo(meeting));

        String next = publishExample().split("/")[1];
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("roundId", next)
                        .when()
                        .get("/api/v1/agenda-items")
                        .then()
                        .body("total", equalTo(1))
                        .body("items[0].status", equalTo("SCHEDULED"))
                        .body("items[0].meetingId", equalTo(meeting)));
        given().queryParam("meetingId", meeting)
                .queryParam("size", 200)
                .when()
                .get("/api/v1/agenda-items")
                .then()
                .body("items.roundId", org.hamcrest.Matchers.hasItems(waiting, next));
    }
}
