package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseWorkflowTest.as;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 우수사례 공유대회: only cases published in the period enter, once; editors and named judges score;
 * the ranking's ties are broken by the documented rule; publishing the results freezes the scores
 * and emits contest.results-published.
 */
@QuarkusTest
class ContestTest {

    static final String EDITOR = Tokens.withSubject(Roles.EDITOR, "editor-kim");
    static final String JUDGE = Tokens.withSubject(Roles.MONITOR, "judge-park@seoul.go.kr");
    static final String OFFICER = Tokens.districtOfficer("11290");

    /** A case published now (by an editor), in 성북구's 1129052500. */
    static String published(String title) {
        String id = as(
                        EDITOR,
                        "POST",
                        "/api/v1/cases",
                        null,
                        "{\"title\":\"" + title + "\",\"dongCode\":\"1129052500\",\"field\":\"WELFARE\","
                                + "\"body\":\"방문간호사와 함께\"}")
                .statusCode(201)
                .extract()
                .path("id");
        as(EDITOR, "POST", "/api/v1/cases/" + id + "/submit", "\"0\"", null).statusCode(200);
        as(EDITOR, "POST", "/api/v1/cases/" + id + "/publish", "\"1\"", "{}").statusCode(200);
        return id;
    }

    static String contest(LocalDate from, LocalDate to) {
        return as(
                        EDITOR,
                        "POST",
                        "/api/v1/contests",
                        null,
                        "{\"name\":\"우수사례 공유대회\",\"eligibleFrom\":\"" + from + "\",\"eligibleTo\":\"" + to
                                + "\",\"criteria\":[{\"name\":\"확산 가능성\",\"weight\":2},{\"name\":\"주민 참여\",\"weight\":1}]}")
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String enter(String contestId, String caseId) {
        return as(EDITOR, "POST", "/api/v1/contests/" + contestId + "/entries", null, "{\"caseId\":\"" + caseId + "\"}")
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String scores(int spread, int participation) {
        return "{\"scores\":[{\"criterion\":\"확산 가능성\",\"score\":" + spread + "},{\"criterion\":\"주민 참여\",\"score\":"
                + participation + "}]}";
    }

    @Test
    void onlyCasesPublishedInThePeriodEnterAndOnlyOnce() {
        String caseId = published("골목 돌봄 지도");
        String plans = as(Tokens.cityAdmin(), "POST", "/api/v1/contests", null, """
                {"name":"2016 찾아가는 동주민센터 우수사례 공유대회","eligibleFrom":"2015-07-01","eligibleTo":"2016-06-30",
                 "criteria":[{"name":"성과","weight":40},{"name":"확산 가능성","weight":30},{"name":"주민 참여","weight":30}]}""")
                .statusCode(201)
                .body("criteria.name", contains("성과", "확산 가능성", "주민 참여"))
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/contests/" + plans + "/entries",
                                null,
                                "{\"caseId\":\"" + caseId + "\"}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("published-outside-period"))
                .body("detail", containsString("outside the contest's period 2015-07-01 to 2016-06-30"));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        String open = contest(today.minusDays(1), today.plusDays(1));
        String draft = as(
                        EDITOR,
                        "POST",
                        "/api/v1/cases",
                        null,
                        "{\"title\":\"초안\",\"dongCode\":\"1129052500\",\"field\":\"VILLAGE\"}")
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/contests/" + open + "/entries",
                                null,
                                "{\"caseId\":\"" + draft + "\"}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("case-not-published"))
                .body("detail", containsString("DRAFTING"));
        String entry = enter(open, caseId);
        assertProblem(
                as(EDITOR, "POST", "/api/v1/contests/" + open + "/entries", null, "{\"caseId\":\"" + caseId + "\"}"),
                409,
                "conflict");
        // A district officer enters only its own district's cases.
        assertProblem(
                as(
                        Tokens.districtOfficer("11110"),
                        "POST",
                        "/api/v1/contests/" + open + "/entries",
                        null,
                        "{\"caseId\":\"" + published("다른 구의 사례") + "\"}"),
                403,
                "forbidden");
        as(EDITOR, "GET", "/api/v1/contests/" + open + "/entries", null, null)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(entry))
                .body("items[0].districtCode", equalTo("11290"));
        assertProblem(
                as(
                        EDITOR,
                        "POST",
                        "/api/v1/contests",
                        null,
                        "{\"name\":\"x\",\"eligibleFrom\":\"2016-06-30\",\"eligibleTo\":\"2015-07-01\","
                                + "\"criteria\":[{\"name\":\"성과\",\"weight\":1}]}"),
                400,
                "validation");
        assertProblem(
                as(
                        OFFICER,
                        "POST",
                        "/api/v1/contests",
                        null,
                        "{\"name\":\"x\",\"eligibleFrom\":\"2015-07-01\",\"eligibleTo\":\"2016-06-30\","
                                + "\"criteria\":[{\"name\":\"성과\",\"weight\":1}]}"),
                403,
                "forbidden");
    }

    @Test
    void judgesScoreTiesAreBrokenByTheRuleAndPublishedResultsAreFrozen() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        String contest = contest(today, today);
        String x = published("X 사례");
        String y = published("Y 사례");
        String z = published("Z 사례");
        String ex = enter(contest, x);
        String ey = enter(contest, y);
        String ez = enter(contest, z);
        String path = "/api/v1/contests/" + contest;

        // A monitor's token is no judge until named; a district officer is none.
        assertProblem(as(JUDGE, "PUT", path + "/entries/" + ex + "/scores", null, scores(4, 4)), 403, "forbidden");
        as(EDITOR, "POST", path + "/judges", null, "{\"subject\":\"judge-park@seoul.go.kr\",\"name\":\"박심사\"}")
                .statusCode(201);
        assertProblem(
                as(EDITOR, "POST", path + "/judges", null, "{\"subject\":\"judge-park@seoul.go.kr\",\"name\":\"박심사\"}"),
                409,
                "conflict");
        assertProblem(as(OFFICER, "PUT", path + "/entries/" + ex + "/scores", null, scores(5, 5)), 403, "forbidden");
        assertProblem(
                        as(
                                EDITOR,
                                "PUT",
                                path + "/entries/" + ex + "/scores",
                                null,
                                "{\"scores\":[{\"criterion\":\"확산 가능성\",\"score\":4}]}"),
                        400,
                        "validation")
                .body("detail", containsString("주민 참여"));
        assertProblem(as(EDITOR, "PUT", path + "/entries/" + ex + "/scores", null, scores(6, 4)), 400, "validation");

        // X: two judges, 4 and 4 → 4.00. Y: one judge, 5 (weight 2) and 2 (weight 1) → 12/3 = 4.00.
        // Z: one judge, first 1/1, then replaced by 4/4 → 4.00. All three tie on the score.
        as(EDITOR, "PUT", path + "/entries/" + ex + "/scores", null, scores(4, 4))
                .statusCode(200)
                .body("judge", equalTo("editor-kim"));
        as(JUDGE, "PUT", path + "/entries/" + ex + "/scores", null, scores(4, 4))
                .statusCode(200)
                .body("judge", equalTo("judge-park@seoul.go.kr"));
        as(EDITOR, "PUT", path + "/entries/" + ey + "/scores", null, scores(5, 2))
                .statusCode(200);
        as(EDITOR, "PUT", path + "/entries/" + ez + "/scores", null, scores(1, 1))
                .statusCode(200);
        as(EDITOR, "PUT", path + "/entries/" + ez + "/scores", null, scores(4, 4))
                .statusCode(200)
                .body("scores.score", contains(4, 4));

        // Y first (higher mean on the heaviest criterion, 5 > 4); X before Z (two judges against one).
        as(EDITOR, "GET", path + "/ranking", null, null)
                .statusCode(200)
                .body("items.entryId", contains(ey, ex, ez))
                .body("items.rank", contains(1, 2, 3))
                .body("items.score", contains(4, 4, 4))
                .body("items.judges", contains(1, 2, 1))
                .body("items.award", contains("대상", "최우수상", "우수상"))
                .body("items[0].criteria.mean", contains(5, 2))
                .body("rule", containsString("highest-weighted criterion"));

        assertProblem(as(EDITOR, "POST", path + "/publish-results", null, null), 428, "precondition-required");
        as(EDITOR, "POST", path + "/publish-results", "\"0\"", null)
                .statusCode(200)
                .body("status", equalTo("RESULTS_PUBLISHED"));
        assertProblem(as(EDITOR, "PUT", path + "/entries/" + ex + "/scores", null, scores(1, 1)), 409, "conflict");
        assertProblem(
                as(EDITOR, "POST", path + "/entries", null, "{\"caseId\":\"" + published("늦은 사례") + "\"}"),
                409,
                "conflict");
        assertProblem(as(EDITOR, "POST", path + "/publish-results", "\"1\"", null), 409, "conflict");
        as(EDITOR, "GET", path + "/ranking", null, null).statusCode(200).body("items.entryId", contains(ey, ex, ez));
        as(EDITOR, "GET", "/api/v1/contests?status=RESULTS_PUBLISHED&size=200", null, null)
                .statusCode(200)
                .body("items.id", hasItem(contest));
        given().when().get(path).then().statusCode(401);

        List<ConsumerRecord<String, String>> events = TestKafka.await(
                EventCatalog.CONTEST_RESULTS_PUBLISHED.topic(),
                r -> contest.equals(r.key()),
                1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals(EventCatalog.CONTEST_RESULTS_PUBLISHED.type(), TestKafka.header(events.get(0), "ce_type"));
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.CONTEST_RESULTS_PUBLISHED, events.get(0).value())));
        JsonPath event = JsonPath.from(events.get(0).value());
        assertEquals(List.of(y, x, z), event.getList("ranking.caseId"));
        assertEquals(List.of(1, 2, 3), event.getList("ranking.rank"));
        assertEquals(List.of("대상", "최우수상", "우수상"), event.getList("ranking.award"));
        assertEquals("1129052500", event.getString("ranking[0].dongCode"));
        assertEquals(4.0, event.getDouble("ranking[0].score"));
        assertEquals(today.toString(), event.getString("eligibleFrom"));
    }
}
