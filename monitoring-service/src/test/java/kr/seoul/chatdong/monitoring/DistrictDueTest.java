package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** What is due in 강서구 (11500), the only test that uses its dongs, so every count is this test's. */
@QuarkusTest
class DistrictDueTest {

    static final String YEOMCHANG = "1150051000"; // 염창동
    static final String DEUNGCHON1 = "1150052000"; // 등촌1동

    @BeforeEach
    void setUp() {
        Tokens.actAsCityAdmin();
        ConsultingWorkflowTest.retireEveryActiveConsultant();
    }

    @AfterEach
    void tearDown() {
        ConsultingWorkflowTest.retireEveryActiveConsultant();
        Tokens.actAnonymously();
    }

    @Test
    void missingAssessmentsUnscheduledAssignmentsAndOverdueVisits() {
        given().contentType(ContentType.JSON)
                .body("{\"phase\": 1}")
                .when()
                .put("/api/v1/districts/11500/rollout")
                .then()
                .statusCode(200);
        // A round in progress: 염창동 fully assessed, 등촌1동 only in WELFARE → 3 of 강서구's pairs missing (성북동's do not
        // count).
        String inProgress = given().contentType(ContentType.JSON)
                .body("{\"name\":\"2016년 3차 모니터링 (강서)\",\"startsOn\":\"2016-08-01\","
                        + "\"endsOn\":\"2016-11-30\",\"dongCodes\":[\"" + YEOMCHANG + "\",\"" + DEUNGCHON1
                        + "\",\"1129052500\"]}")
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String field : ConsultingWorkflowTest.FIELDS) {
            RoundLifecycleTest.assess(inProgress, YEOMCHANG, field, 80, 201);
        }
        RoundLifecycleTest.assess(inProgress, DEUNGCHON1, "WELFARE", 80, 201);

        // A completed round leaves two OPEN assignments in 강서구 (no consultant is active).
        String completed = ConsultingWorkflowTest.completedRound(
                "2016년 2차 모니터링 (강서)",
                "2016-02-01",
                "",
                Map.of(YEOMCHANG + "/WELFARE", 40, DEUNGCHON1 + "/HEALTH", 50),
                YEOMCHANG,
                DEUNGCHON1);
        var opened = ConsultingWorkflowTest.assignments(completed, 2);

        given().when()
                .get("/api/v1/districts/11500/due")
                .then()
                .statusCode(200)
                .body("districtCode", equalTo("11500"))
                .body("roundsWithMissingAssessments", hasSize(1))
                .body("roundsWithMissingAssessments[0].roundId", equalTo(inProgress))
                .body("roundsWithMissingAssessments[0].missing", equalTo(3))
                .body("missingAssessments.field", contains("VILLAGE", "ADMINISTRATION", "HEALTH"))
                .body("missingAssessments.dongCode", contains(DEUNGCHON1, DEUNGCHON1, DEUNGCHON1))
                .body("unscheduledAssignments.count", equalTo(2))
                .body("overdueVisits.count", equalTo(0));

        // One is scheduled for a day now past (its visit not recorded), the other visited without a report.
        String consultant =
                ConsultingWorkflowTest.register("오하나", "11290", 5, "due-" + UUID.randomUUID(), "WELFARE", "HEALTH");
        String welfare = opened.get(YEOMCHANG + "/WELFARE").getString("id");
        String health = opened.get(DEUNGCHON1 + "/HEALTH").getString("id");
        for (String id : new String[] {welfare, health}) {
            ConsultingEffectTest.post(id, "assign", "{\"consultantId\":\"" + consultant + "\"}");
            ConsultingEffectTest.post(id, "schedule", "{\"visitOn\":\"2016-04-20\"}");
        }
        ConsultingEffectTest.post(health, "visit", "{\"visitedOn\":\"2016-04-20\"}");

        given().when()
                .get("/api/v1/districts/11500/due")
                .then()
                .statusCode(200)
                .body("unscheduledAssignments.count", equalTo(0))
                .body("overdueVisits.count", equalTo(2))
                .body("overdueVisits.items.status", contains("SCHEDULED", "VISITED"));

        // Entered indicators: the district's value for the last closed year of VILLAGE_PLANNING_TEAMS_FORMED (a yearly,
        // district-wide count) is due until a district officer enters it; derived ones are never due.
        String lastYear = String.valueOf(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear() - 1);
        // 강서구 joined in phase 1 (2015): for the last closed period every entered indicator is due — 3 district-wide
        // (village planning teams, inter-department collaboration, capacity built) and 8 per dong × 20 dongs = 163.
        given().when()
                .get("/api/v1/districts/11500/due")
                .then()
                .statusCode(200)
                .body("missingIndicatorValues.count", equalTo(163))
                .body("missingIndicatorValues.items", hasSize(100))
                .body("missingIndicatorValues.items[0].indicatorCode", equalTo("VILLAGE_PLANNING_TEAMS_FORMED"))
                .body("missingIndicatorValues.items[0].period", equalTo(lastYear))
                .body("missingIndicatorValues.items[0].scopeCode", equalTo("11500"))
                .body(
                        "missingIndicatorValues.items.findAll { it.indicatorCode == 'TRAINING_EXECUTION_RATE' }",
                        hasSize(0));
        int before = 163; // as counted above
        given().auth()
                .oauth2(Tokens.districtOfficer("11500"))
                .contentType(ContentType.JSON)
                .body("{\"value\":3}")
                .when()
                .put("/api/v1/indicators/VILLAGE_PLANNING_TEAMS_FORMED/values/11500/" + lastYear)
                .then()
                .statusCode(201);
        given().when()
                .get("/api/v1/districts/11500/due")
                .then()
                .statusCode(200)
                .body("missingIndicatorValues.count", equalTo(before - 1))
                .body(
                        "missingIndicatorValues.items.findAll { it.indicatorCode == 'VILLAGE_PLANNING_TEAMS_FORMED' }",
                        hasSize(0));

        given().when().get("/api/v1/districts/99999/due").then().statusCode(404);
    }
}
