package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 자치구 담당제 in 성북구 (11290) and 노원구 (11350): the only test that appoints their liaisons and
 * records their field contacts, so every count is this test's.
 */
@QuarkusTest
class DistrictLiaisonTest {

    static final String SEONGBUK = "11290";
    static final String NOWON = "11350";

    @BeforeEach
    void setUp() {
        Tokens.actAnonymously();
    }

    @AfterEach
    void tearDown() {
        Tokens.actAnonymously();
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String liaison(String name, String account, String from) {
        return "{\"name\":\"" + name + "\",\"organisation\":\"서울시복지재단 찾동추진지원단\",\"account\":\"" + account
                + "\",\"phone\":\"02-2011-0500\",\"email\":\"" + account + "@welfare.seoul.kr\",\"from\":\"" + from
                + "\"}";
    }

    private static String contact(String district, String kind, String on, String followUps) {
        return "{\"districtCode\":\"" + district + "\",\"dongCode\":\"1129052500\",\"kind\":\"" + kind + "\",\"on\":\""
                + on
                + "\",\"topic\":\"복지플래너 방문상담 운영 점검\",\"notes\":\"**성북구** 간담회 <script>alert(1)</script> [x](javascript:alert(1))\","
                + "\"followUps\":[" + followUps + "]}";
    }

    private static long contactsOf(String district) {
        return as(Tokens.cityAdmin())
                .when()
                .get("/api/v1/field-contacts?size=1&districtCode=" + district)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    @Test
    void aLiaisonIsAppointedAndReplacedKeepingTheEarlierPeriods() {
        String admin = Tokens.cityAdmin();
        assertProblem(
                as(admin).when().get("/api/v1/districts/" + NOWON + "/liaison").then(), 404, "not-found");
        assertProblem(
                as(Tokens.of(Roles.MONITOR))
                        .body(liaison("박서연", "liaison-park", "2016-01-04"))
                        .when()
                        .put("/api/v1/districts/" + NOWON + "/liaison")
                        .then(),
                403,
                "forbidden");
        String etag = as(admin)
                .body(liaison("박서연", "liaison-park", "2016-01-04"))
                .when()
                .put("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(200)
                .body("current.name", equalTo("박서연"))
                .body("current.to", nullValue())
                .body("history", hasSize(0))
                .extract()
                .header("ETag");
        // a later change needs If-Match
        as(admin)
                .body(liaison("김도윤", "liaison-kim", "2016-07-01"))
                .when()
                .put("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(428);
        // another account before the current one's start: refused
        as(admin)
                .header("If-Match", etag)
                .body(liaison("김도윤", "liaison-kim", "2016-01-04"))
                .when()
                .put("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(422)
                .body("rule", equalTo("liaison-period-order"));
        String next = as(admin)
                .header("If-Match", etag)
                .body(liaison("김도윤", "liaison-kim", "2016-07-01"))
                .when()
                .put("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(200)
                .body("current.account", equalTo("liaison-kim"))
                .body("current.from", equalTo("2016-07-01"))
                .body("history", hasSize(1))
                .body("history[0].account", equalTo("liaison-park"))
                .body("history[0].from", equalTo("2016-01-04"))
                .body("history[0].to", equalTo("2016-06-30"))
                .extract()
                .header("ETag");
        as(admin)
                .header("If-Match", etag)
                .body(liaison("김도윤", "liaison-kim", "2016-07-01"))
                .when()
                .put("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(412);
        // the same person: details change, no new period
        as(admin)
                .header("If-Match", next)
                .body(liaison("김도윤", "liaison-kim", "2016-07-01").replace("02-2011-0500", "02-2011-0600"))
                .when()
                .put("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(200)
                .body("current.phone", equalTo("02-2011-0600"))
                .body("history", hasSize(1));
        as(Tokens.of(Roles.TRAINEE))
                .when()
                .get("/api/v1/districts/" + NOWON + "/liaison")
                .then()
                .statusCode(200)
                .body("current.name", equalTo("김도윤"));
        assertProblem(
                as(admin)
                        .body(liaison("박서연", "liaison-park", "2016-01-04"))
                        .when()
                        .put("/api/v1/districts/99999/liaison")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void contactsByTheLiaisonFollowUpsDueAndTheMonthlySummary() throws Exception {
        String admin = Tokens.cityAdmin();
        as(admin)
                .body(liaison("이하은", "liaison-seongbuk", "2016-01-04"))
                .when()
                .put("/api/v1/districts/" + SEONGBUK + "/liaison")
                .then()
                .statusCode(200);
        // the liaison, whatever the token's role (here a trainee's), records contacts of their district
        String liaisonToken = Tokens.withSubject(Roles.TRAINEE, "liaison-seongbuk");
        var visit = as(liaisonToken)
                .body(
                        contact(
                                SEONGBUK,
                                "VISIT",
                                "2016-05-10",
                                "{\"action\":\"공유 캘린더 도입 여부 확인\",\"dueOn\":\"2016-05-20\"},{\"action\":\"사례회의 정례화 점검\",\"dueOn\":\"2016-06-15\"}"))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/field-contacts/"))
                .body("recordedBy", equalTo("liaison-seongbuk"))
                .body("notesHtml", containsString("<strong>성북구</strong>"))
                .body("notesHtml", not(containsString("<script")))
                .body("notesHtml", not(containsString("javascript:")))
                .body("followUps", hasSize(2))
                .body("followUps.status", contains("OPEN", "OPEN"))
                .extract()
                .jsonPath();
        as(Tokens.of(Roles.MONITOR))
                .body(contact(SEONGBUK, "CALL", "2016-05-12", ""))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(201)
                .body("followUps", hasSize(0));
        as(admin)
                .body(contact(SEONGBUK, "MEETING", "2016-04-28", "{\"action\":\"4월 건\",\"dueOn\":\"2016-05-02\"}"))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(201);

        // not the liaison, not a city admin or monitor: 403, nothing stored
        long before = contactsOf(SEONGBUK);
        assertProblem(
                as(Tokens.withSubject(Roles.TRAINEE, "someone-else"))
                        .body(contact(SEONGBUK, "VISIT", "2016-05-11", ""))
                        .when()
                        .post("/api/v1/field-contacts")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                as(Tokens.districtOfficer(SEONGBUK))
                        .body(contact(SEONGBUK, "VISIT", "2016-05-11", ""))
                        .when()
                        .post("/api/v1/field-contacts")
                        .then(),
                403,
                "forbidden");
        // the liaison of 성북구 is nobody's liaison in 노원구
        assertProblem(
                as(liaisonToken)
                        .body(contact(NOWON, "VISIT", "2016-05-11", "").replace("\"dongCode\":\"1129052500\",", ""))
                        .when()
                        .post("/api/v1/field-contacts")
                        .then(),
                403,
                "forbidden");
        // unknown codes and a dong of another district: 400 naming the field
        as(admin)
                .body(contact("99999", "VISIT", "2016-05-11", ""))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("districtCode"));
        as(admin)
                .body(contact(SEONGBUK, "VISIT", "2016-05-11", "").replace("1129052500", "1135056000"))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("dongCode"));
        as(admin)
                .body(contact(SEONGBUK, "VISIT", "2016-05-11", "{\"action\":\"x\",\"dueOn\":\"2016-05-01\"}"))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("followUps[0].dueOn"));
        as(admin)
                .body(contact(SEONGBUK, "PHONE", "2016-05-11", ""))
                .when()
                .post("/api/v1/field-contacts")
                .then()
                .statusCode(400);
        assertEquals(before, contactsOf(SEONGBUK));

        // lists: newest first, filtered; a district officer sees their own district's only
        as(admin)
                .when()
                .get("/api/v1/field-contacts?districtCode=" + SEONGBUK + "&from=2016-05-01&to=2016-05-31")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.kind", contains("CALL", "VISIT"));
        as(admin)
                .when()
                .get("/api/v1/field-contacts?districtCode=" + SEONGBUK + "&kind=MEETING")
                .then()
                .body("total", equalTo(1));
        as(Tokens.districtOfficer(SEONGBUK))
                .when()
                .get("/api/v1/field-contacts")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.districtCode", everyItem(equalTo(SEONGBUK)));
        assertProblem(
                as(Tokens.districtOfficer(NOWON))
                        .when()
                        .get("/api/v1/field-contacts?districtCode=" + SEONGBUK)
                        .then(),
                403,
                "forbidden");
        as(Tokens.districtOfficer(NOWON))
                .when()
                .get("/api/v1/field-contacts")
                .then()
                .statusCode(200)
                .body("items.districtCode", everyItem(equalTo(NOWON)));
        assertProblem(
                as(Tokens.districtOfficer(NOWON))
                        .when()
                        .get("/api/v1/field-contacts/" + visit.getString("id"))
                        .then(),
                403,
                "forbidden");
        as(Tokens.districtOfficer(SEONGBUK))
                .when()
                .get("/api/v1/field-contacts/" + visit.getString("id"))
                .then()
                .statusCode(200)
                .body("followUps", hasSize(2));

        // open follow-ups past their day are due in the district (today is long after 2016)
        as(admin)
                .when()
                .get("/api/v1/districts/" + SEONGBUK + "/due")
                .then()
                .statusCode(200)
                .body("overdueFollowUps.count", equalTo(3))
                .body("overdueFollowUps.items.kind", everyItem(equalTo("FOLLOW_UP")))
                .body("overdueFollowUps.items.dueOn", contains("2016-05-02", "2016-05-20", "2016-06-15"));
        String first = visit.getString("followUps[0].id");
        assertProblem(
                as(Tokens.withSubject(Roles.TRAINEE, "someone-else"))
                        .body("{\"note\":\"x\"}")
                        .when()
                        .post("/api/v1/follow-ups/" + first + "/done")
                        .then(),
                403,
                "forbidden");
        as(liaisonToken)
                .body("{\"note\":\"5월 동장회의에서 공유 캘린더 도입 결정\"}")
                .when()
                .post("/api/v1/follow-ups/" + first + "/done")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneBy", equalTo("liaison-seongbuk"))
                .body("doneNote", equalTo("5월 동장회의에서 공유 캘린더 도입 결정"));
        assertProblem(
                as(admin)
                        .body("{\"note\":\"again\"}")
                        .when()
                        .post("/api/v1/follow-ups/" + first + "/done")
                        .then(),
                409,
                "conflict");
        as(admin)
                .body("{}")
                .when()
                .post("/api/v1/follow-ups/00000000-0000-4000-8000-000000000000/done")
                .then()
                .statusCode(404);
        as(admin)
                .when()
                .get("/api/v1/districts/" + SEONGBUK + "/due")
                .then()
                .body("overdueFollowUps.count", equalTo(2))
                .body("overdueFollowUps.items.dueOn", contains("2016-05-02", "2016-06-15"));

        // the month's summary: May's contacts of 성북구 by kind; their follow-ups open (overdue) and done
        var row = "find { it.districtCode == '" + SEONGBUK + "' }";
        as(admin)
                .when()
                .get("/api/v1/liaison/summary?month=2016-05")
                .then()
                .statusCode(200)
                .body("items." + row + ".districtNameKo", equalTo("성북구"))
                .body("items." + row + ".liaisonName", equalTo("이하은"))
                .body("items." + row + ".contacts", equalTo(2))
                .body("items." + row + ".visits", equalTo(1))
                .body("items." + row + ".calls", equalTo(1))
                .body("items." + row + ".meetings", equalTo(0))
                .body("items." + row + ".followUpsOpen", equalTo(1))
                .body("items." + row + ".followUpsOverdue", equalTo(1))
                .body("items." + row + ".followUpsDone", equalTo(1));
        as(admin)
                .when()
                .get("/api/v1/liaison/summary?month=2015-12")
                .then()
                .statusCode(200)
                .body("items.districtCode", not(hasItem(SEONGBUK)));
        as(admin)
                .when()
                .get("/api/v1/liaison/summary?month=2016-13")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("month"));
        as(admin).when().get("/api/v1/liaison/summary").then().statusCode(400);

        Response csv = as(admin).accept("text/csv").when().get("/api/v1/liaison/summary?month=2016-05");
        csv.then().statusCode(200).contentType(containsString("text/csv"));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertTrue(
                lines.get(0).startsWith("districtCode,districtNameKo,liaisonName,liaisonAccount,contacts,visits,calls"),
                lines.get(0));
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("11290,성북구,이하은,liaison-seongbuk,2,1,1,0,0,0,1,1,1")),
                lines.toString());
    }
}
