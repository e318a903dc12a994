package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** A round's scope: a list of dongs (as before), districts, or the roll-out phases up to N. */
@QuarkusTest
class RoundScopeTest {

    private static final String HEAD =
            "{\"name\":\"2016년 2차 모니터링\",\"startsOn\":\"2016-02-01\",\"endsOn\":\"2016-03-31\",";

    @BeforeEach
    void setUp() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void tearDown() {
        Tokens.actAnonymously();
    }

    private static io.restassured.response.ValidatableResponse plan(String scope) {
        return given().contentType(ContentType.JSON)
                .body(HEAD + scope + "}")
                .when()
                .post("/api/v1/rounds")
                .then();
    }

    @Test
    void aListOfDongsWorksAsBefore() {
        plan("\"dongCodes\":[\"1129052500\",\"1120059000\"]")
                .statusCode(201)
                .body("scope.kind", equalTo("DONGS"))
                .body("scope.districtCodes", nullValue())
                .body("scope.upToPhase", nullValue())
                .body("dongCount", equalTo(2))
                .body("dongCodes", contains("1120059000", "1129052500"));
    }

    @Test
    void districtsTakeAllTheirDongs() {
        int seongbuk = given().when()
                .get("/api/v1/dongs?districtCode=11290&size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        plan("\"districtCodes\":[\"11290\"]")
                .statusCode(201)
                .body("scope.kind", equalTo("DISTRICTS"))
                .body("scope.districtCodes", contains("11290"))
                .body("dongCount", equalTo(seongbuk))
                .body("dongCodes", hasItem("1129052500"));
        plan("\"districtCodes\":[\"11290\",\"99999\"]")
                .statusCode(400)
                .body("errors.field", hasItem("districtCodes[1]"));
        plan("\"districtCodes\":[\"11290\",\"11290\"]")
                .statusCode(400)
                .body("errors.field", hasItem("districtCodes[1]"));
    }

    @Test
    void aPhaseTakesEveryDongAssignedUpToItWhenPlanned() {
        List<Integer> assigned = given().when()
                .get("/api/v1/rollout-phases")
                .then()
                .statusCode(200)
                .extract()
                .path("items.assignedDongs");
        List<String> phaseOne = given().when()
                .get("/api/v1/dongs?phase=1&size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        List<String> round = plan("\"upToPhase\":1")
                .statusCode(201)
                .body("scope.kind", equalTo("PHASE"))
                .body("scope.upToPhase", equalTo(1))
                .body("scope.districtCodes", nullValue())
                .body("dongCount", equalTo(assigned.get(0)))
                .extract()
                .path("dongCodes");
        assertEquals(new TreeSet<>(phaseOne), new TreeSet<>(round), "phase 1: the dongs assigned to phase 1 now");
        plan("\"upToPhase\":2").statusCode(201).body("dongCount", equalTo(assigned.get(1)));
        plan("\"upToPhase\":4").statusCode(400).body("errors.field", hasItem("upToPhase"));
        plan("\"upToPhase\":0").statusCode(400).body("errors.field", hasItem("upToPhase"));
    }

    @Test
    void anEmptyScopeIs422AndTwoScopesOrNoneAre400() {
        long before = MonitoringFixtures.total("/api/v1/rounds");
        assertProblem(plan("\"dongCodes\":[]"), 422, "domain-rule").body("rule", equalTo("empty-scope"));
        assertProblem(plan("\"dongCodes\":[\"1129052500\"],\"upToPhase\":1"), 400, "validation");
        assertProblem(plan("\"districtCodes\":[\"11290\"],\"upToPhase\":1"), 400, "validation");
        assertProblem(plan("\"dongCodes\":[\"1129052500\"],\"districtCodes\":[\"11290\"]"), 400, "validation");
        assertProblem(plan("\"underperformingBelow\":60"), 400, "validation");
        assertEquals(before, MonitoringFixtures.total("/api/v1/rounds"), "nothing stored by a refused request");
    }

    /** Clients generated from /q/openapi send [] for each list they were not given. */
    @Test
    void anEmptyListBesideAnotherScopeIsNoScope() {
        plan("\"dongCodes\":[],\"districtCodes\":[\"11290\"]").statusCode(201).body("scope.kind", equalTo("DISTRICTS"));
        plan("\"dongCodes\":[\"1129052500\"],\"districtCodes\":[]")
                .statusCode(201)
                .body("scope.kind", equalTo("DONGS"));
        assertProblem(plan("\"dongCodes\":[],\"districtCodes\":[]"), 422, "domain-rule")
                .body("rule", equalTo("empty-scope"));
    }
}
