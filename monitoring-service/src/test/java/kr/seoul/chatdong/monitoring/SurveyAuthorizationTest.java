package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/**
 * Who may import responses (a CSV body, so not in the JSON authorization matrix of
 * {@link MonitoringAuthorizationTest}, which has the survey and wave creates): city admins and
 * monitors; every other role is refused, and reads need a token of any role.
 */
@QuarkusTest
class SurveyAuthorizationTest {

    @BeforeEach
    void noDefaultToken() {
        RestAssured.requestSpecification = null;
    }

    static byte[] oneRow(String respondent) {
        return (SurveyFixtures.HEADER + "\n" + respondent + "," + SurveyFixtures.SEONGBUK + ",PARTICIPATING,Y,4\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void onlyCityAdminsAndMonitorsImportResponses() {
        String wave = SurveyFixtures.surveyWithBaseline() + "/waves/2015-baseline";
        assertProblem(SurveyFixtures.importCsv(wave, oneRow("R1"), null).then(), 401, "unauthorized");
        for (String role : List.of(Roles.EDITOR, Roles.CONSULTANT, Roles.TRAINER)) {
            assertProblem(
                    SurveyFixtures.importCsv(wave, oneRow("R1"), Tokens.of(role))
                            .then(),
                    403,
                    "forbidden");
        }
        assertProblem(
                SurveyFixtures.importCsv(wave, oneRow("R1"), Tokens.districtOfficer("11290"))
                        .then(),
                403,
                "forbidden");
        assertResponseCount(wave, 0);
        SurveyFixtures.importCsv(wave, oneRow("R1"), Tokens.of(Roles.MONITOR))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1));
        SurveyFixtures.importCsv(wave, oneRow("R2"), Tokens.cityAdmin())
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1));
        assertResponseCount(wave, 2);
    }

    @Test
    void readsNeedAToken() {
        String survey = SurveyFixtures.surveyWithBaseline();
        for (String path : List.of(
                "/api/v1/surveys",
                survey,
                survey + "/waves",
                survey + "/waves/2015-baseline",
                survey + "/waves/2015-baseline/aggregates")) {
            assertProblem(given().when().get(path).then(), 401, "unauthorized");
            given().auth()
                    .oauth2(Tokens.of(Roles.CONSULTANT))
                    .when()
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        String comparison = survey + "/comparison?baseline=2015-baseline&followUp=2016-follow-up&question=awareness";
        assertProblem(given().when().get(comparison).then(), 401, "unauthorized");
    }

    private static void assertResponseCount(String wave, int expected) {
        given().auth()
                .oauth2(Tokens.cityAdmin())
                .when()
                .get(wave)
                .then()
                .statusCode(200)
                .body("responseCount", equalTo(expected));
    }
}
