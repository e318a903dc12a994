package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.Tokens;

/**
 * Support-team training (issue 24 item 6): the audience SUPPORT_TEAM in courses and targets, and a district
 * support team's demand survey becoming training needs (source DEMAND_SURVEY) beside monitoring's.
 */
@QuarkusTest
class TrainingDemandTest {

    private static final String SEONGBUK = "11290";
    private static final String JONGNO = "11110";

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String survey(String district, List<String> topics, int respondents) {
        StringBuilder list = new StringBuilder("[");
        for (String topic : topics) {
            list.append(list.length() > 1 ? "," : "").append('"').append(topic).append('"');
        }
        return "{\"districtCode\":\"" + district + "\",\"topics\":" + list + "],\"respondents\":" + respondents + "}";
    }

    private static ValidatableResponse post(String token, String body) {
        Tokens.actAnonymously();
        try {
            return ApiRequest.of("POST", "/api/v1/training-demand", body)
                    .send(token)
                    .then();
        } finally {
            Tokens.actAsCityAdmin();
        }
    }

    private static long demandNeeds() {
        return given().queryParam("source", "DEMAND_SURVEY")
                .queryParam("size", 1)
                .get("/api/v1/training-needs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    @Test
    void aSurveysTopicsBecomeNeedsAndALaterSurveyReinforcesTheOpenOnes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String caseManagement = "통합사례관리 " + suffix;
        String planning = "마을계획 수립 " + suffix;
        // a course for support teams that names the first topic is matched to its need
        String course = given().contentType(ContentType.JSON)
                .body("{\"title\":\"추진지원단 " + caseManagement + " 과정\",\"track\":\"BASIC\",\"hours\":6,"
                        + "\"fields\":[\"WELFARE\"],\"organiser\":\"" + SEONGBUK
                        + "\",\"audiences\":[\"SUPPORT_TEAM\"]}")
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .body("audiences", equalTo(List.of("SUPPORT_TEAM")))
                .extract()
                .path("id");

        ValidatableResponse first = post(
                        Tokens.districtOfficer(SEONGBUK), survey(SEONGBUK, List.of(caseManagement, planning), 42))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/training-demand/"))
                .body("districtCode", equalTo(SEONGBUK))
                .body("respondents", equalTo(42))
                .body("topics.topic", equalTo(List.of(caseManagement, planning)))
                .body("topics.reinforced", equalTo(List.of(false, false)))
                .body("topics[0].need.source", equalTo("DEMAND_SURVEY"))
                .body("topics[0].need.districtCode", equalTo(SEONGBUK))
                .body("topics[0].need.topic", equalTo(caseManagement))
                .body("topics[0].need.respondents", equalTo(42))
                .body("topics[0].need.surveys", equalTo(1))
                .body("topics[0].need.status", equalTo("OPEN"))
                .body("topics[0].need.courseIds", equalTo(List.of(course)))
                .body("topics[0].need.roundId", nullValue())
                .body("topics[0].need.score", nullValue())
                .body("topics[1].need.courseIds", equalTo(List.of()));
        String caseNeed = first.extract().path("topics[0].need.id");
        String surveyId = first.extract().path("id");

        // a second survey (the city admin's): the same topic, spaced differently, reinforces the open need
        post(Tokens.cityAdmin(), survey(SEONGBUK, List.of("  통합사례관리   " + suffix + " ", "복지상담 " + suffix), 8))
                .statusCode(201)
                .body("topics.reinforced", equalTo(List.of(true, false)))
                .body("topics[0].need.id", equalTo(caseNeed))
                .body("topics[0].need.respondents", equalTo(50))
                .body("topics[0].need.surveys", equalTo(2))
                .body("topics[0].need.version", equalTo(1));
        // 종로구's survey of the same topic is a need of its own
        String jongnoNeed = post(Tokens.of("trainer"), survey(JONGNO, List.of(caseManagement), 5))
                .statusCode(201)
                .body("topics[0].reinforced", equalTo(false))
                .extract()
                .path("topics[0].need.id");
        assertEquals(false, jongnoNeed.equals(caseNeed));

        // listed beside monitoring's needs, and filtered by source
        given().queryParam("source", "DEMAND_SURVEY")
                .queryParam("district", SEONGBUK)
                .queryParam("size", 100)
                .get("/api/v1/training-needs")
                .then()
                .statusCode(200)
                .body("items.source", everyItem(equalTo("DEMAND_SURVEY")))
                .body("items.topic", hasItem(caseManagement))
                .body("items.topic", hasItem(planning))
                .body("items.find { it.id == '" + caseNeed + "' }.respondents", equalTo(50))
                .body("items.find { it.id == '" + caseNeed + "' }.surveys", equalTo(2))
                .body("items.districtCode", everyItem(equalTo(SEONGBUK)));
        given().queryParam("source", "MONITORING")
                .queryParam("size", 100)
                .get("/api/v1/training-needs")
                .then()
                .statusCode(200)
                .body("items.source", everyItem(equalTo("MONITORING")))
                .body("items.id", not(hasItem(caseNeed)));
        assertProblem(
                given().queryParam("source", "SURVEY")
                        .get("/api/v1/training-needs")
                        .then(),
                400,
                "validation");

        // the survey as it is now; another district's officer does not see it
        Tokens.actAnonymously();
        try {
            ApiRequest.of("GET", "/api/v1/training-demand/" + surveyId, null)
                    .send(Tokens.districtOfficer(SEONGBUK))
                    .then()
                    .statusCode(200)
                    .body("topics[0].need.respondents", equalTo(50));
            assertProblem(
                    ApiRequest.of("GET", "/api/v1/training-demand/" + surveyId, null)
                            .send(Tokens.districtOfficer(JONGNO))
                            .then(),
                    404,
                    "not-found");
        } finally {
            Tokens.actAsCityAdmin();
        }
    }

    @Test
    void aRefusedSurveyNamesTheFieldAndStoresNothing() {
        long before = demandNeeds();
        String topic = "거절될 주제 " + UUID.randomUUID().toString().substring(0, 6);
        assertProblem(post(Tokens.districtOfficer(JONGNO), survey(SEONGBUK, List.of(topic), 10)), 403, "forbidden");
        assertProblem(post(Tokens.of("trainee"), survey(SEONGBUK, List.of(topic), 10)), 403, "forbidden");
        assertProblem(post(Tokens.cityAdmin(), survey("99999", List.of(topic), 10)), 400, "validation")
                .body("errors[0].field", equalTo("districtCode"));
        for (int respondents : new int[] {0, 10_001}) {
            assertProblem(post(Tokens.cityAdmin(), survey(SEONGBUK, List.of(topic), respondents)), 400, "validation")
                    .body("errors[0].field", equalTo("respondents"));
        }
        assertProblem(post(Tokens.cityAdmin(), survey(SEONGBUK, List.of(), 10)), 400, "validation")
                .body("errors[0].field", equalTo("topics"));
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(topic + " " + i);
        }
        assertProblem(post(Tokens.cityAdmin(), survey(SEONGBUK, many, 10)), 400, "validation")
                .body("errors[0].field", equalTo("topics"));
        assertProblem(post(Tokens.cityAdmin(), survey(SEONGBUK, List.of(topic, "   "), 10)), 400, "validation")
                .body("errors[0].field", equalTo("topics[1]"));
        assertProblem(
                        post(Tokens.cityAdmin(), survey(SEONGBUK, List.of(topic, "가".repeat(101)), 10)),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("topics[1]"));
        // the same topic twice in one survey (after trimming)
        assertProblem(post(Tokens.cityAdmin(), survey(SEONGBUK, List.of(topic, " " + topic), 10)), 400, "validation")
                .body("errors[0].field", equalTo("topics[1]"));
        assertEquals(before, demandNeeds(), "refused surveys stored no need");
    }

    @Test
    void supportTeamsAreACourseAudienceAndATargetAudience() {
        given().contentType(ContentType.JSON)
                .body("{\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"SUPPORT_TEAM\",\"target\":250}]}")
                .put("/api/v1/targets/2019")
                .then()
                .statusCode(200)
                .body("targets[0].audience", equalTo("SUPPORT_TEAM"))
                .body("targets[0].target", equalTo(250));
        // a district's report of its support team's training counts toward it
        Tokens.actAnonymously();
        try {
            ApiRequest.of(
                            "POST",
                            "/api/v1/district-training-reports",
                            "{\"districtCode\":\"" + SEONGBUK + "\",\"year\":2019,\"month\":5,\"title\":\"추진지원단 "
                                    + "실무교육\",\"audience\":\"SUPPORT_TEAM\",\"completions\":12}")
                    .send(Tokens.districtOfficer(SEONGBUK))
                    .then()
                    .statusCode(201)
                    .body("audience", equalTo("SUPPORT_TEAM"));
        } finally {
            Tokens.actAsCityAdmin();
        }
        given().get("/api/v1/targets/2019")
                .then()
                .statusCode(200)
                .body("targets.find { it.audience == 'SUPPORT_TEAM' }.trained", equalTo(12))
                .body("targets.find { it.audience == 'SUPPORT_TEAM' }.bySource.DISTRICT_REPORT", equalTo(12));
    }
}
