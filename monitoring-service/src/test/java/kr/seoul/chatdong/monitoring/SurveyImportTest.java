package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.language.geo.Dong;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.testing.Tokens;

/** Importing a wave's responses as CSV, and the aggregates of what was stored. */
@QuarkusTest
class SurveyImportTest {

    static final List<Dong> DONGS = new SeoulGeography().dongs();
    /** The four districts that ran the program in all their dongs from 2015-07: 성동, 성북, 도봉, 금천. */
    static final Set<String> PHASE_ONE_DISTRICTS = Set.of("11200", "11290", "11320", "11545");

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    /**
     * The 2015 baseline of the residents' survey as the plan reports it: 1,214 respondents, 355 of
     * whom knew the program. Respondent i lives in dong i mod 426 (every real 행정동 in code order);
     * the dong is PARTICIPATING when its district is one of the four whole-district phase-1 ones.
     * awareness is Y exactly when (i × 7919) mod 1214 < 355 — 7919 is prime to 1214 = 2 × 607, so
     * i ↦ i × 7919 mod 1214 permutes 0..1213 and exactly 355 respondents, spread over the file, say Y.
     * satisfaction is 1 + i mod 5, left empty when i mod 10 = 0.
     */
    static String baseline(String lineEnd) {
        StringBuilder csv = new StringBuilder(SurveyFixtures.HEADER).append(lineEnd);
        for (int i = 0; i < 1214; i++) {
            Dong dong = DONGS.get(i % DONGS.size());
            csv.append(String.format("R%04d", i))
                    .append(',')
                    .append(dong.code())
                    .append(',')
                    .append(PHASE_ONE_DISTRICTS.contains(dong.districtCode()) ? "PARTICIPATING" : "NON_PARTICIPATING")
                    .append(',')
                    .append((i * 7919L) % 1214 < 355 ? "Y" : "N")
                    .append(',')
                    .append(i % 10 == 0 ? "" : String.valueOf(1 + i % 5))
                    .append(lineEnd);
        }
        return csv.toString();
    }

    static JsonPath aggregates(String survey, String group) {
        var request = given();
        if (group != null) {
            request.queryParam("group", group);
        }
        return request.when()
                .get(survey + "/waves/2015-baseline/aggregates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theBaselineOf1214ResidentsGivesThePlansAwarenessOf29Point2Percent() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        SurveyFixtures.importCsv(wave, baseline("\n"))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1214))
                .body("rejectedCount", equalTo(0))
                .body("rejected", hasSize(0));

        // awareness: 355 Y of 1214 → 35500 / 1214 = 29.2421… % → 29.2.
        // satisfaction: answered by the 1214 − 122 respondents with i mod 10 ≠ 0 = 1092; the values 1 + i mod 5 over
        // all
        // 1214 sum to 242 × 15 + (1 + 2 + 3 + 4) = 3640, less the 122 skipped ones (i mod 5 = 0, value 1) = 3518;
        // 3518 / 1092 = 3.2216… → 3.22.
        given().when()
                .get(survey + "/waves/2015-baseline/aggregates")
                .then()
                .statusCode(200)
                .body("wave", equalTo("2015-baseline"))
                .body("respondents", equalTo(1214))
                .body("questions[0].code", equalTo("awareness"))
                .body("questions[0].scale", equalTo("YES_NO"))
                .body("questions[0].n", equalTo(1214))
                .body("questions[0].yes", equalTo(355))
                .body("questions[0].share", equalTo(29.2f))
                .body("questions[0].mean", equalTo(null))
                .body("questions[1].code", equalTo("satisfaction"))
                .body("questions[1].n", equalTo(1092))
                .body("questions[1].mean", equalTo(3.22f))
                .body("questions[1].share", equalTo(null));
        given().when()
                .get(wave)
                .then()
                .statusCode(200)
                .body("responseCount", equalTo(1214))
                .header("ETag", "\"1\"");

        // The two groups split the respondents and the Y answers between them.
        JsonPath participating = aggregates(survey, "PARTICIPATING");
        JsonPath others = aggregates(survey, "NON_PARTICIPATING");
        assertEquals("PARTICIPATING", participating.getString("group"));
        assertEquals(1214, participating.getInt("respondents") + others.getInt("respondents"));
        assertEquals(355, participating.getInt("questions[0].yes") + others.getInt("questions[0].yes"));
        assertEquals(1092, participating.getInt("questions[1].n") + others.getInt("questions[1].n"));

        // Importing the same file again stores nothing twice: every row is a duplicate (1,000 listed, all counted).
        SurveyFixtures.importCsv(wave, baseline("\n"))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("rejectedCount", equalTo(1214))
                .body("rejected", hasSize(1000))
                .body("rejected[0].line", equalTo(2))
                .body(
                        "rejected[0].reason",
                        equalTo(
                                "respondentId: 'R0000' was imported into this wave before (a respondent answers once per wave)"))
                .body("rejected[999].line", equalTo(1001));
        given().when().get(wave).then().body("responseCount", equalTo(1214));
        assertEquals(355, aggregates(survey, null).getInt("questions[0].yes"));
    }

    @Test
    void aFileWithAByteOrderMarkAndWindowsLineEndsReadsLikeAPlainOne() {
        String plainSurvey = SurveyFixtures.surveyWithBaseline();
        String excelSurvey = SurveyFixtures.surveyWithBaseline();
        String rows = "R1," + SurveyFixtures.SEONGBUK + ",PARTICIPATING,Y,5\nR2," + SurveyFixtures.SEONGBUK
                + ",PARTICIPATING,N,4\n" + "R3," + SurveyFixtures.WOLGYE1 + ",NON_PARTICIPATING,N,\n";
        SurveyFixtures.importCsv(plainSurvey + "/waves/2015-baseline", SurveyFixtures.HEADER + "\n" + rows)
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3))
                .body("rejectedCount", equalTo(0));
        SurveyFixtures.importCsv(
                        excelSurvey + "/waves/2015-baseline",
                        "\uFEFF" + (SurveyFixtures.HEADER + "\n" + rows).replace("\n", "\r\n"))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3))
                .body("rejectedCount", equalTo(0));
        for (String survey : List.of(plainSurvey, excelSurvey)) {
            // awareness 1 Y of 3 → 33.3 %; satisfaction (5 + 4) / 2 = 4.50: the last column has no stray carriage
            // return.
            JsonPath all = aggregates(survey, null);
            assertEquals(3, all.getInt("respondents"));
            assertEquals(33.3f, all.getFloat("questions[0].share"));
            assertEquals(4.5f, all.getFloat("questions[1].mean"));
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWholeAndNothingIsStored() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        String csv = SurveyFixtures.HEADER + "\nR1," + SurveyFixtures.SEONGBUK + ",PARTICIPATING,Y,5\n응답자2,"
                + SurveyFixtures.SEONGBUK + ",PARTICIPATING,N,4\n";
        // Saved as EUC-KR, as a Korean spreadsheet may do: the Korean respondent id on line 3 is not UTF-8.
        assertProblem(
                        SurveyFixtures.importCsv(wave, csv.getBytes(Charset.forName("EUC-KR")), Tokens.cityAdmin())
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("is not UTF-8"))
                .body("detail", containsString("(line 3)"));
        given().when().get(wave).then().body("responseCount", equalTo(0)).header("ETag", "\"0\"");
        assertEquals(0, aggregates(survey, null).getInt("questions[0].n"));
        // The same file as UTF-8 is fine, Korean id included.
        SurveyFixtures.importCsv(wave, csv).then().statusCode(200).body("accepted", equalTo(2));
    }

    @Test
    void aWrongHeaderIsRefusedWholeNamingTheColumns() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        String row = "\nR1," + SurveyFixtures.SEONGBUK + ",PARTICIPATING,Y,5\n";
        assertProblem(
                        SurveyFixtures.importCsv(wave, "respondentId,dongCode,group,awareness,satisfation" + row)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("header"))
                .body("detail", containsString("missing satisfaction"))
                .body("detail", containsString("unknown 'satisfation'"));
        assertProblem(
                        SurveyFixtures.importCsv(wave, "respondentId,dongCode,group,awareness,awareness" + row)
                                .then(),
                        400,
                        "validation")
                .body("detail", containsString("repeated awareness"));
        assertProblem(SurveyFixtures.importCsv(wave, "").then(), 400, "validation")
                .body("errors[0].field", equalTo("header"));
        assertProblem(
                        SurveyFixtures.importCsv(
                                        wave, "respondentId,dongCode,group,awareness,satisfaction\n\"R1,1129052500")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("body"))
                .body("detail", startsWith("body: is not valid CSV"));
        given().when().get(wave).then().body("responseCount", equalTo(0));
        // Columns in another order are fine.
        SurveyFixtures.importCsv(
                        wave,
                        "satisfaction,awareness,group,dongCode,respondentId\n5,Y,PARTICIPATING,"
                                + SurveyFixtures.SEONGBUK + ",R1\n")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1));
        assertEquals(100.0f, aggregates(survey, null).getFloat("questions[0].share"));
    }

    @Test
    void badRowsAreReportedByLineWhileGoodRowsAreStored() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        String p = SurveyFixtures.SEONGBUK;
        String n = SurveyFixtures.WOLGYE1;
        String csv = SurveyFixtures.HEADER + "\n"
                + "R1," + p + ",PARTICIPATING,Y,4\n" // 2 ok
                + "R2,9999999999,PARTICIPATING,Y,4\n" // 3 unknown dong
                + "R3," + p + ",P,Y,4\n" // 4 bad group
                + "R4," + p + ",PARTICIPATING,yes,4\n" // 5 bad YES_NO answer
                + "R5," + n + ",NON_PARTICIPATING,N,6\n" // 6 bad LIKERT5 answer
                + "R1," + p + ",PARTICIPATING,N,2\n" // 7 duplicate respondent
                + "R6," + p + ",PARTICIPATING\n" // 8 too few cells
                + "R7," + n + ",NON_PARTICIPATING,,\n" // 9 ok, no answers
                + "R8," + p + ",NON_PARTICIPATING,N,3\n" // 10 the dong is PARTICIPATING (line 2)
                + "\"R\n9\"," + p + ",PARTICIPATING,Y,3\n" // 11–12 a line break in the id
                + "R10,112905250,PARTICIPATING,Y,3\n"; // 13 a 9-digit dong code
        SurveyFixtures.importCsv(wave, csv)
                .then()
                .statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejectedCount", equalTo(9))
                .body("rejected.line", contains(3, 4, 5, 6, 7, 8, 10, 11, 13))
                .body(
                        "rejected[0].reason",
                        equalTo(
                                "dongCode: '9999999999' is not a 10-digit code of a current 행정동 (see GET /api/v1/dongs)"))
                .body("rejected[1].reason", equalTo("group: 'P' is not one of [PARTICIPATING, NON_PARTICIPATING]"))
                .body("rejected[2].reason", startsWith("awareness: 'yes' is not Y or N"))
                .body("rejected[3].reason", startsWith("satisfaction: '6' is not a whole number from 1 to 5"))
                .body(
                        "rejected[4].reason",
                        equalTo("respondentId: 'R1' is on line 2 already (a respondent answers once per wave)"))
                .body("rejected[5].reason", equalTo("the row has 3 cells; the header has 5 columns"))
                .body("rejected[6].reason", startsWith("group: dong " + p + " is PARTICIPATING in this wave (line 2)"))
                .body("rejected[7].reason", startsWith("respondentId: must be 1 to 64 characters"))
                .body("rejected[8].reason", startsWith("dongCode: '112905250'"));
        given().when().get(wave).then().body("responseCount", equalTo(2));
        JsonPath all = aggregates(survey, null);
        assertEquals(2, all.getInt("respondents"));
        assertEquals(1, all.getInt("questions[0].n")); // R7 answered nothing
        assertEquals(1, all.getInt("questions[0].yes"));
        assertEquals(4.0f, all.getFloat("questions[1].mean"));

        // A later file may not bring R1 back, nor move the dong of R7 to the other group.
        SurveyFixtures.importCsv(
                        wave,
                        SurveyFixtures.HEADER + "\nR1," + p + ",PARTICIPATING,N,1\nR11," + n + ",PARTICIPATING,Y,5\n"
                                + "R12," + n + ",NON_PARTICIPATING,Y,5\n")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body(
                        "rejected[0].reason",
                        equalTo(
                                "respondentId: 'R1' was imported into this wave before (a respondent answers once per wave)"))
                .body(
                        "rejected[1].reason",
                        startsWith("group: dong " + n + " is NON_PARTICIPATING in this wave (an earlier import)"));
    }

    @Test
    void theSameFileWithTheSameIdempotencyKeyIsImportedOnceAndAnsweredAgain() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String csv = SurveyFixtures.HEADER + "\nR1," + SurveyFixtures.SEONGBUK + ",PARTICIPATING,Y,4\n";
        var first = given().header("Idempotency-Key", "import-" + survey.hashCode())
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(survey + "/waves/2015-baseline/responses");
        first.then().statusCode(200).body("accepted", equalTo(1));
        given().header("Idempotency-Key", "import-" + survey.hashCode())
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(survey + "/waves/2015-baseline/responses")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("accepted", equalTo(1))
                .body("rejectedCount", equalTo(0));
        given().when().get(survey + "/waves/2015-baseline").then().body("responseCount", equalTo(1));
    }

    @Test
    void importsNeedAKnownWaveAndCsv() {
        String survey = SurveyFixtures.surveyWithBaseline();
        assertProblem(
                SurveyFixtures.importCsv(survey + "/waves/2099-none", SurveyFixtures.HEADER + "\n")
                        .then(),
                404,
                "not-found");
        assertProblem(
                given().contentType("application/json")
                        .body("{}")
                        .post(survey + "/waves/2015-baseline/responses")
                        .then(),
                415,
                "unsupported-media-type");
    }
}
