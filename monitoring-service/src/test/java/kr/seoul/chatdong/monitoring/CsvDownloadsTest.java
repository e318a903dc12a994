package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kr.seoul.chatdong.testing.Tokens;

/**
 * Every list of the service as a spreadsheet ({@code Accept: text/csv}): UTF-8 with a BOM, a header
 * row of the JSON's property names, Korean intact, formula-looking text neutralised; JSON stays the
 * answer to every other Accept.
 */
@QuarkusTest
class CsvDownloadsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    /** The CSV answer's records (header first), after checking the BOM, the content type and the headers every download has. */
    private static List<CSVRecord> csv(String path) throws IOException {
        Response response = given().accept("text/csv").when().get(path);
        response.then()
                .statusCode(200)
                .contentType(equalTo("text/csv; charset=UTF-8; header=present"))
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .header("Vary", containsString("Accept"));
        byte[] bytes = response.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), path + " starts with the UTF-8 byte-order mark");
        return CSVFormat.RFC4180
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
    }

    private static List<String> header(List<CSVRecord> records) {
        return records.get(0).toList();
    }

    private static String plan(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "startsOn",
                        "2012-01-01",
                        "endsOn",
                        "2012-02-01",
                        "dongCodes",
                        List.of("1129052500")))
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void roundsAsCsvNeutraliseFormulasAndKeepKoreanAndNumbers() throws IOException {
        String hyperlink = plan("=HYPERLINK(\"http://x\")");
        String plus = plan("+1");
        String korean = plan("2012년 \"특별\" 점검, 성북구");

        List<CSVRecord> records = csv("/api/v1/rounds?size=200");
        assertEquals(
                List.of("id", "name", "startsOn", "endsOn", "status", "dongCount"),
                header(records),
                "RoundSummary's JSON property names");
        Map<String, Object> json = given().accept(ContentType.JSON)
                .when()
                .get("/api/v1/rounds?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0]");
        assertEquals(
                List.copyOf(json.keySet()), header(records), "the same names, in the same order, as the JSON items");
        assertEquals(
                List.of(hyperlink, "'=HYPERLINK(\"http://x\")", "2012-01-01", "2012-02-01", "PLANNED", "1"),
                row(records, hyperlink));
        assertEquals("'+1", row(records, plus).get(1));
        assertEquals("2012년 \"특별\" 점검, 성북구", row(records, korean).get(1), "quotes and commas survive RFC 4180 quoting");
        long total = given().when()
                .get("/api/v1/rounds?size=1")
                .then()
                .extract()
                .jsonPath()
                .getLong("total");
        assertEquals(Math.min(total, 200), records.size() - 1, "one row per item of the page");

        given().accept("text/csv")
                .when()
                .get("/api/v1/rounds?size=200")
                .then()
                .header("Content-Disposition", "attachment; filename=\"rounds.csv\"");
        String raw = new String(
                given().accept("text/csv").when().get("/api/v1/rounds?size=200").asByteArray(), StandardCharsets.UTF_8);
        assertTrue(
                raw.contains(hyperlink + ",\"'=HYPERLINK(\"\"http://x\"\")\",2012-01-01"),
                "quoted once, the quotes doubled: " + raw);
    }

    private static List<String> row(List<CSVRecord> records, String id) {
        return records.stream()
                .filter(r -> r.get(0).equals(id))
                .findFirst()
                .map(CSVRecord::toList)
                .orElseThrow(() -> new AssertionError("no row for " + id));
    }

    @Test
    void consultantsSurveysAndIndicatorsDownloadToo() throws IOException {
        ConsultingWorkflowTest.register("=SUM(A1)", "11110", 1, "csv-" + java.util.UUID.randomUUID(), "WELFARE");
        List<CSVRecord> consultants = csv("/api/v1/consultants?size=200");
        assertEquals(
                List.of(
                        "id",
                        "name",
                        "organisation",
                        "fields",
                        "homeDistrictCode",
                        "capacity",
                        "activeFrom",
                        "activeTo",
                        "activeAssignments"),
                header(consultants));
        org.junit.jupiter.api.Assertions.assertTrue(
                consultants.stream().anyMatch(r -> r.get(1).equals("'=SUM(A1)")),
                "a consultant's name that looks like a formula is neutralised");

        String survey = SurveyComparisonTest.surveyWithTwoWaves();
        assertEquals(3, csv(survey + "/waves").size(), "header and the two waves");
        // aggregates: one row per question (awareness: 5 of 18 → 27.8 %; satisfaction: mean of 6 answers, 19/6 = 3.17)
        List<CSVRecord> aggregates = csv(survey + "/waves/2015-baseline/aggregates");
        assertEquals(List.of("code", "scale", "n", "yes", "share", "mean"), header(aggregates));
        assertEquals(
                List.of("awareness", "YES_NO", "18", "5", "27.8", ""),
                aggregates.get(1).toList());
        assertEquals(
                List.of("satisfaction", "LIKERT5", "6", "", "", "3.17"),
                aggregates.get(2).toList());
        List<CSVRecord> comparison =
                csv(survey + "/comparison?baseline=2015-baseline&followUp=2016-follow-up&question=awareness");
        assertEquals(2, comparison.size(), "one row: the comparison flattened");
        int did = header(comparison).indexOf("differenceInDifferences");
        assertEquals("17.5", comparison.get(1).get(did));
        assertEquals("30.0", comparison.get(1).get(header(comparison).indexOf("participating.change")));

        List<CSVRecord> indicators = csv("/api/v1/indicators");
        assertEquals(15, indicators.size(), "header and the 14 indicators of the plan");
        assertEquals("nameKo", header(indicators).get(1));
        assertEquals(
                1,
                csv("/api/v1/indicators/WELFARE_PLANNER_VISITS/values?period=1999-01")
                        .size(),
                "no values: the header alone");
    }

    @Test
    void jsonStaysTheDefault() {
        given().when()
                .get("/api/v1/rounds?size=1")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Vary", containsString("Accept"));
        for (String accept : List.of(
                "*/*",
                "application/json",
                "application/json, text/csv",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")) {
            given().accept(accept)
                    .when()
                    .get("/api/v1/rounds?size=1")
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("Content-Disposition", (String) null);
        }
        given().accept("text/csv;q=0.5, application/json")
                .when()
                .get("/api/v1/dongs?size=1")
                .then()
                .contentType(ContentType.JSON);
        given().accept("application/json;q=0.5, text/csv")
                .when()
                .get("/api/v1/dongs?size=1")
                .then()
                .contentType(startsWith("text/csv"));
    }

    @Test
    void aResourceWithoutCsvRefusesItAsAProblem() {
        String round = plan("CSV 없는 단건");
        assertProblem(
                given().accept("text/csv").when().get("/api/v1/rounds/" + round).then(), 406, "not-acceptable");
    }

    @Test
    void referenceDataAsCsv() throws IOException {
        List<CSVRecord> dongs = csv("/api/v1/dongs?districtCode=11290&size=200");
        assertEquals(List.of("code", "nameKo", "districtCode", "districtNameKo", "phase"), header(dongs));
        assertEquals(20 + 1, dongs.size(), "성북구's 20 dongs and the header");
        assertEquals(
                List.of("1129052500", "성북동", "11290", "성북구", "1"), dongs.get(1).toList());

        List<CSVRecord> districts = csv("/api/v1/districts?size=200");
        assertEquals(List.of("code", "nameKo", "nameEn", "dongCount", "phase"), header(districts));
        assertEquals(25 + 1, districts.size());
        assertEquals(
                List.of("11110", "종로구", "Jongno-gu", "17"),
                districts.get(1).toList().subList(0, 4));

        List<CSVRecord> phases = csv("/api/v1/rollout-phases");
        assertEquals(
                List.of(
                        "number",
                        "nameKo",
                        "startsIn",
                        "plannedDistricts",
                        "plannedDongs",
                        "assignedDistricts",
                        "assignedDongs",
                        "note"),
                header(phases));
        assertEquals("전동 시행 4개구(성북·성동·금천·도봉), 일부동 시행 9개구", phases.get(1).get(7));

        // a conditional read: the ETag names the data, the same for both representations; 304 for the CSV too
        String etag = given().accept("text/csv")
                .when()
                .get("/api/v1/districts")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().accept(ContentType.JSON).when().get("/api/v1/districts").then().header("ETag", etag);
        given().accept("text/csv")
                .header("If-None-Match", etag)
                .when()
                .get("/api/v1/districts")
                .then()
                .statusCode(304);
    }

    @Test
    void assessmentsConsultingAndAuditAsCsv() throws IOException {
        String round = plan("평가 목록 CSV");
        given().contentType(ContentType.JSON)
                .body("{\"score\":58,\"findings\":\"-방문 기록 누락\\n=재점검 필요\"}")
                .when()
                .put("/api/v1/rounds/" + round + "/assessments/1129052500/WELFARE")
                .then()
                .statusCode(201);
        List<CSVRecord> assessments = csv("/api/v1/rounds/" + round + "/assessments");
        assertEquals(
                List.of("roundId", "dongCode", "field", "score", "findings", "assessedAt", "version"),
                header(assessments));
        List<String> first = assessments.get(1).toList();
        assertEquals(
                List.of(round, "1129052500", "WELFARE", "58", "'-방문 기록 누락\n=재점검 필요"),
                first.subList(0, 5),
                "a multi-line finding stays one cell; only its first character matters to a spreadsheet");

        List<CSVRecord> none = csv("/api/v1/consulting-assignments?roundId=" + UUID.randomUUID());
        assertEquals(
                List.of(
                        "id",
                        "roundId",
                        "dongCode",
                        "districtCode",
                        "field",
                        "score",
                        "status",
                        "consultantId",
                        "visitOn",
                        "endedReason",
                        "sourceEventId",
                        "createdAt",
                        "version"),
                header(none),
                "an empty page still has its header");
        assertEquals(1, none.size());

        List<CSVRecord> audit = csv("/api/v1/audit?entity=round&id=" + round);
        assertEquals(
                List.of("seq", "at", "subject", "roles", "entity", "entityId", "action", "changedFields", "operation"),
                header(audit));
        List<String> created = audit.stream()
                .map(CSVRecord::toList)
                .filter(r -> r.get(6).equals("CREATE"))
                .findFirst()
                .orElseThrow();
        assertTrue(created.get(7).contains(";"), "the list of changed fields joined with ';': " + created.get(7));
        List<String> changed = new ArrayList<>(Arrays.asList(created.get(7).split(";")));
        assertTrue(changed.containsAll(List.of("name", "startsOn")), changed.toString());
    }

    @Test
    void theDocumentShowsTheCsvOfEachListAfterItsJson() {
        var doc = given().accept(ContentType.JSON)
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200);
        doc.body(
                        "paths.'/api/v1/rounds'.get.responses.'200'.content.keySet()",
                        org.hamcrest.Matchers.contains("application/json", "text/csv"))
                .body("paths.'/api/v1/rounds'.get.responses.'200'.content.'text/csv'.schema.type", equalTo("string"))
                .body(
                        "paths.'/api/v1/rounds'.get.responses.'200'.content.'text/csv'.example",
                        equalTo(
                                "id,name,startsOn,endsOn,status,dongCount\r\n"
                                        + "0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10,2016년 2차 모니터링 (1단계 80개동),2016-02-01,2016-03-31,COMPLETED,80\r\n"))
                .body("paths.'/api/v1/rounds'.get.description", containsString("Accept: text/csv"))
                .body(
                        "paths.'/api/v1/dongs'.get.responses.'200'.content.'text/csv'.example",
                        startsWith("code,nameKo,districtCode,districtNameKo,phase\r\n1129052500,성북동,11290,성북구,1"))
                .body(
                        "paths.'/api/v1/rounds/{id}/results'.get.responses.'200'.content.'text/csv'.example",
                        startsWith(
                                "dongCode,dongNameKo,districtCode,districtNameKo,WELFARE,VILLAGE,ADMINISTRATION,HEALTH,mean\r\n"))
                .body(
                        "paths.'/api/v1/rounds/{id}/results'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/RoundResults"))
                .body(
                        "paths.'/api/v1/rounds/{id}'.get.responses.'200'.content.keySet()",
                        org.hamcrest.Matchers.contains("application/json"))
                .body(
                        "components.schemas.FieldScores.properties.keySet()",
                        org.hamcrest.Matchers.contains("WELFARE", "VILLAGE", "ADMINISTRATION", "HEALTH", "mean"));
    }
}
