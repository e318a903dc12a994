package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** A case written by a district, revised, reviewed, rejected, published by an editor (case.published) and archived. */
@QuarkusTest
class CaseWorkflowTest {

    static final String OFFICER = Tokens.districtOfficer("11290");
    static final String EDITOR = Tokens.withSubject(Roles.EDITOR, "editor-kim");

    @AfterEach
    void anonymousAgain() {
        RestAssured.requestSpecification = null;
    }

    static ValidatableResponse as(String token, String method, String path, String etag, String body) {
        var request = given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        if (body != null) {
            request = request.body(body);
        }
        return request.when().request(method, path).then();
    }

    @Test
    void aCaseGoesFromDraftingThroughReviewToPublishedAndArchived() throws Exception {
        String location = as(OFFICER, "POST", "/api/v1/cases", null, """
                {"title":"방문간호사와 함께 찾은 고립 가구","dongCode":"1129052500","fields":["HEALTH","WELFARE"],
                 "tags":["방문간호","고독사 예방"],"authors":["성북구 발굴단"],"source":"SUBMISSION",
                 "body":"## 배경\\n방문간호사가 **65세 이상** 어르신 댁을 찾았다."}""")
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFTING"))
                .body("source", equalTo("SUBMISSION"))
                .body("field", equalTo("HEALTH"))
                .body("fields", contains("HEALTH", "WELFARE"))
                .body("bodyHtml", equalTo("<h2>배경</h2>\n<p>방문간호사가 <strong>65세 이상</strong> 어르신 댁을 찾았다.</p>\n"))
                .body("allowedSteps", contains("submit", "withdraw"))
                .extract()
                .header("Location");
        String path = location.substring(location.indexOf("/api/"));

        // A second body: revision 2; an unchanged body makes none.
        as(OFFICER, "PATCH", path, "\"0\"", "{\"body\":\"## 배경\\n방문간호사 2명이 동행했다.\"}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("bodyHtml", containsString("2명이 동행"));
        as(
                        OFFICER,
                        "PATCH",
                        path,
                        "\"1\"",
                        "{\"title\":\"방문간호사와 함께 찾은 고립 가구 23곳\",\"body\":\"## 배경\\n방문간호사 2명이 동행했다.\"}")
                .statusCode(200);
        as(OFFICER, "GET", path + "/revisions", null, null)
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.number", contains(2, 1))
                .body("items[0].body", equalTo("## 배경\n방문간호사 2명이 동행했다."))
                .body("items[1].savedBy", equalTo("test-officer-11290@seoul.go.kr"));
        given().when().get(path + "/revisions").then().statusCode(401);

        // Not yet public; a district officer submits, an editor comments and sends it back.
        given().when().get(path).then().statusCode(404);
        as(OFFICER, "POST", path + "/submit", "\"2\"", null).statusCode(200).body("status", equalTo("IN_REVIEW"));
        assertProblem(as(OFFICER, "PATCH", path, "\"3\"", "{\"body\":\"검토 중 고침\"}"), 409, "conflict")
                .body("currentState", equalTo("IN_REVIEW"));
        as(EDITOR, "POST", path + "/comments", null, "{\"text\":\"동행 횟수를 적어 주세요.\"}")
                .statusCode(201)
                .body("kind", equalTo("COMMENT"))
                .body("author", equalTo("editor-kim"));
        assertProblem(as(OFFICER, "POST", path + "/comments", null, "{\"text\":\"자문자답\"}"), 403, "forbidden");
        as(EDITOR, "POST", path + "/reject", "\"3\"", "{\"reason\":\"성과 수치를 보완해 주세요.\"}")
                .statusCode(200)
                .body("status", equalTo("DRAFTING"));
        as(OFFICER, "GET", path + "/comments", null, null)
                .statusCode(200)
                .body("items.kind", contains("COMMENT", "REJECTION"))
                .body("items[1].text", equalTo("성과 수치를 보완해 주세요."));
        assertProblem(as(EDITOR, "POST", path + "/comments", null, "{\"text\":\"늦은 의견\"}"), 409, "conflict");

        // Revised and submitted again; a district officer may not publish, an editor does.
        as(OFFICER, "PATCH", path, "\"4\"", "{\"body\":\"## 성과\\n방문간호사 동행 41회, 고립 가구 23곳 발굴.\"}")
                .statusCode(200);
        as(OFFICER, "POST", path + "/submit", "\"5\"", null).statusCode(200);
        assertProblem(as(OFFICER, "POST", path + "/publish", "\"6\"", "{}"), 403, "forbidden");
        assertProblem(as(EDITOR, "POST", path + "/publish", "\"5\"", "{}"), 412, "precondition-failed");
        JsonPath published = as(EDITOR, "POST", path + "/publish", "\"6\"", """
                {"channels":[{"channel":"HOMEPAGE","scheduledOn":"2016-05-10"},{"channel":"FACEBOOK","scheduledOn":"2016-05-12"}]}""")
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("channels.channel", contains("HOMEPAGE", "FACEBOOK"))
                .body("allowedSteps", contains("archive"))
                .extract()
                .jsonPath();
        String id = published.getString("id");

        List<ConsumerRecord<String, String>> events = TestKafka.await(
                EventCatalog.CASE_PUBLISHED.topic(),
                r -> id.equals(r.key()) && EventCatalog.CASE_PUBLISHED.type().equals(TestKafka.header(r, "ce_type")),
                1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.CASE_PUBLISHED, events.get(0).value())));
        JsonPath event = JsonPath.from(events.get(0).value());
        assertEquals(id, event.getString("caseId"));
        assertEquals("11290", event.getString("districtCode"));
        assertEquals("1129052500", event.getString("dongCode"));
        assertEquals(List.of("HEALTH", "WELFARE"), event.getList("fields"));
        assertEquals(List.of("HOMEPAGE", "FACEBOOK"), event.getList("channels.channel"));
        assertEquals("2016-05-12", event.getString("channels[1].scheduledOn"));
        assertEquals(published.getString("publishedAt"), event.getString("publishedAt"));

        // Public now, without a token; the body's last revision is what is shown.
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("bodyHtml", equalTo("<h2>성과</h2>\n<p>방문간호사 동행 41회, 고립 가구 23곳 발굴.</p>\n"));
        given().queryParam("size", 200)
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        assertProblem(as(EDITOR, "POST", path + "/withdraw", "\"7\"", "{\"reason\":\"늦은 철회\"}"), 409, "conflict")
                .body("currentState", equalTo("PUBLISHED"))
                .body("allowedSteps", contains("archive"));

        as(EDITOR, "POST", path + "/archive", "\"7\"", null).statusCode(200).body("status", equalTo("ARCHIVED"));
        given().when().get(path).then().statusCode(404);
        given().queryParam("size", 200)
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aCaseWithoutBodyCannotBeSubmittedAndAWithdrawnCaseKeepsItsReason() {
        String id = as(
                        OFFICER,
                        "POST",
                        "/api/v1/cases",
                        null,
                        "{\"title\":\"마을계획단\",\"dongCode\":\"1129052500\",\"field\":\"VILLAGE\"}")
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(as(OFFICER, "POST", "/api/v1/cases/" + id + "/submit", "\"0\"", null), 422, "domain-rule")
                .body("rule", equalTo("body-required"));
        assertProblem(as(OFFICER, "POST", "/api/v1/cases/" + id + "/start", "\"0\"", null), 409, "conflict")
                .body("currentState", equalTo("DRAFTING"))
                .body("allowedSteps", contains("submit", "withdraw"));
        assertProblem(
                as(
                        Tokens.districtOfficer("11110"),
                        "POST",
                        "/api/v1/cases/" + id + "/withdraw",
                        "\"0\"",
                        "{\"reason\":\"x\"}"),
                403,
                "forbidden");
        as(OFFICER, "POST", "/api/v1/cases/" + id + "/withdraw", "\"0\"", "{\"reason\":\"다른 사례와 중복\"}")
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", equalTo("다른 사례와 중복"));
        as(OFFICER, "GET", "/api/v1/cases?status=WITHDRAWN&size=200", null, null)
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void hostileMarkdownNeverReachesBodyHtml() {
        String body = "<script>alert('찾동')</script>\\n\\n<img src=x onerror=alert(1)>\\n\\n[눌러](javascript:alert(1)) "
                + "<a href='javascript:alert(2)' onmouseover='alert(3)'>링크</a> <svg onload=alert(4)></svg> "
                + "<iframe src='https://evil.example'></iframe> [서울](https://www.seoul.go.kr)";
        String html = as(
                        OFFICER,
                        "POST",
                        "/api/v1/cases",
                        null,
                        "{\"title\":\"악성 본문\",\"dongCode\":\"1129052500\",\"field\":\"WELFARE\"," + "\"body\":\"" + body
                                + "\"}")
                .statusCode(201)
                .extract()
                .path("bodyHtml");
        String lower = html.toLowerCase();
        for (String banned : List.of("<script", "onerror", "onmouseover", "onload", "javascript:", "<iframe", "<svg")) {
            org.junit.jupiter.api.Assertions.assertFalse(lower.contains(banned), banned + " in " + html);
        }
        org.junit.jupiter.api.Assertions.assertTrue(
                html.contains("<a href=\"https://www.seoul.go.kr\" rel=\"nofollow noopener\">서울</a>"), html);
    }
}
