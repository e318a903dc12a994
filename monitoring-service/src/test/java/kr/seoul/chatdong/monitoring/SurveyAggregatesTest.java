package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/**
 * Waves entered as figures (PUT .../aggregates) where no respondent rows exist: read by the
 * aggregates and the comparison exactly like imported waves, refused (409) on a wave with rows and
 * the reverse, and the 2015 baseline seeded by V12 (residents 1,214, 355 aware = 29.2 %).
 */
@QuarkusTest
class SurveyAggregatesTest {

    static final String RESIDENTS = "/api/v1/surveys/5e1d2015-0000-4000-8000-000000000001";
    static final String OFFICIALS = "/api/v1/surveys/5e1d2015-0000-4000-8000-000000000002";

    static final String P = SurveyFixtures.SEONGBUK;
    static final String N = SurveyFixtures.WOLGYE1;

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    static ValidatableResponse put(String wave, String body, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(wave + "/aggregates").then();
    }

    static String addWave(String survey, String code, String kind, String from, String to) {
        given().contentType(ContentType.JSON)
                .body(SurveyFixtures.wave(code, kind, from, to))
                .post(survey + "/waves")
                .then()
                .statusCode(201);
        return survey + "/waves/" + code;
    }

    /** The figures of the P 10 / N 8 baseline of SurveyComparisonTest, entered instead of imported. */
    static final String BY_GROUP = """
            {"groups": [
              {"group": "PARTICIPATING", "n": 10, "questions": [
                {"code": "awareness", "yes": 3}, {"code": "satisfaction", "n": 4, "mean": 3}]},
              {"group": "NON_PARTICIPATING", "n": 8, "questions": [
                {"code": "awareness", "yes": 2}, {"code": "satisfaction", "n": 2, "mean": 3.5}]}]}
            """;

    @Test
    void theSeededBaselineReadsAsTheReportGivesIt() {
        given().get(RESIDENTS)
                .then()
                .statusCode(200)
                .body("population", equalTo("RESIDENTS"))
                .body("questions.code", org.hamcrest.Matchers.contains("awareness"));
        given().get(RESIDENTS + "/waves/2015-baseline")
                .then()
                .statusCode(200)
                .body("kind", equalTo("BASELINE"))
                .body("aggregates", equalTo(true))
                .body("responseCount", equalTo(0));
        given().get(RESIDENTS + "/waves/2015-baseline/aggregates")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(1214))
                .body("questions[0].code", equalTo("awareness"))
                .body("questions[0].n", equalTo(1214))
                .body("questions[0].yes", equalTo(355))
                .body("questions[0].share", equalTo(29.2f));
        // not split by group: a group's respondents are unknown
        given().queryParam("group", "PARTICIPATING")
                .get(RESIDENTS + "/waves/2015-baseline/aggregates")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(0))
                .body("questions[0].n", equalTo(0));
        given().get(OFFICIALS + "/waves/2015-baseline/aggregates")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(704))
                .body("questions[0].n", equalTo(0));
    }

    /**
     * The seeded baseline (1,214, 355 Y, totals only) against a follow-up imported as rows:
     * P 4 of 5 Y = 80.0 %, N 1 of 5 = 20.0 %; all 5 of 10 = 50.0 %, change 50.0 − 29.24… = 20.8 pp.
     */
    @Test
    void theSeededBaselineComparesWithAnImportedFollowUp() {
        String code = "f-" + UUID.randomUUID().toString().substring(0, 8);
        String wave = addWave(RESIDENTS, code, "FOLLOW_UP", "2016-05-01", "2016-06-30");
        StringBuilder csv = new StringBuilder("respondentId,dongCode,group,awareness\n");
        for (int i = 0; i < 5; i++) {
            csv.append("P")
                    .append(i)
                    .append(',')
                    .append(P)
                    .append(",PARTICIPATING,")
                    .append(i < 4 ? "Y" : "N");
            csv.append('\n');
            csv.append("N")
                    .append(i)
                    .append(',')
                    .append(N)
                    .append(",NON_PARTICIPATING,")
                    .append(i < 1 ? "Y" : "N");
            csv.append('\n');
        }
        SurveyFixtures.importCsv(wave, csv.toString()).then().statusCode(200).body("accepted", equalTo(10));
        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", code)
                .queryParam("question", "awareness")
                .get(RESIDENTS + "/comparison")
                .then()
                .statusCode(200)
                .body("all.baseline.n", equalTo(1214))
                .body("all.baseline.value", equalTo(29.2f))
                .body("all.followUp.n", equalTo(10))
                .body("all.followUp.value", equalTo(50.0f))
                .body("all.change", equalTo(20.8f))
                .body("participating.baseline.n", equalTo(0))
                .body("participating.followUp.value", equalTo(80.0f))
                .body("participating.change", nullValue())
                .body("nonParticipating.followUp.value", equalTo(20.0f))
                .body("differenceInDifferences", nullValue())
                .body("note", containsString("PARTICIPATING in 2015-baseline"))
                .body("note", containsString("counts for all only"));
    }

    /** Entered figures give the very numbers SurveyComparisonTest's imported baseline gives. */
    @Test
    void enteredFiguresCompareLikeImportedRows() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String baseline = survey + "/waves/2015-baseline";
        put(baseline, BY_GROUP, null)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("wave", equalTo("2015-baseline"))
                .body("respondents", equalTo(18))
                .body("questions[0].n", equalTo(18))
                .body("questions[0].yes", equalTo(5))
                .body("questions[0].share", equalTo(27.8f))
                .body("questions[1].n", equalTo(6))
                .body("questions[1].mean", equalTo(3.17f));
        given().queryParam("group", "NON_PARTICIPATING")
                .get(baseline + "/aggregates")
                .then()
                .body("respondents", equalTo(8))
                .body("questions[1].mean", equalTo(3.5f));
        addWave(survey, "2016-follow-up", "FOLLOW_UP", "2016-05-01", "2016-06-30");
        SurveyComparisonTest.importInto(
                survey,
                "2016-follow-up",
                SurveyComparisonTest.rows("P", P, "PARTICIPATING", 10, 6, "4", "5", "4", "4")
                        + SurveyComparisonTest.rows("N", N, "NON_PARTICIPATING", 8, 3, "3", "4", "4"));
        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", "2016-follow-up")
                .queryParam("question", "awareness")
                .get(survey + "/comparison")
                .then()
                .statusCode(200)
                .body("participating.baseline.value", equalTo(30.0f))
                .body("nonParticipating.baseline.value", equalTo(25.0f))
                .body("all.baseline.value", equalTo(27.8f))
                .body("all.change", equalTo(22.2f))
                .body("differenceInDifferences", equalTo(17.5f))
                .body("note", nullValue());
        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", "2016-follow-up")
                .queryParam("question", "satisfaction")
                .get(survey + "/comparison")
                .then()
                .statusCode(200)
                .body("all.baseline.value", equalTo(3.17f))
                .body("all.change", equalTo(0.83f))
                .body("differenceInDifferences", equalTo(1.08f));
    }

    @Test
    void aWaveHasRowsOrFiguresNeverBoth() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String rows = survey + "/waves/2015-baseline";
        SurveyComparisonTest.importInto(
                survey, "2015-baseline", SurveyComparisonTest.rows("P", P, "PARTICIPATING", 2, 1));
        assertProblem(put(rows, BY_GROUP, null), 409, "conflict")
                .body("detail", containsString("has 2 respondent rows imported"));
        given().get(rows).then().header("ETag", "\"1\"").body("aggregates", equalTo(false));
        given().get(rows + "/aggregates").then().body("respondents", equalTo(2));

        String figures = addWave(survey, "2016-follow-up", "FOLLOW_UP", "2016-05-01", "2016-06-30");
        put(figures, BY_GROUP, null).statusCode(200);
        assertProblem(
                        SurveyFixtures.importCsv(
                                        figures,
                                        SurveyFixtures.HEADER + "\n"
                                                + SurveyComparisonTest.rows("X", P, "PARTICIPATING", 1, 1))
                                .then(),
                        409,
                        "conflict")
                .body("detail", containsString("holds aggregates"));
        given().get(figures).then().header("ETag", "\"1\"").body("responseCount", equalTo(0));
        given().get(figures + "/aggregates").then().body("respondents", equalTo(18));
    }

    @Test
    void replacingFiguresNeedsTheWavesETag() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        put(wave, BY_GROUP, null).statusCode(200).header("ETag", "\"1\"");
        String totals = "{\"groups\":[{\"n\":20,\"questions\":[{\"code\":\"awareness\",\"yes\":10}]}]}";
        assertProblem(put(wave, totals, null), 428, "precondition-required");
        assertProblem(put(wave, totals, "\"0\""), 412, "precondition-failed");
        given().get(wave + "/aggregates").then().body("respondents", equalTo(18));
        put(wave, totals, "\"1\"")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("respondents", equalTo(20))
                .body("questions[0].share", equalTo(50.0f))
                .body("questions[1].n", equalTo(0)); // replaced whole: satisfaction has no figure now
        given().queryParam("group", "PARTICIPATING")
                .get(wave + "/aggregates")
                .then()
                .body("respondents", equalTo(0));
    }

    @Test
    void invalidFiguresAreRefusedNamingTheFieldAndNothingIsStored() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        record Case(String body, String field) {}
        for (Case c : List.of(
                new Case(
                        "{\"groups\":[{\"n\":10,\"questions\":[{\"code\":\"trust\",\"yes\":3}]}]}",
                        "groups[0].questions[0].code"),
                new Case("{\"groups\":[{\"group\":\"RESIDENTS\",\"n\":10}]}", "groups[0].group"),
                new Case(
                        "{\"groups\":[{\"n\":10,\"questions\":[{\"code\":\"awareness\",\"yes\":11}]}]}",
                        "groups[0].questions[0].yes"),
                new Case(
                        "{\"groups\":[{\"n\":10,\"questions\":[{\"code\":\"awareness\",\"mean\":3}]}]}",
                        "groups[0].questions[0].mean"),
                new Case(
                        "{\"groups\":[{\"n\":10,\"questions\":[{\"code\":\"satisfaction\",\"mean\":5.5}]}]}",
                        "groups[0].questions[0].mean"),
                new Case(
                        "{\"groups\":[{\"n\":10,\"questions\":[{\"code\":\"satisfaction\",\"n\":11,\"mean\":3}]}]}",
                        "groups[0].questions[0].n"),
                new Case(
                        "{\"groups\":[{\"group\":\"PARTICIPATING\",\"n\":10},{\"group\":\"PARTICIPATING\",\"n\":3}]}",
                        "groups[1].group"),
                new Case("{\"groups\":[{\"group\":\"PARTICIPATING\",\"n\":10},{\"n\":3}]}", "groups[1].group"),
                new Case("{\"groups\":[{\"group\":\"PARTICIPATING\",\"n\":0}]}", "groups[0].n"))) {
            assertProblem(put(wave, c.body(), null), 400, "validation").body("errors[0].field", equalTo(c.field()));
        }
        given().get(wave).then().header("ETag", "\"0\"").body("aggregates", equalTo(false));
        given().get(wave + "/aggregates").then().body("respondents", equalTo(0)).body("questions[0].n", equalTo(0));
    }

    @Test
    void onlyCityAdminsAndMonitorsEnterFigures() {
        String survey = SurveyFixtures.surveyWithBaseline();
        String wave = survey + "/waves/2015-baseline";
        RestAssured.requestSpecification = null;
        assertProblem(put(wave, BY_GROUP, null), 401, "unauthorized");
        for (String token : List.of(
                Tokens.of(Roles.EDITOR),
                Tokens.of(Roles.CONSULTANT),
                Tokens.of(Roles.TRAINER),
                Tokens.districtOfficer("11290"))) {
            assertProblem(
                    given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(BY_GROUP)
                            .put(wave + "/aggregates")
                            .then(),
                    403,
                    "forbidden");
        }
        given().auth()
                .oauth2(Tokens.cityAdmin())
                .get(wave)
                .then()
                .header("ETag", "\"0\"")
                .body("aggregates", equalTo(false));
        given().auth()
                .oauth2(Tokens.of(Roles.MONITOR))
                .contentType(ContentType.JSON)
                .body(BY_GROUP)
                .put(wave + "/aggregates")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(18));
    }
}
