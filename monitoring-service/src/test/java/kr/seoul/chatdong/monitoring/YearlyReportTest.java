package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 연간 평가보고서: a year's report assembled from monitoring's own tables and from the facts other
 * services publish (sent here through the real broker as their producers' examples, moved to 2021,
 * a year no other test uses), published as frozen versions whose JSON and PDF answer the same bytes
 * ever after, with report.published.v1 on the broker.
 */
@QuarkusTest
class YearlyReportTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR = "2021";

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void aYearWithoutDataAnswersEverySectionWithZeros() {
        given().queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/2024")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("year", equalTo(2024))
                .body("version", nullValue())
                .body("title", equalTo("2024년 찾아가는 동주민센터 평가보고서"))
                .body("rollout", hasSize(3))
                .body("rounds.rounds", hasSize(0))
                .body("rounds.dongsAssessed", equalTo(0))
                .body("rounds.mean", nullValue())
                .body("rounds.byField", hasSize(4))
                .body("rounds.byField[0].assessments", equalTo(0))
                .body("consulting.assignments", equalTo(0))
                .body("consulting.byStatus", hasSize(8))
                .body("consulting.effect", nullValue())
                .body("indicators[0].code", equalTo("WELFARE_PLANNER_VISIT_RATE"))
                .body("indicators[0].values", equalTo(0))
                .body("surveys", hasSize(0))
                .body("training.completed", equalTo(0))
                .body("training.completedDistrictReported", equalTo(0))
                .body("training.districtReports", equalTo(0))
                .body("training.trained", equalTo(0))
                .body("training.target", nullValue())
                .body("cases.published", equalTo(0))
                .body("cases.byDistrict", hasSize(25))
                .body("governance.meetingsHeld", equalTo(0))
                .body("governance.overdueActionItems", equalTo(0));
    }

    /** The seed's 2015 baseline (entered as aggregates: 1,214 residents, 355 aware) is in 2015's report. */
    @Test
    void the2015ReportCarriesTheBaselineSurvey() {
        given().queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/2015")
                .then()
                .statusCode(200)
                .body("surveys.find { it.code == 'chatdong-residents-perception' }.wave", equalTo("2015-baseline"))
                .body("surveys.find { it.code == 'chatdong-residents-perception' }.kind", equalTo("BASELINE"))
                .body("surveys.find { it.code == 'chatdong-residents-perception' }.respondents", equalTo(1214))
                .body(
                        "surveys.find { it.code == 'chatdong-residents-perception' }.questions.find { it.code == 'awareness' }.n",
                        equalTo(1214))
                .body(
                        "surveys.find { it.code == 'chatdong-residents-perception' }.questions.find { it.code == 'awareness' }.value",
                        equalTo(29.2f))
                .body("surveys.find { it.code == 'chatdong-officials-perception' }.respondents", equalTo(704));
        // the plan's goals: 153 cases in 2016 (17 discovery districts × 9 months), none set for 2015
        given().queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/2016")
                .then()
                .statusCode(200)
                .body("cases.target", equalTo(153));
        given().queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/2015")
                .then()
                .body("cases.target", nullValue());
    }

    @Test
    void yearsOutsideTheProgrammeAndUnknownVersionsAreRefused() {
        assertProblem(given().when().get("/api/v1/reports/2014").then(), 404, "not-found");
        assertProblem(given().when().get("/api/v1/reports/2100").then(), 404, "not-found");
        assertProblem(
                        given().queryParam("version", "first")
                                .when()
                                .get("/api/v1/reports/2024")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("version"));
        assertProblem(
                given().queryParam("version", "999")
                        .when()
                        .get("/api/v1/reports/2024")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void onlyACityAdminPublishes() {
        Tokens.actAnonymously();
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.districtOfficer("11290"))
                        .when()
                        .post("/api/v1/reports/2023/publish")
                        .then(),
                403,
                "forbidden");
        given().when().post("/api/v1/reports/2023/publish").then().statusCode(401);
        Tokens.actAsCityAdmin();
        given().queryParam("version", "1")
                .when()
                .get("/api/v1/reports/2023")
                .then()
                .statusCode(404);
    }

    @Test
    void theYearIsAssembledFromRoundsAndOtherServicesFactsThenPublishedAndFrozen() throws Exception {
        // monitoring's own: a round of one dong in 2021, completed; its 50 in WELFARE opens consulting
        String round = given().contentType("application/json")
                .body("{\"name\":\"2021년 1차 모니터링\",\"startsOn\":\"2021-02-01\",\"endsOn\":\"2021-03-31\","
                        + "\"dongCodes\":[\"1129052500\"]}")
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("[{\"dongCode\":\"1129052500\",\"field\":\"WELFARE\",\"score\":50},"
                        + "{\"dongCode\":\"1129052500\",\"field\":\"VILLAGE\",\"score\":70},"
                        + "{\"dongCode\":\"1129052500\",\"field\":\"ADMINISTRATION\",\"score\":80},"
                        + "{\"dongCode\":\"1129052500\",\"field\":\"HEALTH\",\"score\":90}]")
                .when()
                .put(round + "/assessments")
                .then()
                .statusCode(200);
        given().when().post(round + "/complete").then().statusCode(200);

        // other services' facts, as their producers publish them
        publish(EventCatalog.CASE_PUBLISHED, "caseId", Map.of("publishedAt", "2021-05-03T01:00:00Z"));
        publish(EventCatalog.CASE_PUBLISHED, "caseId", Map.of("publishedAt", "2021-12-31T16:00:00Z")); // 2022 in Seoul
        String again = UUID.randomUUID().toString(); // one case reported twice counts once
        publish(
                EventCatalog.CASE_PUBLISHED,
                "caseId",
                Map.of("caseId", again, "districtCode", "11200", "publishedAt", "2021-06-01T01:00:00Z"));
        publish(
                EventCatalog.CASE_PUBLISHED,
                "caseId",
                Map.of("caseId", again, "districtCode", "11200", "publishedAt", "2021-06-01T01:00:00Z"));
        publish(EventCatalog.MEETING_HELD, "meetingId", Map.of("heldOn", "2021-03-10", "decisions", 4));
        publish(
                EventCatalog.MEETING_HELD,
                "meetingId",
                Map.of(
                        "heldOn",
                        "2021-09-10",
                        "councilKind",
                        "STEERING_COMMITTEE",
                        "districtCode",
                        "",
                        "decisions",
                        2));
        publish(
                EventCatalog.ACTION_ITEM_OVERDUE,
                "actionItemId",
                Map.of("dueOn", "2021-05-31", "overdueOn", "2021-06-01"));
        publish(
                EventCatalog.COHORT_COMPLETED,
                "cohortId",
                Map.of("endedOn", "2021-06-30")); // CITY: 38 of 42, 36 answered 88.42
        publish(
                EventCatalog.COHORT_COMPLETED,
                "cohortId",
                Map.of(
                        "endedOn",
                        "2021-11-30",
                        "organiser",
                        "11290",
                        "enrolled",
                        10,
                        "completed",
                        9,
                        "evaluations",
                        4,
                        "satisfaction",
                        80.00));
        String targets =
                "{\"year\":2021,\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"CIVIL_SERVANT\",\"target\":100},"
                        + "{\"organiser\":\"11290\",\"audience\":\"RESIDENT\",\"target\":20}]}";
        send(EventCatalog.TARGETS_SET, YEAR, targets);
        // the newest targets of a year replace the earlier ones
        send(
                EventCatalog.TARGETS_SET,
                YEAR,
                "{\"year\":2021,\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"CIVIL_SERVANT\",\"target\":120}]}");

        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("version", "latest")
                        .when()
                        .get("/api/v1/reports/" + YEAR)
                        .then()
                        .statusCode(200)
                        .body("consulting.assignments", equalTo(1))
                        .body("cases.published", equalTo(2))
                        .body("governance.meetingsHeld", equalTo(2))
                        .body("governance.overdueActionItems", equalTo(1))
                        .body("training.cohorts", equalTo(2))
                        .body("training.target", equalTo(120)));

        JsonPath draft = given().queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/" + YEAR)
                .then()
                .extract()
                .jsonPath();
        assertEquals((Object) null, draft.get("version"));
        assertEquals(1, draft.getInt("rounds.rounds.size()"));
        assertEquals("2021년 1차 모니터링", draft.getString("rounds.rounds[0].name"));
        assertEquals("COMPLETED", draft.getString("rounds.rounds[0].status"));
        assertEquals(1, draft.getInt("rounds.dongsAssessed"));
        assertEquals(4, draft.getInt("rounds.assessments"));
        assertEquals("72.5", draft.getString("rounds.mean"));
        assertEquals(1, draft.getInt("rounds.belowSixty"));
        assertEquals("WELFARE", draft.getString("rounds.byField[0].field"));
        assertEquals("50.0", draft.getString("rounds.byField[0].mean"));
        assertEquals(1, draft.getInt("rounds.byField[0].belowSixty"));
        assertEquals("11290", draft.getString("rounds.byDistrict[0].districtCode"));
        assertEquals("성북구", draft.getString("rounds.byDistrict[0].nameKo"));
        // cases: 성북구 1 (the other 성북 case is 2022 in Seoul), 성동구 1 counted once
        assertEquals(1, draft.getInt("cases.byDistrict.find { it.districtCode == '11290' }.count"));
        assertEquals(1, draft.getInt("cases.byDistrict.find { it.districtCode == '11200' }.count"));
        // governance: 4 + 2 decisions; per kind
        assertEquals(6, draft.getInt("governance.decisions"));
        assertEquals(2, draft.getInt("governance.byCouncilKind.size()"));
        // training: 38 + 9 of 120; satisfaction weighted by answers: (88.42 × 36 + 80 × 4) / 40 = 87.578
        assertEquals(47, draft.getInt("training.completed"));
        assertEquals(0, draft.getInt("training.completedDistrictReported"));
        assertEquals(47, draft.getInt("training.trained"));
        assertEquals(38, draft.getInt("training.completedCityRun"));
        assertEquals(9, draft.getInt("training.completedDistrictRun"));
        assertEquals(52, draft.getInt("training.enrolled"));
        assertEquals("0.3917", draft.getString("training.shareOfTarget"));
        assertEquals(40, draft.getInt("training.evaluations"));
        assertEquals("87.58", draft.getString("training.satisfaction"));
        assertEquals(1, draft.getInt("training.targets.size()"));

        // publish: version n, frozen
        Integer before =
                given().when().get("/api/v1/reports/" + YEAR).then().extract().path("version");
        int expected = before == null ? 1 : before + 1;
        var published = given().contentType("application/x-www-form-urlencoded") // what urllib sends on an empty POST
                .when()
                .post("/api/v1/reports/" + YEAR + "/publish")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reports/" + YEAR + "?version=" + expected))
                .body("version", equalTo(expected))
                .body("cases.published", equalTo(2))
                .extract();
        byte[] publishedJson = published.asByteArray();
        String location = "/api/v1/reports/" + YEAR + "?version=" + expected;
        byte[] pdf = given().accept("application/pdf")
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract()
                .asByteArray();

        // without a version: the newest published one
        given().when().get("/api/v1/reports/" + YEAR).then().statusCode(200).body("version", equalTo(expected));

        // the event: governance puts it on the 운영위원회's agenda
        List<ConsumerRecord<String, String>> events = TestKafka.await(
                EventCatalog.REPORT_PUBLISHED.topic(),
                r -> r.key().equals(YEAR) && r.value().contains("\"version\":" + expected + ","),
                1,
                WAIT);
        assertEquals(1, events.size());
        JsonNode event = JSON.readTree(events.get(0).value());
        assertEquals(
                "/api/v1/reports/2021?version=" + expected, event.get("url").asText());
        assertEquals(
                "2021년 찾아가는 동주민센터 평가보고서 (제" + expected + "판)",
                event.get("title").asText());
        assertEquals(EventCatalog.REPORT_PUBLISHED.type(), TestKafka.header(events.get(0), "ce_type"));

        // later facts change the draft, never the published version
        publish(EventCatalog.CASE_PUBLISHED, "caseId", Map.of("publishedAt", "2021-07-01T01:00:00Z"));
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> given().queryParam("version", "latest")
                        .when()
                        .get("/api/v1/reports/" + YEAR)
                        .then()
                        .body("cases.published", equalTo(3)));
        assertArrayEquals(
                publishedJson,
                given().when().get(location).then().statusCode(200).extract().asByteArray());
        assertArrayEquals(
                pdf,
                given().accept("application/pdf")
                        .when()
                        .get(location)
                        .then()
                        .extract()
                        .asByteArray());

        // the PDF reads as Korean text with the JSON's numbers
        String text = text(pdf);
        assertTrue(text.contains("2021년 찾아가는 동주민센터 평가보고서"), text);
        assertTrue(text.contains("제" + expected + "판"), text);
        assertTrue(text.contains("2021년 1차 모니터링"), text);
        assertTrue(text.contains("전체 평균 72.50점, 60점 미만 1건"), text);
        assertTrue(text.contains("목표 120명 대비 수료 47명 (39.2%"), text);
        assertTrue(text.contains("게시 2건"), text);
        assertTrue(text.contains("회의 2회, 의결 6건"), text);
        assertFalse(text.contains("\u0000"), "no NUL for spaces");

        // a draft PDF says it is one
        String draftPdf = text(given().accept("application/pdf")
                .queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/" + YEAR)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertTrue(draftPdf.contains("초안"), draftPdf);
        assertTrue(draftPdf.contains("게시 3건"), draftPdf);
    }

    /**
     * The year of the district reports sent here: one no test of training reports, so that training's own
     * reports (on the same broker when the modules are tested in one run) cannot change its figures.
     */
    private static final int REPORTED_YEAR = 2020;

    /** The draft's training section of {@link #REPORTED_YEAR}. */
    private static JsonPath trainingOfReportedYear() {
        return given().queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/" + REPORTED_YEAR)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("training");
    }

    /** A district report of {@link #REPORTED_YEAR} as training publishes it (its producer's example) at a version and status. */
    private static String districtReport(String id, int completions, String status, long version) throws Exception {
        ObjectNode example = (ObjectNode) EventContracts.exampleNode(EventCatalog.DISTRICT_REPORT_RECORDED)
                .deepCopy();
        example.put("reportId", id);
        example.put("year", REPORTED_YEAR);
        example.put("completions", completions);
        example.put("status", status);
        example.put("version", version);
        return JSON.writeValueAsString(example);
    }

    private static void awaitDistrictReported(long completions, long reports) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            JsonPath training = trainingOfReportedYear();
            assertEquals(completions, training.getLong("completedDistrictReported"));
            assertEquals(reports, training.getLong("districtReports"));
            assertEquals(
                    training.getLong("completed") + training.getLong("completedDistrictReported"),
                    training.getLong("trained"));
        });
    }

    /**
     * A year's report counts the completions districts reported of training held outside the platform: a
     * report counts as its newest version stands (a correction replaces it, an older version arriving late
     * changes nothing, an event delivered twice counts once), and a withdrawn report drops out.
     */
    @Test
    void aYearsReportCountsTheDistrictsReportsAndDropsAWithdrawnOne() throws Exception {
        JsonPath before = trainingOfReportedYear();
        long reported = before.getLong("completedDistrictReported");
        long reports = before.getLong("districtReports");
        String id = UUID.randomUUID().toString();
        EventType<?> type = EventCatalog.DISTRICT_REPORT_RECORDED;

        String recorded = districtReport(id, 250, "RECORDED", 0);
        Map<String, String> headers = TestKafka.cloudEvent(type.type(), id);
        TestKafka.send(type.topic(), id, headers, recorded);
        TestKafka.send(type.topic(), id, headers, recorded); // delivered twice
        awaitDistrictReported(reported + 250, reports + 1);

        send(type, id, districtReport(id, 300, "RECORDED", 1)); // corrected
        awaitDistrictReported(reported + 300, reports + 1);

        // the draft PDF names what districts reported
        String pdf = text(given().accept("application/pdf")
                .queryParam("version", "latest")
                .when()
                .get("/api/v1/reports/" + REPORTED_YEAR)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertTrue(
                pdf.contains("자치구 자체 교육 보고 " + String.format("%,d", reported + 300) + "명 · " + (reports + 1) + "건"),
                pdf);

        send(type, id, districtReport(id, 300, "WITHDRAWN", 2)); // withdrawn
        awaitDistrictReported(reported, reports);

        // the correction delivered again late (a new event id) does not bring it back: a report of the same
        // key (partition) behind it shows it was handled
        send(type, id, districtReport(id, 300, "RECORDED", 1));
        String marker = UUID.randomUUID().toString();
        TestKafka.send(
                type.topic(), id, TestKafka.cloudEvent(type.type(), marker), districtReport(marker, 7, "RECORDED", 0));
        awaitDistrictReported(reported + 7, reports + 1);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(true, document.getNumberOfPages() >= 2);
            return new PDFTextStripper().getText(document);
        }
    }

    /** Publishes the producer's example of {@code type} with a fresh {@code idField} and {@code replaced} fields. */
    private static void publish(EventType<?> type, String idField, Map<String, Object> replaced) throws Exception {
        ObjectNode example = (ObjectNode) EventContracts.exampleNode(type).deepCopy();
        example.put(idField, UUID.randomUUID().toString());
        replaced.forEach((k, v) -> {
            if (v instanceof Integer i) {
                example.put(k, i);
            } else if (v instanceof Double d) {
                example.put(k, d);
            } else if ("".equals(v)) {
                example.putNull(k);
            } else {
                example.put(k, (String) v);
            }
        });
        send(type, example.get(idField).asText(), JSON.writeValueAsString(example));
    }

    private static void send(EventType<?> type, String key, String payload) {
        TestKafka.send(type.topic(), key, TestKafka.cloudEvent(type.type(), key), payload);
    }
}
