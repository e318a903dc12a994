package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 발굴단: one member per district at a time; nominations from monitoring go to the district's active
 * member, or stay unassigned; the member writes its district's cases with its own token.
 * (강북구 11305 and 도봉구 11320 are used by no other test.)
 */
@QuarkusTest
class DiscoveryTeamTest {

    static final String ADMIN = Tokens.cityAdmin();
    static final String MEMBER_SUBJECT = "discovery-11305@seoul.go.kr";
    static final String MEMBER = Tokens.withSubject("discovery-team", MEMBER_SUBJECT);

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

    /** A round.completed whose two excellent pairs (WELFARE 95, HEALTH 90) are in {@code dongCode}. */
    static String roundIn(String dongCode, String districtCode) throws Exception {
        String roundId = UUID.randomUUID().toString();
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.ROUND_COMPLETED.type(), roundId);
        String payload = EventContracts.example(EventCatalog.ROUND_COMPLETED, "roundId", roundId)
                .replace("1129052500", dongCode)
                .replace("\"11290\"", "\"" + districtCode + "\"");
        TestKafka.send("monitoring.rounds", roundId, headers, payload);
        return roundId;
    }

    @Test
    void oneMemberPerDistrictGetsItsNominationsAndWritesItsDistrictsCases() throws Exception {
        String member = as(
                        ADMIN,
                        "POST",
                        "/api/v1/discovery-team/members",
                        null,
                        "{\"name\":\"김발굴\",\"districtCode\":\"11305\",\"subject\":\"" + MEMBER_SUBJECT
                                + "\",\"activeFrom\":\"2016-01-01\"}")
                .statusCode(201)
                .body("activeTo", nullValue())
                .extract()
                .path("id");
        assertProblem(
                        as(
                                ADMIN,
                                "POST",
                                "/api/v1/discovery-team/members",
                                null,
                                "{\"name\":\"이중복\",\"districtCode\":\"11305\",\"subject\":\"other\",\"activeFrom\":\"2016-06-01\",\"activeTo\":\"2016-06-30\"}"),
                        409,
                        "conflict")
                .body("conflictingMemberId", equalTo(member));
        as(
                        ADMIN,
                        "POST",
                        "/api/v1/discovery-team/members",
                        null,
                        "{\"name\":\"박전임\",\"districtCode\":\"11305\",\"subject\":\"former\",\"activeFrom\":\"2015-07-01\",\"activeTo\":\"2015-12-31\"}")
                .statusCode(201);
        assertProblem(
                as(
                        ADMIN,
                        "POST",
                        "/api/v1/discovery-team/members",
                        null,
                        "{\"name\":\"거꾸로\",\"districtCode\":\"11320\",\"subject\":\"x\",\"activeFrom\":\"2016-06-01\",\"activeTo\":\"2016-05-01\"}"),
                400,
                "validation");
        as(ADMIN, "GET", "/api/v1/discovery-team/members?district=11305&activeOn=2016-03-01", null, null)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(member));

        // A nomination in 강북구 goes to its member; one in 도봉구 (no member) stays unassigned.
        String assignedRound = roundIn("1130553400", "11305");
        String unassignedRound = roundIn("1132051100", "11320");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(ADMIN, "GET", "/api/v1/cases?roundId=" + assignedRound, null, null)
                        .body("total", equalTo(2))
                        .body("items.assigneeId", everyItem(equalTo(member))));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(ADMIN, "GET", "/api/v1/cases?roundId=" + unassignedRound, null, null)
                        .body("total", equalTo(2))
                        .body("items.assigneeId", everyItem(nullValue())));
        as(ADMIN, "GET", "/api/v1/cases?district=11320&assigned=false", null, null)
                .body("total", equalTo(2));
        as(ADMIN, "GET", "/api/v1/cases?assigneeId=" + member, null, null).body("total", equalTo(2));
        as(ADMIN, "GET", "/api/v1/discovery-team/workload?district=11305", null, null)
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.memberId == '" + member + "' }.nominated", equalTo(2))
                .body("items.find { it.memberId == '" + member + "' }.open", equalTo(2))
                .body("items.find { it.memberId == '" + member + "' }.drafting", equalTo(0));

        // The member (its token's subject) writes and starts its district's cases, not another district's.
        String nomination = as(ADMIN, "GET", "/api/v1/cases?roundId=" + assignedRound + "&field=WELFARE", null, null)
                .extract()
                .path("items[0].id");
        as(MEMBER, "POST", "/api/v1/cases/" + nomination + "/start", "\"0\"", null)
                .statusCode(200)
                .body("status", equalTo("DRAFTING"));
        as(ADMIN, "GET", "/api/v1/discovery-team/workload?district=11305&activeOn=2016-03-01", null, null)
                .body("total", equalTo(1))
                .body("items[0].nominated", equalTo(1))
                .body("items[0].drafting", equalTo(1));
        as(
                        MEMBER,
                        "POST",
                        "/api/v1/cases",
                        null,
                        "{\"title\":\"삼양동 골목 반상회\",\"dongCode\":\"1130553400\",\"field\":\"VILLAGE\"}")
                .statusCode(201);
        assertProblem(
                as(
                        MEMBER,
                        "POST",
                        "/api/v1/cases",
                        null,
                        "{\"title\":\"창1동 사례\",\"dongCode\":\"1132051100\",\"field\":\"VILLAGE\"}"),
                403,
                "forbidden");

        // A 도봉구 nomination cannot go to the 강북구 member; an editor takes it back to unassigned.
        String dobong = as(ADMIN, "GET", "/api/v1/cases?roundId=" + unassignedRound + "&field=WELFARE", null, null)
                .extract()
                .path("items[0].id");
        assertProblem(
                        as(
                                Tokens.of(Roles.EDITOR),
                                "POST",
                                "/api/v1/cases/" + dobong + "/assign",
                                "\"0\"",
                                "{\"memberId\":\"" + member + "\"}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("member-of-another-district"));

        // Ending the period lets a successor start the day after.
        as(ADMIN, "PATCH", "/api/v1/discovery-team/members/" + member, "\"0\"", "{\"activeTo\":\"2016-12-31\"}")
                .statusCode(200)
                .body("activeTo", equalTo("2016-12-31"));
        as(
                        ADMIN,
                        "POST",
                        "/api/v1/discovery-team/members",
                        null,
                        "{\"name\":\"최후임\",\"districtCode\":\"11305\",\"subject\":\"successor\",\"activeFrom\":\"2017-01-01\"}")
                .statusCode(201);
        assertProblem(
                as(
                        ADMIN,
                        "PATCH",
                        "/api/v1/discovery-team/members/" + member,
                        "\"1\"",
                        "{\"activeTo\":\"2017-01-01\"}"),
                409,
                "conflict");
    }
}
