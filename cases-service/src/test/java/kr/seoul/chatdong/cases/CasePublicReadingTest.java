package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** Published cases are public: Korean search, filters and the Atom feed, all without a token. */
@QuarkusTest
class CasePublicReadingTest {

    static final String ADMIN = Tokens.cityAdmin();

    /** Writes, submits and publishes a case; returns its id. */
    static String published(String title, String dongCode, String fields, String tags, String body) {
        String id = given().header("Authorization", "Bearer " + ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"dongCode\":\"" + dongCode + "\",\"fields\":" + fields
                        + ",\"tags\":" + tags + ",\"summary\":\"요약\",\"body\":\"" + body + "\"}")
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        step(id, "submit", "\"0\"");
        step(id, "publish", "\"1\"");
        return id;
    }

    static void step(String id, String step, String etag) {
        given().header("Authorization", "Bearer " + ADMIN)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/cases/" + id + "/" + step)
                .then()
                .statusCode(200);
    }

    @Test
    void koreanSearchFindsAWordInsideACompoundAndRanksTitleMatchesAboveBodyMatches() {
        // 강동구 (11740) is used by no other test: its cases are exactly these.
        String inTitle = published("방문간호사와 함께 하는 건강 돌봄", "1174051500", "[\"HEALTH\"]", "[\"건강\"]", "어르신 댁을 찾았다.");
        String inBody = published(
                "마을 공동체 부엌", "1174052500", "[\"VILLAGE\",\"WELFARE\"]", "[\"공동체\", \"100%\"]", "방문간호사가 매주 들러 혈압을 잰다.");
        String unrelated = published("주민 자치 회의", "1174052500", "[\"ADMINISTRATION\"]", "[]", "자치회관에서 열렸다.");
        given().header("Authorization", "Bearer " + ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"방문간호 시범 (작성중)\",\"dongCode\":\"1174051500\",\"field\":\"HEALTH\",\"body\":\"방문간호\"}")
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201);

        // Newest first without q, the unpublished one invisible without a token.
        given().queryParam("district", "11740")
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(unrelated, inBody, inTitle));
        // 방문간호 is part of 방문간호사: both match; the title match first though it is older.
        given().queryParam("district", "11740")
                .queryParam("q", "방문간호")
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(inTitle, inBody));
        // Every word must occur (here: body and title).
        given().queryParam("district", "11740")
                .queryParam("q", "방문간호  부엌")
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.id", contains(inBody));
        // Tags are searched too; LIKE wildcards are literal.
        given().queryParam("district", "11740")
                .queryParam("q", "100%")
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("items.id", contains(inBody));
        given().queryParam("district", "11740")
                .queryParam("q", "_")
                .when()
                .get("/api/v1/cases")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // Filters: field (any of the case's fields), tag, year published (Seoul).
        given().queryParam("district", "11740")
                .queryParam("field", "WELFARE")
                .when()
                .get("/api/v1/cases")
                .then()
                .body("items.id", contains(inBody));
        given().queryParam("district", "11740")
                .queryParam("tag", "건강")
                .when()
                .get("/api/v1/cases")
                .then()
                .body("items.id", contains(inTitle));
        int thisYear = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
        given().queryParam("district", "11740")
                .queryParam("year", thisYear)
                .when()
                .get("/api/v1/cases")
                .then()
                .body("total", equalTo(3));
        given().queryParam("district", "11740")
                .queryParam("year", 2016)
                .when()
                .get("/api/v1/cases")
                .then()
                .body("total", equalTo(0));
        // With a token the draft is found as well.
        given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("district", "11740")
                .queryParam("q", "방문간호")
                .when()
                .get("/api/v1/cases")
                .then()
                .body("total", equalTo(3));
        assertProblem(
                given().queryParam("q", "가".repeat(51))
                        .when()
                        .get("/api/v1/cases")
                        .then(),
                400,
                "validation");
    }

    @Test
    void theAtomFeedListsTheLatestPublishedCasesWithStableIdsAndParsesWithRome() throws Exception {
        String id = published(
                "골목 돌봄 지도 <주민>",
                "1129052500",
                "[\"WELFARE\"]",
                "[\"돌봄 지도\"]",
                "## 지도\\n통반장과 **복지플래너**가 함께 그렸다. <script>alert(1)</script>");

        String xml = given().when()
                .get("/api/v1/cases/feed.atom")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml"))
                .extract()
                .asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));

        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("찾아가는 동주민센터 우수사례", feed.getTitle());
        SyndEntry first = feed.getEntries().get(0);
        assertEquals("urn:uuid:" + id, first.getUri());
        assertEquals("골목 돌봄 지도 <주민>", first.getTitle());
        assertTrue(first.getLink().endsWith("/api/v1/cases/" + id), first.getLink());
        String html = first.getContents().get(0).getValue();
        assertTrue(html.contains("<strong>복지플래너</strong>"), html);
        assertTrue(!html.contains("<script"), html);
        assertTrue(first.getCategories().stream().anyMatch(c -> c.getName().equals("WELFARE")));
        assertTrue(first.getCategories().stream().anyMatch(c -> c.getName().equals("돌봄 지도")));
        assertTrue(feed.getEntries().size() <= 50);

        // Read again: the same ids (stable), and only PUBLISHED cases.
        SyndFeed again = new SyndFeedInput()
                .build(new StringReader(
                        given().when().get("/api/v1/cases/feed.atom").asString()));
        assertEquals(
                feed.getEntries().stream().map(SyndEntry::getUri).toList(),
                again.getEntries().stream().map(SyndEntry::getUri).toList());
        step(id, "archive", "\"2\"");
        List<String> after = new SyndFeedInput()
                        .build(new StringReader(
                                given().when().get("/api/v1/cases/feed.atom").asString()))
                        .getEntries()
                        .stream()
                        .map(SyndEntry::getUri)
                        .toList();
        assertTrue(!after.contains("urn:uuid:" + id), "an archived case leaves the feed");
    }
}
