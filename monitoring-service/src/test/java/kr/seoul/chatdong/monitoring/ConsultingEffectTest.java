package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** The consulting effect on data whose answer is worked out by hand below. */
@QuarkusTest
class ConsultingEffectTest {

    static final String D1 = "1111051500"; // 청운효자동
    static final String D2 = "1111053000"; // 사직동
    static final String D3 = "1111054000"; // 삼청동
    static final String D4 = "1111055000"; // 부암동

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

    /**
     * Baseline (bar 60), WELFARE: D1 40, D2 50, D3 55, D4 80 — every other field 80.
     * D1 is visited, D2 is visited, reported and closed, D3 stays OPEN (below, not consulted).
     * Next round, WELFARE: D1 60, D2 65, D3 58, D4 82 — every other field 80.
     * WELFARE changes: D1 +20, D2 +15 → consulted 2, mean (20 + 15) / 2 = 17.50;
     *                  D3 +3 → below the bar, not consulted: 1, mean 3.00;
     *                  D4 +2 → others: 1, mean 2.00;  effect = 17.50 − 3.00 = 14.50.
     * Other fields: nobody below the bar; others 4 with mean 0.00; no effect (null).
     */
    @Test
    void consultedDongsAreComparedWithTheDongsBelowTheBarThatWereNotConsulted() {
        String baseline = ConsultingWorkflowTest.completedRound(
                "2015년 1차 모니터링 (효과 기준)",
                "2015-08-01",
                "",
                Map.of(D1 + "/WELFARE", 40, D2 + "/WELFARE", 50, D3 + "/WELFARE", 55),
                D1,
                D2,
                D3,
                D4);
        var opened = ConsultingWorkflowTest.assignments(baseline, 3);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String consultant = ConsultingWorkflowTest.register("한소망", "11290", 5, "e-" + run, "WELFARE");
        for (String dong : new String[] {D1, D2}) {
            String id = opened.get(dong + "/WELFARE").getString("id");
            post(id, "assign", "{\"consultantId\":\"" + consultant + "\"}");
            post(id, "schedule", "{\"visitOn\":\"2015-10-05\"}");
            post(id, "visit", "{\"visitedOn\":\"2015-10-05\",\"notes\":\"현장 점검\"}");
        }
        String d2 = opened.get(D2 + "/WELFARE").getString("id");
        post(d2, "report", "{\"diagnosis\":\"사례관리 회의 부재\",\"recommendations\":[\"정례화\"],\"followUps\":[]}");
        post(d2, "close", null);

        String next = ConsultingWorkflowTest.completedRound(
                "2016년 2차 모니터링 (효과 측정)",
                "2016-02-01",
                "",
                Map.of(D1 + "/WELFARE", 60, D2 + "/WELFARE", 65, D3 + "/WELFARE", 58, D4 + "/WELFARE", 82),
                D1,
                D2,
                D3,
                D4);

        given().queryParam("baselineRoundId", baseline)
                .when()
                .get("/api/v1/rounds/" + next + "/consulting-effect")
                .then()
                .statusCode(200)
                .body("baselineBar", equalTo(60))
                .body("fields[0].field", equalTo("WELFARE"))
                .body("fields[0].consulted.count", equalTo(2))
                .body("fields[0].consulted.meanChange", equalTo(17.50f))
                .body("fields[0].belowBarNotConsulted.count", equalTo(1))
                .body("fields[0].belowBarNotConsulted.meanChange", equalTo(3.00f))
                .body("fields[0].others.count", equalTo(1))
                .body("fields[0].others.meanChange", equalTo(2.00f))
                .body("fields[0].effect", equalTo(14.50f))
                .body("fields[3].field", equalTo("HEALTH"))
                .body("fields[3].consulted.count", equalTo(0))
                .body("fields[3].consulted.meanChange", nullValue())
                .body("fields[3].others.count", equalTo(4))
                .body("fields[3].others.meanChange", equalTo(0.00f))
                .body("fields[3].effect", nullValue());

        // The baseline must be the earlier, completed round.
        given().queryParam("baselineRoundId", next)
                .when()
                .get("/api/v1/rounds/" + baseline + "/consulting-effect")
                .then()
                .statusCode(422)
                .body("rule", equalTo("baseline-not-earlier"));
        given().when()
                .get("/api/v1/rounds/" + next + "/consulting-effect")
                .then()
                .statusCode(400);

        // As a spreadsheet: one row per field, the groups as dotted columns.
        String csv = given().accept("text/csv")
                .queryParam("baselineRoundId", baseline)
                .when()
                .get("/api/v1/rounds/" + next + "/consulting-effect")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        java.util.List<String> lines = csv.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(5, lines.size(), csv);
        org.junit.jupiter.api.Assertions.assertEquals(
                "\uFEFFfield,consulted.count,consulted.meanChange,belowBarNotConsulted.count,"
                        + "belowBarNotConsulted.meanChange,others.count,others.meanChange,effect",
                lines.get(0));
        org.junit.jupiter.api.Assertions.assertEquals("WELFARE,2,17.50,1,3.00,1,2.00,14.50", lines.get(1));
    }

    static void post(String id, String verb, String body) {
        String etag = ConsultingWorkflowTest.etag(id);
        var request = given().contentType(ContentType.JSON).header("If-Match", etag);
        if (body != null) {
            request.body(body);
        }
        request.when()
                .post("/api/v1/consulting-assignments/" + id + "/" + verb)
                .then()
                .statusCode(200);
    }
}
