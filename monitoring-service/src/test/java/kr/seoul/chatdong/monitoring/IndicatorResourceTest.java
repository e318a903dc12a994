package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.testing.Tokens;

/**
 * The indicators of the 2016 plan's §7 and their entered values: the definitions as seeded, and
 * every rule a PUT of a value meets (range, rate, period form, scope, program roll-out, district,
 * derived indicators, If-Match), through the API.
 */
@QuarkusTest
class IndicatorResourceTest {

    static final String INDICATORS = "/api/v1/indicators";
    /** 성북구 (phase 1 from 2015-07): 삼선동, 동선동, 돈암1동. */
    static final String SAMSEON = "1129055500";

    static final String DONGSEON = "1129057500";
    static final String DONAM1 = "1129058000";
    /** 종로구 사직동: no roll-out phase, so outside the program. */
    static final String SAJIK = "1111053000";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String valuePath(String code, String scope, String period) {
        return INDICATORS + "/" + code + "/values/" + scope + "/" + period;
    }

    static Response put(String code, String scope, String period, String value) {
        return given().contentType(ContentType.JSON)
                .body("{\"value\": " + value + "}")
                .when()
                .put(valuePath(code, scope, period));
    }

    /** The JSON number at {@code field} exactly as written (90.0 stays 90.0, 3 stays 3). */
    static String number(Response response, String field) throws Exception {
        return JSON.readTree(response.asString()).get(field).asText();
    }

    @Test
    void theFourteenIndicatorsAreSeededProcessFirstInThePlansOrder() {
        given().when()
                .get(INDICATORS)
                .then()
                .statusCode(200)
                .body("total", equalTo(14))
                .body(
                        "items.code",
                        equalTo(List.of(
                                "WELFARE_PLANNER_VISIT_RATE",
                                "WELFARE_PLANNER_VISITS",
                                "VISITING_NURSE_CASELOAD",
                                "CASE_MANAGEMENT_MEETINGS",
                                "RESIDENT_PROJECTS_FOUND",
                                "VILLAGE_PLANNING_TEAMS_FORMED",
                                "TRAINING_EXECUTION_RATE",
                                "BEST_PRACTICE_CASES_PUBLISHED",
                                "HEALTH_PREVALENCE",
                                "COMPLAINTS_REDUCED_BY_REDESIGN",
                                "RESIDENT_NETWORK_GROWTH",
                                "PUBLIC_PRIVATE_COLLABORATION",
                                "INTER_DEPARTMENT_COLLABORATION",
                                "CAPACITY_BUILT_BY_TRAINING")))
                .body("items[0].nameKo", equalTo("복지플래너 방문율"))
                .body("items[0].nameEn", equalTo("Welfare-planner visit rate"))
                .body("items[0].kind", equalTo("PROCESS"))
                .body("items[0].unit", equalTo("%"))
                .body("items[0].scope", equalTo("DONG"))
                .body("items[0].period", equalTo("MONTH"))
                .body("items[0].min", equalTo(0))
                .body("items[0].max", equalTo(100))
                .body("items[0].decimals", equalTo(1))
                .body("items[0].targets.size()", equalTo(0))
                .body("items[0].source", equalTo("ENTERED"))
                .body("items[6].nameKo", equalTo("교육실행율"))
                .body("items[6].source", equalTo("DERIVED"))
                .body("items[11].nameKo", equalTo("민관 협력"))
                .body("items[11].period", equalTo("HALF_YEAR"))
                .body("items[11].max", nullValue());
        given().queryParam("kind", "OUTCOME")
                .when()
                .get(INDICATORS)
                .then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("items[0].code", equalTo("HEALTH_PREVALENCE"))
                .body("items[0].nameKo", equalTo("건강유병율"))
                .body("items[5].nameKo", equalTo("교육을 통한 역량강화"))
                .body("items[5].unit", equalTo("점"))
                .body("items[5].decimals", equalTo(2));
        given().queryParam("kind", "PROCESS")
                .queryParam("size", 3)
                .queryParam("page", 2)
                .when()
                .get(INDICATORS)
                .then()
                .statusCode(200)
                .body("total", equalTo(8))
                .body("items.code", equalTo(List.of("TRAINING_EXECUTION_RATE", "BEST_PRACTICE_CASES_PUBLISHED")));
        assertProblem(given().queryParam("kind", "INPUT").when().get(INDICATORS).then(), 400, "validation")
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void oneIndicatorAnswersWithItsETagAnUnknownCodeIsNotFound() {
        given().when()
                .get(INDICATORS + "/TRAINING_EXECUTION_RATE")
                .then()
                .statusCode(200)
                // revised once, by V15: its description is cohorts held ÷ planned now
                .header("ETag", "\"1\"")
                .body("code", equalTo("TRAINING_EXECUTION_RATE"))
                .body("scope", equalTo("DISTRICT"))
                .body("period", equalTo("YEAR"))
                .body("source", equalTo("DERIVED"))
                .body("description", containsString("실행 기수 ÷ 계획 기수 × 100 (cohorts held ÷ cohorts planned)"));
        assertProblem(given().when().get(INDICATORS + "/NO_SUCH_INDICATOR").then(), 404, "not-found");
        assertProblem(
                given().when().get(INDICATORS + "/NO_SUCH_INDICATOR/values").then(), 404, "not-found");
    }

    @Test
    void aValueIsRecordedOnceThenChangedOnlyWithTheCurrentETag() throws Exception {
        Response created = put("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05", "87.5");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", endsWith(valuePath("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05")))
                .body("indicatorCode", equalTo("WELFARE_PLANNER_VISIT_RATE"))
                .body("scopeCode", equalTo(SAMSEON))
                .body("districtCode", equalTo("11290"))
                .body("period", equalTo("2016-05"))
                .body("sourceEventId", nullValue());
        assertEquals("87.5", number(created, "value"));
        given().when()
                .get(valuePath("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");

        assertProblem(
                        put("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05", "90")
                                .then(),
                        428,
                        "precondition-required")
                .body("currentETag", equalTo("\"0\""));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"7\"")
                        .body("{\"value\": 90}")
                        .when()
                        .put(valuePath("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05"))
                        .then(),
                412,
                "precondition-failed");
        Response changed = given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"value\": 90}")
                .when()
                .put(valuePath("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05"));
        changed.then().statusCode(200).header("ETag", "\"1\"");
        assertEquals("90.0", number(changed, "value"), "stored with the indicator's one decimal");
        assertEquals(
                "90.0",
                number(given().when().get(valuePath("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-05")), "value"));
        assertProblem(
                given().when()
                        .get(valuePath("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-04"))
                        .then(),
                404,
                "not-found");
    }

    @Test
    void valuesOutOfRangeARateAbove100AndTooManyDecimalsAreRefusedNamingTheRule() {
        assertProblem(
                        put("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-06", "100.5")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", equalTo("is a rate (%) and cannot exceed 100; 100.5 was sent"));
        assertProblem(put("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06", "-1").then(), 400, "validation")
                .body("errors[0].message", equalTo("must be at least 0 회"));
        assertProblem(
                        put("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06", "1000000000")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].message", equalTo("must be at most 999999999 회"));
        assertProblem(put("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06", "2.5").then(), 400, "validation")
                .body("errors[0].message", equalTo("must be a whole number (회)"));
        assertProblem(
                        put("CAPACITY_BUILT_BY_TRAINING", "11290", "2017", "100.01")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].message", equalTo("must be at most 100 점"));
        assertProblem(put("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06", "null").then(), 400, "validation")
                .body("errors[0].field", equalTo("value"));
        assertProblem(
                put("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06", "\"many\"").then(), 400, "malformed-body");
        assertProblem(
                given().when()
                        .get(valuePath("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06"))
                        .then(),
                404,
                "not-found");
        put("WELFARE_PLANNER_VISITS", SAMSEON, "2016-06", "100").then().statusCode(201);
    }

    @Test
    void aPeriodOrScopeCodeOfTheWrongFormIsRefusedNamingTheFormExpected() {
        assertProblem(
                        put("WELFARE_PLANNER_VISIT_RATE", SAMSEON, "2016-H1", "50")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("period"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "'2016-H1' is not a month: this indicator is recorded per month, written YYYY-MM (e.g. 2016-05)"));
        assertProblem(put("RESIDENT_PROJECTS_FOUND", SAMSEON, "2016-05", "3").then(), 400, "validation")
                .body("errors[0].message", containsString("written YYYY-H1 or YYYY-H2 (e.g. 2016-H1)"));
        assertProblem(
                        put("CAPACITY_BUILT_BY_TRAINING", "11290", "2016-13", "50")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("period"));
        assertProblem(put("VILLAGE_PLANNING_TEAMS_FORMED", SAMSEON, "2016", "3").then(), 400, "validation")
                .body("errors[0].field", equalTo("scopeCode"))
                .body("errors[0].message", containsString("is recorded per district: give a 5-digit 자치구 code"));
        assertProblem(put("WELFARE_PLANNER_VISITS", "11290", "2016-05", "3").then(), 400, "validation")
                .body("errors[0].field", equalTo("scopeCode"));
        assertProblem(
                        put("WELFARE_PLANNER_VISITS", "1129099999", "2016-05", "3")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("scopeCode"));
        assertProblem(put("NO_SUCH_INDICATOR", SAMSEON, "2016-05", "3").then(), 404, "not-found");
    }

    @Test
    void aDongOutsideTheProgramInThatPeriodIsRefusedByTheProgramRule() {
        assertProblem(put("WELFARE_PLANNER_VISITS", SAJIK, "2016-05", "3").then(), 422, "domain-rule")
                .body(
                        "detail",
                        containsString("Rule 'in the program': dong 1111053000 (종로구 사직동) has no roll-out phase"));
        // 성북구 joined in phase 1, from July 2015
        assertProblem(put("WELFARE_PLANNER_VISITS", DONGSEON, "2015-06", "3").then(), 422, "domain-rule")
                .body(
                        "detail",
                        equalTo(
                                "Rule 'in the program in that period': dong 1129057500 (성북구 동선동) joined the program in phase 1, "
                                        + "from 2015-07; period 2015-06 ends before that"));
        put("WELFARE_PLANNER_VISITS", DONGSEON, "2015-07", "3").then().statusCode(201);

        // 동대문구 제기동 joins in phase 2 (from July 2016): its first half of 2016 is before, its second half in
        given().contentType(ContentType.JSON)
                .body("{\"phase\": 2}")
                .when()
                .put("/api/v1/dongs/1123054500/rollout")
                .then()
                .statusCode(200);
        assertProblem(
                        put("RESIDENT_PROJECTS_FOUND", "1123054500", "2016-H1", "2")
                                .then(),
                        422,
                        "domain-rule")
                .body(
                        "detail",
                        containsString("joined the program in phase 2, from 2016-07; period 2016-H1 ends before that"));
        put("RESIDENT_PROJECTS_FOUND", "1123054500", "2016-H2", "2").then().statusCode(201);
        // a district is in the program from its earliest dong's phase
        put("INTER_DEPARTMENT_COLLABORATION", "11230", "2016-H2", "4").then().statusCode(201);
        assertProblem(
                put("INTER_DEPARTMENT_COLLABORATION", "11110", "2016-H2", "4").then(), 422, "domain-rule");
    }

    @Test
    void districtOfficersRecordTheirOwnDistrictOnlyAndDerivedIndicatorsNoOne() {
        assertProblem(
                        given().auth()
                                .oauth2(Tokens.districtOfficer("11200"))
                                .contentType(ContentType.JSON)
                                .body("{\"value\": 12}")
                                .when()
                                .put(valuePath("VISITING_NURSE_CASELOAD", DONAM1, "2016-05"))
                                .then(),
                        403,
                        "forbidden")
                .body("detail", equalTo("Your token is limited to district 11200; this is district 11290"));
        given().auth()
                .oauth2(Tokens.districtOfficer("11290"))
                .contentType(ContentType.JSON)
                .body("{\"value\": 12}")
                .when()
                .put(valuePath("VISITING_NURSE_CASELOAD", DONAM1, "2016-05"))
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Tokens.districtOfficer("11290"))
                .contentType(ContentType.JSON)
                .body("{\"value\": 93.08}")
                .when()
                .put(valuePath("CAPACITY_BUILT_BY_TRAINING", "11290", "2016"))
                .then()
                .statusCode(201)
                .body("districtCode", equalTo("11290"));
        assertProblem(
                given().auth()
                        .oauth2(Tokens.of("monitor"))
                        .contentType(ContentType.JSON)
                        .body("{\"value\": 12}")
                        .when()
                        .put(valuePath("VISITING_NURSE_CASELOAD", DONAM1, "2016-06"))
                        .then(),
                403,
                "forbidden");

        for (String derived : List.of(
                "TRAINING_EXECUTION_RATE/values/11290/2016",
                "PUBLIC_PRIVATE_COLLABORATION/values/11290/2016-H1",
                "BEST_PRACTICE_CASES_PUBLISHED/values/11290/2016")) {
            assertProblem(
                            given().contentType(ContentType.JSON)
                                    .body("{\"value\": 5}")
                                    .when()
                                    .put(INDICATORS + "/" + derived)
                                    .then(),
                            409,
                            "conflict")
                    .body("detail", containsString("is derived from other services' events; its values are read-only"));
        }
    }

    @Test
    void valuesAreListedNewestPeriodFirstThenByScopeAndFilteredByPeriodAndDistrict() {
        put("CASE_MANAGEMENT_MEETINGS", DONGSEON, "2016-03", "4").then().statusCode(201);
        put("CASE_MANAGEMENT_MEETINGS", "1129052500", "2016-03", "2").then().statusCode(201);
        put("CASE_MANAGEMENT_MEETINGS", DONGSEON, "2016-04", "5").then().statusCode(201);
        put("CASE_MANAGEMENT_MEETINGS", "1120059000", "2016-04", "1").then().statusCode(201); // 성동구 마장동
        String values = INDICATORS + "/CASE_MANAGEMENT_MEETINGS/values";

        given().when()
                .get(values)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.period", equalTo(List.of("2016-04", "2016-04", "2016-03", "2016-03")))
                .body("items.scopeCode", equalTo(List.of("1120059000", DONGSEON, "1129052500", DONGSEON)))
                .body("items.value", equalTo(List.of(1, 5, 2, 4)));
        given().queryParam("period", "2016-03")
                .when()
                .get(values)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.scopeCode", equalTo(List.of("1129052500", DONGSEON)));
        given().queryParam("districtCode", "11200")
                .when()
                .get(values)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].districtCode", equalTo("11200"));
        given().queryParam("districtCode", "11290")
                .queryParam("period", "2016-04")
                .when()
                .get(values)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].scopeCode", equalTo(DONGSEON));
        given().queryParam("size", 1)
                .queryParam("page", 1)
                .when()
                .get(values)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items[0].scopeCode", equalTo(DONGSEON));
        assertProblem(given().queryParam("period", "2016").when().get(values).then(), 400, "validation")
                .body("errors[0].field", equalTo("period"));
        assertProblem(
                        given().queryParam("districtCode", "99999")
                                .when()
                                .get(values)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("districtCode"));
        assertProblem(
                given().queryParam("dongCode", DONGSEON).when().get(values).then(), 400, "validation");
    }

    @Test
    void hostileValuesGetProblemsNeverFailures() throws Exception {
        List<String> hostile = List.of(
                "\"\"",
                "\" \"",
                "\"x\"",
                "\"'; DROP TABLE indicator_value; --\"",
                "\"NaN\"",
                "-1",
                "0",
                "101",
                "2147483648",
                "-1e308",
                "1e308",
                "1e-400",
                "3.5",
                "true",
                "[]",
                "{}",
                "{\"a\":1}",
                "\"9999999999\"",
                "1" + "0".repeat(900));
        List<String> failures = new ArrayList<>();
        for (String value : hostile) {
            ValidatableResponse response = given().contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body("{\"value\": " + value + "}")
                    .when()
                    .put(valuePath("RESIDENT_NETWORK_GROWTH", DONAM1, "2016-H1"))
                    .then();
            int status = response.extract().statusCode();
            String body = response.extract().asString();
            if (status >= 500
                    || (status >= 400 && !response.extract().contentType().contains("application/problem+json"))
                    || body.contains("Exception")
                    || body.contains("PSQL")) {
                failures.add(value + " → " + status + " " + body);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("not json")
                        .when()
                        .put(valuePath("RESIDENT_NETWORK_GROWTH", DONAM1, "2016-H2"))
                        .then(),
                400,
                "malformed-body");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"value\": 3, \"unit\": \"명\"}")
                        .when()
                        .put(valuePath("RESIDENT_NETWORK_GROWTH", DONAM1, "2016-H2"))
                        .then(),
                400,
                "malformed-body");
    }
}
