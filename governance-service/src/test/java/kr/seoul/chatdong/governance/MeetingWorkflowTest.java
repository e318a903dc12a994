package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.ProblemAssertions;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** A district council's meeting from agenda to decisions, minutes and close (meeting.held), and its calendar feed. */
@QuarkusTest
class MeetingWorkflowTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static String post(String path, String body, int status) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    private static String meeting(String council, String title, String at, String kind) {
        return post(
                "/api/v1/meetings",
                "{\"councilId\":\"" + council + "\",\"title\":\"" + title + "\",\"scheduledAt\":\"" + at
                        + "\",\"place\":\"성북구청 회의실; 3층\",\"kind\":\"" + kind + "\"}",
                201);
    }

    private static String etag(String meeting) {
        return given().when()
                .get("/api/v1/meetings/" + meeting)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void aDecisionIsRefusedWithoutQuorumAndTakenWithIt_thenTheMeetingIsHeld() throws Exception {
        String council = CouncilMembersTest.council(
                "{\"name\":\"성북구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\"}");
        String a = CouncilMembersTest.member(council, "PUBLIC", "CHAIR", "2016-01-01", null);
        String b = CouncilMembersTest.member(council, "PRIVATE", "MEMBER", "2016-01-01", null);
        String c = CouncilMembersTest.member(council, "RESIDENT", "MEMBER", "2016-01-01", null);
        CouncilMembersTest.member(council, "ACADEMIC", "MEMBER", "2016-06-01", null); // not yet in office on the day
        String m = meeting(council, "2016년 제1차 정기회의", "2016-04-20T14:00:00+09:00", "REGULAR");

        String first = post("/api/v1/meetings/" + m + "/agenda-items", "{\"title\":\"2016년 사업계획 심의\"}", 201);
        String second = post(
                "/api/v1/meetings/" + m + "/agenda-items", "{\"title\":\"협의체 운영 규정 개정\",\"summary\":\"분과 신설\"}", 201);
        given().contentType(ContentType.JSON)
                .body("{\"itemIds\":[\"" + second + "\",\"" + first + "\"]}")
                .when()
                .put("/api/v1/meetings/" + m + "/agenda-items/order")
                .then()
                .statusCode(200)
                .body("items.id", contains(second, first))
                .body("items.position", contains(1, 2));
        given().contentType(ContentType.JSON)
                .body("{\"itemIds\":[\"" + second + "\"]}")
                .when()
                .put("/api/v1/meetings/" + m + "/agenda-items/order")
                .then()
                .statusCode(400);

        // attendance is taken of the members in office: anyone else is a rule of the programme (422), not a malformed
        // request
        String other = CouncilMembersTest.council(
                "{\"name\":\"성동구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11200\"}");
        String stranger = CouncilMembersTest.member(other, "PUBLIC", "MEMBER", "2016-01-01", null);
        given().contentType(ContentType.JSON)
                .body("[{\"memberId\":\"" + a + "\",\"present\":true},{\"memberId\":\"" + stranger
                        + "\",\"present\":true}]")
                .when()
                .put("/api/v1/meetings/" + m + "/attendance")
                .then()
                .statusCode(422)
                .body("type", equalTo(ProblemAssertions.BASE + "domain-rule"))
                .body("rule", equalTo("attendee-not-in-office"))
                .body("field", equalTo("[1].memberId"));
        given().contentType(ContentType.JSON)
                .body("[{\"memberId\":\"" + a + "\",\"present\":true},{\"memberId\":\"" + a + "\",\"present\":true}]")
                .when()
                .put("/api/v1/meetings/" + m + "/attendance")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("[{\"memberId\":\"" + a + "\",\"present\":true},{\"memberId\":\"" + b
                        + "\",\"present\":false},{\"memberId\":\"" + c + "\",\"present\":false}]")
                .when()
                .put("/api/v1/meetings/" + m + "/attendance")
                .then()
                .statusCode(200)
                .body("membersInOffice", equalTo(3))
                .body("present", equalTo(1))
                .body("required", equalTo(2))
                .body("met", equalTo(false));
        String decision =
                "{\"text\":\"2016년 사업계획 원안 의결\",\"actionItems\":[{\"title\":\"운영 현황 조사\",\"owner\":\"성북구 복지정책과\","
                        + "\"ownerMemberId\":\"" + a + "\",\"dueOn\":\"2016-05-31\"}]}";
        given().contentType(ContentType.JSON)
                .body(decision)
                .when()
                .post("/api/v1/meetings/" + m + "/decisions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("quorum-not-met"))
                .body("present", equalTo(1))
                .body("required", equalTo(2));

        given().contentType(ContentType.JSON)
                .body("[{\"memberId\":\"" + a + "\",\"present\":true},{\"memberId\":\"" + b
                        + "\",\"present\":true},{\"memberId\":\"" + c + "\",\"present\":false}]")
                .when()
                .put("/api/v1/meetings/" + m + "/attendance")
                .then()
                .statusCode(200)
                .body("present", equalTo(2))
                .body("met", equalTo(true));
        given().contentType(ContentType.JSON)
                .body(decision.replace(a, stranger))
                .when()
                .post("/api/v1/meetings/" + m + "/decisions")
                .then()
                .statusCode(422)
                .body("rule", equalTo("owner-not-a-member"))
                .body("field", equalTo("ownerMemberId"));
        given().contentType(ContentType.JSON)
                .body(decision)
                .when()
                .post("/api/v1/meetings/" + m + "/decisions")
                .then()
                .statusCode(201)
                .body("decisions[0].seq", equalTo(1))
                .body("decisions[0].actionItems[0].title", equalTo("운영 현황 조사"))
                .body("decisions[0].actionItems[0].status", equalTo("OPEN"));

        given().contentType(ContentType.JSON)
                .body(
                        "{\"markdown\":\"## 1. 개회\\n\\n<script>alert(1)</script><img src=x onerror=alert(1)>\\n\\n[링크](javascript:alert(1)) **의결**\"}")
                .when()
                .put("/api/v1/meetings/" + m + "/minutes")
                .then()
                .statusCode(200)
                .body("html", containsString("<h2>1. 개회</h2>"))
                .body("html", containsString("<strong>의결</strong>"))
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("onerror")))
                .body("html", not(containsString("javascript:")));

        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/meetings/" + m + "/close")
                .then()
                .statusCode(428);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(m))
                .when()
                .post("/api/v1/meetings/" + m + "/close")
                .then()
                .statusCode(200)
                .body("meeting.status", equalTo("HELD"))
                .body("allowedSteps.size()", equalTo(0));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(m))
                .when()
                .post("/api/v1/meetings/" + m + "/close")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("HELD"));

        List<ConsumerRecord<String, String>> held =
                TestKafka.await(EventCatalog.MEETING_HELD.topic(), r -> r.key().equals(m), 1, Duration.ofSeconds(20));
        assertEquals(1, held.size());
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.MEETING_HELD, held.get(0).value())));
        JsonNode event = new ObjectMapper().readTree(held.get(0).value());
        assertEquals("11290", event.get("districtCode").asText());
        assertEquals("DISTRICT", event.get("councilKind").asText());
        assertEquals("2016-04-20", event.get("heldOn").asText());
        assertEquals(2, event.get("membersPresent").asInt());
        assertEquals(3, event.get("membersInOffice").asInt());
        assertEquals(1, event.get("decisions").asInt());
        assertEquals(false, held.get(0).value().contains("위원"), "no member names in the event");

        // minutes approved at the next meeting once it has been held; at itself, an earlier one or another council's:
        // rules (422)
        given().contentType(ContentType.JSON)
                .body("{\"atMeetingId\":\"" + m + "\"}")
                .when()
                .post("/api/v1/meetings/" + m + "/minutes/approve")
                .then()
                .statusCode(422)
                .body("type", equalTo(ProblemAssertions.BASE + "domain-rule"))
                .body("rule", equalTo("approving-meeting-not-later"))
                .body("field", equalTo("atMeetingId"));
        String elsewhere = meeting(other, "성동구 2016년 제2차 정기회의", "2016-05-20T14:00:00+09:00", "REGULAR");
        given().contentType(ContentType.JSON)
                .body("{\"atMeetingId\":\"" + elsewhere + "\"}")
                .when()
                .post("/api/v1/meetings/" + m + "/minutes/approve")
                .then()
                .statusCode(422)
                .body("rule", equalTo("approving-meeting-of-another-council"));
        String next = meeting(council, "2016년 제2차 정기회의", "2016-05-20T14:00:00+09:00", "REGULAR");
        given().contentType(ContentType.JSON)
                .body("{\"atMeetingId\":\"" + next + "\"}")
                .when()
                .post("/api/v1/meetings/" + m + "/minutes/approve")
                .then()
                .statusCode(422)
                .body("rule", equalTo("approving-meeting-not-held"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(next))
                .when()
                .post("/api/v1/meetings/" + next + "/close")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"atMeetingId\":\"" + next + "\"}")
                .when()
                .post("/api/v1/meetings/" + m + "/minutes/approve")
                .then()
                .statusCode(200)
                .body("approvedAtMeetingId", equalTo(next));
        given().contentType(ContentType.JSON)
                .body("{\"markdown\":\"고침\"}")
                .when()
                .put("/api/v1/meetings/" + m + "/minutes")
                .then()
                .statusCode(409);
    }

    @Test
    void aFutureMeetingCannotBeClosedButCanBeCancelled_andTheCalendarFeedParses() throws Exception {
        String council = CouncilMembersTest.council(
                "{\"name\":\"도봉구 민관협력 협의체, 2기\",\"kind\":\"DISTRICT\",\"districtCode\":\"11320\"}");
        String past = meeting(council, "2015년 하반기 워크숍", "2015-11-10T10:00:00+09:00", "WORKSHOP");
        String future = meeting(council, "2030년 제1차 정기회의", "2030-04-20T14:00:00+09:00", "REGULAR");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(future))
                .when()
                .post("/api/v1/meetings/" + future + "/close")
                .then()
                .statusCode(422)
                .body("rule", equalTo("not-yet-held"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(future))
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"위원 과반 불참 예상으로 연기\"}")
                .when()
                .post("/api/v1/meetings/" + future + "/cancel")
                .then()
                .statusCode(200)
                .body("meeting.status", equalTo("CANCELLED"))
                .body("meeting.cancelReason", equalTo("위원 과반 불참 예상으로 연기"));

        RestAssured.requestSpecification = null; // calendar apps send no token
        Response feed = given().when().get("/api/v1/councils/" + council + "/meetings.ics");
        feed.then().statusCode(200).contentType(containsString("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.asString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent workshop = events.get(0);
        assertEquals("2015년 하반기 워크숍", workshop.getSummary().get().getValue());
        assertEquals("성북구청 회의실; 3층", workshop.getLocation().get().getValue());
        Temporal start = workshop.getDateTimeStart().get().getDate();
        assertEquals(
                ZonedDateTime.of(LocalDateTime.of(2015, 11, 10, 10, 0), ZoneId.of("Asia/Seoul"))
                        .toInstant(),
                ZonedDateTime.from(start).toInstant());
        assertEquals(
                past + "@governance.chatdong.seoul.go.kr",
                workshop.getUid().get().getValue());
        assertEquals("CANCELLED", events.get(1).getStatus().get().getValue());
        given().when()
                .get("/api/v1/councils/" + council + "/meetings.ics")
                .then()
                .body(not(containsString("위원")));
    }
}
