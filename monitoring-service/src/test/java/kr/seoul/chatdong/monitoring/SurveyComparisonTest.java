package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/**
 * A question compared between the 2015 baseline and the 2016 follow-up (사업 전후 비교), with the
 * difference-in-differences, on a small data set whose answers are computed by hand below.
 */
@QuarkusTest
class SurveyComparisonTest {

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

    /** {@code count} respondents of {@code dong} in {@code group}: the first {@code yes} say Y, the i-th answers satisfaction[i] ("" for none). */
    static String rows(String prefix, String dong, String group, int count, int yes, String... satisfaction) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            csv.append(prefix)
                    .append(i)
                    .append(',')
                    .append(dong)
                    .append(',')
                    .append(group)
                    .append(',')
                    .append(i < yes ? "Y" : "N")
                    .append(',')
                    .append(i < satisfaction.length ? satisfaction[i] : "")
                    .append('\n');
        }
        return csv.toString();
    }

    static void importInto(String survey, String wave, String rows) {
        SurveyFixtures.importCsv(survey + "/waves/" + wave, SurveyFixtures.HEADER + "\n" + rows)
                .then()
                .statusCode(200)
                .body("rejectedCount", equalTo(0));
    }

    /**
     * Baseline (2015):  P 10 respondents, 3 Y → 30.0 %;  satisfaction 3,3,4,2 → 12/4 = 3.00
     *                   N  8 respondents, 2 Y → 25.0 %;  satisfaction 3,4     →  7/2 = 3.50
     * Follow-up (2016): P 10 respondents, 6 Y → 60.0 %;  satisfaction 4,5,4,4 → 17/4 = 4.25
     *                   N  8 respondents, 3 Y → 37.5 %;  satisfaction 3,4,4   → 11/3 = 3.666… (3.67)
     * awareness:    P change 60.0 − 30.0 = 30.0 pp, N change 37.5 − 25.0 = 12.5 pp, DiD = 30.0 − 12.5 = 17.5 pp.
     *               all: 5/18 = 27.777… % (27.8) → 9/18 = 50.0 %, change 22.222… (22.2).
     * satisfaction: P change 1.25, N change 3.666… − 3.50 = 0.1666… (0.17), DiD = 1.25 − 0.1666… = 1.0833… (1.08).
     *               all: 19/6 = 3.1666… (3.17) → 28/7 = 4.00, change 0.8333… (0.83).
     */
    static String surveyWithTwoWaves() {
        String survey = SurveyFixtures.surveyWithBaseline();
        given().contentType(ContentType.JSON)
                .body(SurveyFixtures.FOLLOW_UP)
                .post(survey + "/waves")
                .then()
                .statusCode(201);
        importInto(
                survey,
                "2015-baseline",
                rows("P", P, "PARTICIPATING", 10, 3, "3", "3", "4", "2")
                        + rows("N", N, "NON_PARTICIPATING", 8, 2, "3", "4"));
        importInto(
                survey,
                "2016-follow-up",
                rows("P", P, "PARTICIPATING", 10, 6, "4", "5", "4", "4")
                        + rows("N", N, "NON_PARTICIPATING", 8, 3, "3", "4", "4"));
        return survey;
    }

    @Test
    void theDifferenceInDifferencesOfAwarenessAndOfSatisfaction() {
        String survey = surveyWithTwoWaves();
        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", "2016-follow-up")
                .queryParam("question", "awareness")
                .when()
                .get(survey + "/comparison")
                .then()
                .statusCode(200)
                .body("question", equalTo("awareness"))
                .body("scale", equalTo("YES_NO"))
                .body("baseline", equalTo("2015-baseline"))
                .body("followUp", equalTo("2016-follow-up"))
                .body("participating.baseline.n", equalTo(10))
                .body("participating.baseline.value", equalTo(30.0f))
                .body("participating.followUp.value", equalTo(60.0f))
                .body("participating.change", equalTo(30.0f))
                .body("nonParticipating.baseline.n", equalTo(8))
                .body("nonParticipating.baseline.value", equalTo(25.0f))
                .body("nonParticipating.followUp.value", equalTo(37.5f))
                .body("nonParticipating.change", equalTo(12.5f))
                .body("all.baseline.n", equalTo(18))
                .body("all.baseline.value", equalTo(27.8f))
                .body("all.followUp.value", equalTo(50.0f))
                .body("all.change", equalTo(22.2f))
                .body("differenceInDifferences", equalTo(17.5f))
                .body("note", nullValue());

        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", "2016-follow-up")
                .queryParam("question", "satisfaction")
                .when()
                .get(survey + "/comparison")
                .then()
                .statusCode(200)
                .body("scale", equalTo("LIKERT5"))
                .body("participating.baseline.n", equalTo(4))
                .body("participating.baseline.value", equalTo(3.0f))
                .body("participating.followUp.value", equalTo(4.25f))
                .body("participating.change", equalTo(1.25f))
                .body("nonParticipating.followUp.n", equalTo(3))
                .body("nonParticipating.followUp.value", equalTo(3.67f))
                .body("nonParticipating.change", equalTo(0.17f))
                .body("all.baseline.value", equalTo(3.17f))
                .body("all.followUp.value", equalTo(4.0f))
                .body("all.change", equalTo(0.83f))
                .body("differenceInDifferences", equalTo(1.08f));
    }

    @Test
    void aGroupWithoutAnswersInAWaveGivesNoDifferenceInDifferencesButANote() {
        String survey = surveyWithTwoWaves();
        given().contentType(ContentType.JSON)
                .body(SurveyFixtures.wave("2017-follow-up", "FOLLOW_UP", "2017-05-01", "2017-06-30"))
                .post(survey + "/waves")
                .then()
                .statusCode(201);
        importInto(survey, "2017-follow-up", rows("P", P, "PARTICIPATING", 4, 3));
        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", "2017-follow-up")
                .queryParam("question", "awareness")
                .when()
                .get(survey + "/comparison")
                .then()
                .statusCode(200)
                .body("participating.followUp.value", equalTo(75.0f)) // 3 of 4
                .body("participating.change", equalTo(45.0f)) // 75.0 − 30.0
                .body("nonParticipating.followUp.n", equalTo(0))
                .body("nonParticipating.followUp.value", nullValue())
                .body("nonParticipating.change", nullValue())
                .body("all.followUp.n", equalTo(4))
                .body("differenceInDifferences", nullValue())
                .body(
                        "note",
                        equalTo(
                                "No answers to awareness from NON_PARTICIPATING in 2017-follow-up: the difference-in-differences "
                                        + "needs answers from both groups in both waves"));
    }

    /** The walkthrough of monitoring-service/README.md, with the answers it shows. */
    @Test
    void theReadmeWalkthroughAnswersAsDocumented() {
        String survey = SurveyFixtures.surveyWithBaseline();
        given().contentType(ContentType.JSON)
                .body(SurveyFixtures.FOLLOW_UP)
                .post(survey + "/waves")
                .then()
                .statusCode(201);
        SurveyFixtures.importCsv(
                        survey + "/waves/2015-baseline",
                        SurveyFixtures.HEADER + "\n"
                                + "R001,1129052500,PARTICIPATING,Y,4\nR002,1129052500,PARTICIPATING,N,3\nR003,1129052500,PARTICIPATING,N,\n"
                                + "R004,1135056000,NON_PARTICIPATING,Y,3\nR005,1135056000,NON_PARTICIPATING,N,2\nR006,1129099999,PARTICIPATING,Y,4\n")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(5))
                .body("rejectedCount", equalTo(1))
                .body("rejected[0].line", equalTo(7))
                .body(
                        "rejected[0].reason",
                        equalTo(
                                "dongCode: '1129099999' is not a 10-digit code of a current 행정동 (see GET /api/v1/dongs)"));
        importInto(
                survey,
                "2016-follow-up",
                "R101,1129052500,PARTICIPATING,Y,5\nR102,1129052500,PARTICIPATING,Y,4\n"
                        + "R103,1129052500,PARTICIPATING,N,4\nR104,1135056000,NON_PARTICIPATING,Y,3\nR105,1135056000,NON_PARTICIPATING,N,\n"
                        + "R106,1135056000,NON_PARTICIPATING,N,3\n");
        given().when()
                .get(survey + "/waves/2015-baseline/aggregates")
                .then()
                .body("questions[0].n", equalTo(5))
                .body("questions[0].yes", equalTo(2))
                .body("questions[0].share", equalTo(40.0f))
                .body("questions[1].n", equalTo(4))
                .body("questions[1].mean", equalTo(3.0f));
        given().queryParam("group", "PARTICIPATING")
                .when()
                .get(survey + "/waves/2015-baseline/aggregates")
                .then()
                .body("questions[0].n", equalTo(3))
                .body("questions[0].yes", equalTo(1))
                .body("questions[0].share", equalTo(33.3f));
        given().queryParam("baseline", "2015-baseline")
                .queryParam("followUp", "2016-follow-up")
                .queryParam("question", "awareness")
                .when()
                .get(survey + "/comparison")
                .then()
                .statusCode(200)
                .body("participating.baseline.value", equalTo(33.3f))
                .body("participating.followUp.value", equalTo(66.7f))
                .body("participating.change", equalTo(33.3f))
                .body("nonParticipating.baseline.value", equalTo(50.0f))
                .body("nonParticipating.followUp.value", equalTo(33.3f))
                .body("nonParticipating.change", equalTo(-16.7f))
                .body("all.baseline.value", equalTo(40.0f))
                .body("all.followUp.value", equalTo(50.0f))
                .body("all.change", equalTo(10.0f))
                .body("differenceInDifferences", equalTo(50.0f))
                .body("note", nullValue());
    }

    @Test
    void theWavesAndTheQuestionMustBeTheSurveysAndInOrder() {
        String survey = surveyWithTwoWaves();
        String path = survey + "/comparison";
        assertProblem(
                        given().queryParam("baseline", "2015-baseline")
                                .queryParam("question", "awareness")
                                .when()
                                .get(path)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("followUp"));
        assertProblem(
                        given().queryParam("baseline", "2014-none")
                                .queryParam("followUp", "2016-follow-up")
                                .queryParam("question", "awareness")
                                .when()
                                .get(path)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("baseline"));
        assertProblem(
                        given().queryParam("baseline", "2015-baseline")
                                .queryParam("followUp", "2016-follow-up")
                                .queryParam("question", "trust")
                                .when()
                                .get(path)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("question"))
                .body("detail", containsString("its questions are awareness, satisfaction"));
        assertProblem(
                        given().queryParam("baseline", "2016-follow-up")
                                .queryParam("followUp", "2015-baseline")
                                .queryParam("question", "awareness")
                                .when()
                                .get(path)
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("followUp"))
                .body("detail", containsString("must be fielded after the baseline wave"));
        assertProblem(
                given().queryParam("baseline", "2015-baseline")
                        .queryParam("followUp", "2016-follow-up")
                        .queryParam("question", "awareness")
                        .queryParam("qestion", "x")
                        .when()
                        .get(path)
                        .then(),
                400,
                "validation");
        assertProblem(
                given().queryParam("baseline", "2015-baseline")
                        .queryParam("followUp", "2016-follow-up")
                        .queryParam("question", "awareness")
                        .when()
                        .get("/api/v1/surveys/0b9c7f7e-2a55-4c8e-9d2b-5f0f3c7f1a10/comparison")
                        .then(),
                404,
                "not-found");
    }
}
