package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/** Issue 23 item 5: indicators defined and revised (§7, Feb–Apr), with yearly targets and their revisions. */
@QuarkusTest
class IndicatorRevisionTest {

    static final String INDICATORS = "/api/v1/indicators";

    @Inject
    DefinedIndicators defined;

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void removeDefined() {
        defined.remove();
    }

    static String freshCode() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    static String newIndicator(String code, String extra) {
        return "{\"code\":\"" + code + "\",\"nameKo\":\"마을계획단 참여 주민 수\",\"nameEn\":\"Village planning team members\","
                + "\"kind\":\"PROCESS\",\"unit\":\"명\",\"scope\":\"DONG\",\"period\":\"HALF_YEAR\",\"min\":0,"
                + "\"description\":\"마을계획단에 참여한 주민 수.\",\"targets\":{\"2016\":300}" + extra + "}";
    }

    static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(INDICATORS);
    }

    static Response patch(String code, String etag, String body) {
        return given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body(body)
                .when()
                .patch(INDICATORS + "/" + code);
    }

    @Test
    void aNewIndicatorIsDefinedWithItsTargetsAndListedAfterThePlans() {
        String code = freshCode();
        post(newIndicator(code, ""))
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("source", equalTo("ENTERED"))
                .body("decimals", equalTo(0))
                .body("targets.2016", equalTo(300));
        given().get(INDICATORS + "/" + code).then().statusCode(200).body("targets.2016", equalTo(300));
        given().queryParam("size", 100)
                .get(INDICATORS)
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code))
                .body("items[0].targets.size()", equalTo(0));
        given().get(INDICATORS + "/" + code + "/revisions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].revisedBy", equalTo("test-city-admin@seoul.go.kr"))
                .body("items[0].changes.find { it.field == 'targets.2016' }.after", equalTo("300"));
    }

    @Test
    void aDuplicateCodeIsAConflictAndADerivedOneIsRuleCode() {
        String code = freshCode();
        post(newIndicator(code, "")).then().statusCode(201);
        assertProblem(post(newIndicator(code, "")).then(), 409, "conflict").body("rule", equalTo("code-taken"));
        assertProblem(post(newIndicator("TRAINING_EXECUTION_RATE", "")).then(), 409, "conflict");
        assertProblem(post(newIndicator(freshCode(), ",\"source\":\"DERIVED\"")).then(), 422, "domain-rule")
                .body("rule", equalTo("derived-by-code"));
        assertProblem(
                post(newIndicator(freshCode(), ",\"unit\":\"%\"").replace("\"unit\":\"명\",", ""))
                        .then(),
                400,
                "validation");
        assertProblem(
                post(newIndicator(freshCode(), "").replace("{\"2016\":300}", "{\"16\":300}"))
                        .then(),
                400,
                "validation");
    }

    @Test
    void aRevisionChangesDefinitionAndTargetsAndIsListedNewestFirst() {
        String code = freshCode();
        post(newIndicator(code, ",\"targets\":{\"2015\":200,\"2016\":300}").replace(",\"targets\":{\"2016\":300}", ""))
                .then()
                .statusCode(201);
        assertProblem(patch(code, "\"7\"", "{\"nameKo\":\"변경\"}").then(), 412, "precondition-failed");
        patch(
                        code,
                        "\"0\"",
                        "{\"nameKo\":\"마을계획단 주민\",\"kind\":\"OUTCOME\",\"targets\":{\"2016\":350,\"2015\":null,\"2017\":400}}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("nameKo", equalTo("마을계획단 주민"))
                .body("kind", equalTo("OUTCOME"))
                .body("targets.2015", nullValue())
                .body("targets.2016", equalTo(350))
                .body("targets.2017", equalTo(400));
        patch(code, "\"1\"", "{\"targets\":{\"2018\":500}}")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        assertProblem(patch(code, "\"2\"", "{\"targets\":{\"2016\":-1}}").then(), 400, "validation");
        assertProblem(patch(code, "\"2\"", "{\"nameKo\":null}").then(), 400, "validation");
        given().get(INDICATORS + "/" + code + "/revisions")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(java.util.List.of("REVISED", "REVISED", "CREATED")))
                .body("items[0].changes.size()", equalTo(1))
                .body("items[0].changes[0].field", equalTo("targets.2018"))
                .body("items[0].changes[0].before", nullValue())
                .body("items[0].changes[0].after", equalTo("500"))
                .body("items[1].changes.find { it.field == 'kind' }.before", equalTo("PROCESS"))
                .body("items[1].changes.find { it.field == 'kind' }.after", equalTo("OUTCOME"))
                .body("items[1].changes.find { it.field == 'targets.2015' }.after", nullValue())
                .body("items[1].changes.find { it.field == 'targets.2016' }.before", equalTo("300"));
        given().queryParam("size", 1)
                .get(INDICATORS + "/" + code + "/revisions")
                .then()
                .body("items.size()", equalTo(1))
                .body("total", equalTo(3));
    }

    @Test
    void aDerivedIndicatorKeepsItsDerivationButItsTextAndTargetsMayChange() {
        String code = "PUBLIC_PRIVATE_COLLABORATION";
        String etag = given().get(INDICATORS + "/" + code)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertProblem(patch(code, etag, "{\"kind\":\"PROCESS\"}").then(), 422, "domain-rule")
                .body("rule", equalTo("derivation-fixed"));
        assertProblem(patch(code, etag, "{\"max\":50}").then(), 422, "domain-rule")
                .body("rule", equalTo("derivation-fixed"));
        String after = patch(code, etag, "{\"targets\":{\"2016\":12}}")
                .then()
                .statusCode(200)
                .body("targets.2016", equalTo(12))
                .body("source", equalTo("DERIVED"))
                .extract()
                .header("ETag");
        patch(code, after, "{\"targets\":{\"2016\":null}}")
                .then()
                .statusCode(200)
                .body("targets.size()", equalTo(0));
        given().get(INDICATORS + "/" + code + "/revisions")
                .then()
                .statusCode(200)
                .body("items[0].revisedBy", equalTo("test-city-admin@seoul.go.kr"))
                .body("items[0].changes[0].before", equalTo("12"));
    }

    @Test
    void onlyCityAdminsDefineOrRevise() {
        String code = freshCode();
        given().auth()
                .oauth2(Tokens.of(Roles.MONITOR))
                .contentType(ContentType.JSON)
                .body(newIndicator(code, ""))
                .post(INDICATORS)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.of(Roles.MONITOR))
                .get(INDICATORS + "/WELFARE_PLANNER_VISITS/revisions")
                .then()
                .statusCode(200);
        assertProblem(given().get(INDICATORS + "/NO_SUCH/revisions").then(), 404, "not-found");
    }
}
