package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.testing.Tokens;

/** 연속 회의: a council's recurring meetings from an RFC 5545 rule, and cancelling what is left of them. */
@QuarkusTest
class MeetingSeriesTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static String council() {
        return CouncilMembersTest.council(
                "{\"name\":\"성북구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\"}");
    }

    private static ValidatableResponse series(String council, String rrule, String first) {
        return given().contentType(ContentType.JSON)
                .body("{\"title\":\"성북구 협의체 월례회의\",\"kind\":\"REGULAR\",\"rrule\":\"" + rrule
                        + "\",\"scheduledAt\":\"" + first
                        + "\",\"durationMinutes\":90,\"place\":\"성북구청 회의실\",\"capacity\":30}")
                .when()
                .post("/api/v1/councils/" + council + "/meeting-series")
                .then();
    }

    @Test
    void theSeedGivesTheNetworkItsMonthlyMeetingsOf2016() {
        String network = given().queryParam("kind", "SUPPORT_TEAM_NETWORK")
                .when()
                .get("/api/v1/councils")
                .then()
                .extract()
                .path("items[0].id");
        ValidatableResponse meetings = given().queryParam("councilId", network)
                .queryParam("from", "2016-01-01T00:00:00+09:00")
                .queryParam("to", "2016-12-31T23:59:59+09:00")
                .queryParam("size", 50)
                .when()
                .get("/api/v1/meetings")
                .then()
                .statusCode(200)
                .body("total", equalTo(11))
                .body(
                        "items.scheduledAt",
                        contains(
                                "2016-02-10T05:00:00Z",
                                "2016-03-09T05:00:00Z",
                                "2016-04-13T05:00:00Z",
                                "2016-05-11T05:00:00Z",
                                "2016-06-08T05:00:00Z",
                                "2016-07-13T05:00:00Z",
                                "2016-08-10T05:00:00Z",
                                "2016-09-14T05:00:00Z",
                                "2016-10-12T05:00:00Z",
                                "2016-11-09T05:00:00Z",
                                "2016-12-14T05:00:00Z"))
                .body("items.durationMinutes", everyItem(equalTo(120)));
        String seriesId = meetings.extract().path("items[0].seriesId");
        given().when()
                .get("/api/v1/meeting-series/" + seriesId)
                .then()
                .statusCode(200)
                .body("councilId", equalTo(network))
                .body("rrule", equalTo("FREQ=MONTHLY;BYDAY=2WE;UNTIL=20161231T235959Z"))
                .body("meetings", hasSize(11));
    }

    @Test
    void aRuleSchedulesEveryMeeting_andCancellingFromADayTakesTheRestButNotWhatWasHeld() {
        String council = council();
        // 2030: February's 2nd Wednesday is the 13th; Feb–Dec, 11 meetings at 14:00 Seoul
        ValidatableResponse created = series(
                        council, "FREQ=MONTHLY;BYDAY=2WE;UNTIL=20301231T235959Z", "2030-02-13T14:00:00+09:00")
                .statusCode(201)
                .header("Location", containsString("/api/v1/meeting-series/"))
                .body("meetings", hasSize(11))
                .body("meetings[0].scheduledAt", equalTo("2030-02-13T05:00:00Z"))
                .body("meetings[10].scheduledAt", equalTo("2030-12-11T05:00:00Z"))
                .body("meetings.status", everyItem(equalTo("SCHEDULED")))
                .body("meetings.durationMinutes", everyItem(equalTo(90)))
                .body("meetings.capacity", everyItem(equalTo(30)))
                .body("meetings.councilId", everyItem(equalTo(council)));
        String seriesId = created.extract().path("seriesId");
        created.body("meetings.seriesId", everyItem(equalTo(seriesId)));

        given().contentType(ContentType.JSON)
                .body("{\"from\":\"2030-06-12\"}")
                .when()
                .post("/api/v1/meeting-series/" + seriesId + "/cancel")
                .then()
                .statusCode(200)
                .body("seriesId", equalTo(seriesId))
                .body("meetings.status[3]", equalTo("SCHEDULED"))
                .body("meetings.status[4]", equalTo("CANCELLED"))
                .body("meetings.status[10]", equalTo("CANCELLED"))
                .body("meetings.findAll { it.status == 'CANCELLED' }", hasSize(7))
                .body("meetings.findAll { it.status == 'CANCELLED' }.cancelReason", everyItem(equalTo("연속 회의 취소")));

        // a weekly series in the past: the meeting held stays held
        ValidatableResponse past = series(council, "FREQ=WEEKLY;COUNT=3", "2016-01-13T14:00:00+09:00")
                .statusCode(201)
                .body("meetings", hasSize(3));
        String pastSeries = past.extract().path("seriesId");
        String held = past.extract().path("meetings[1].id");
        given().header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/meetings/" + held + "/close")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"from\":\"2016-01-01\"}")
                .when()
                .post("/api/v1/meeting-series/" + pastSeries + "/cancel")
                .then()
                .statusCode(200)
                .body("meetings.status", contains("CANCELLED", "HELD", "CANCELLED"));
    }

    @Test
    void aMalformedRuleIsA400NamingRrule_andMoreThan60MeetingsA422() {
        String council = council();
        for (String rule : List.of("FREQ=FOO", "not a rule", "FREQ=MONTHLY;BYDAY=XX", "FREQ=MONTHLY;COUNT=abc")) {
            assertProblem(series(council, rule, "2030-02-13T14:00:00+09:00"), 400, "validation")
                    .body("errors[0].field", equalTo("rrule"))
                    .body("errors[0].message", containsString("RFC 5545"));
        }
        for (String rule : List.of("FREQ=WEEKLY", "FREQ=DAILY;COUNT=61")) {
            assertProblem(series(council, rule, "2030-02-13T14:00:00+09:00"), 422, "domain-rule")
                    .body("rule", equalTo("too-many-occurrences"));
        }
        series(council, "FREQ=DAILY;COUNT=60", "2030-02-13T14:00:00+09:00")
                .statusCode(201)
                .body("meetings", hasSize(60));
        given().contentType(ContentType.JSON)
                .body("{\"from\":\"2030-01-01\"}")
                .when()
                .post("/api/v1/meeting-series/00000000-0000-0000-0000-000000000000/cancel")
                .then()
                .statusCode(404);
    }

    @Test
    void aSeriesMeetingShowsItsLengthInTheCalendar() {
        String council = council();
        series(council, "FREQ=MONTHLY;COUNT=1", "2030-03-13T14:00:00+09:00").statusCode(201);
        given().when()
                .get("/api/v1/councils/" + council + "/meetings.ics")
                .then()
                .statusCode(200)
                .body(containsString("DTEND;TZID=Asia/Seoul:20300313T153000"), endsWith("END:VCALENDAR\r\n"));
    }
}
