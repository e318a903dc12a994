package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseQuotaTest.cadence;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.testing.Tokens;

/**
 * The cadence through the API: a discovery district's case published on 2016-05-10 counts in
 * 2016-W19; its channel slots in the weeks they are scheduled for. (What is left out: {@link
 * CaseQuotaTest}.)
 */
@QuarkusTest
class PublishingCadenceApiTest {

    static final String ADMIN = Tokens.cityAdmin();

    @Inject
    MovableClock clock;

    @Test
    void aPublishedCaseCountsInItsWeekAndItsDistrictLeavesTheListOfDistrictsWithout() throws Exception {
        CaseQuotaTest.discoveryTeamOf2016(); // 금천구 (11545) is one of them
        JsonPath before = cadence(2016);

        String id = clock.at(Instant.parse("2016-05-10T01:00:00Z"), () -> {
            String created = given().header("Authorization", "Bearer " + ADMIN)
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"title\":\"금천구 가산동 나눔 냉장고\",\"dongCode\":\"1154551000\",\"field\":\"VILLAGE\",\"body\":\"나눔 냉장고\"}")
                    .when()
                    .post("/api/v1/cases")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().header("Authorization", "Bearer " + ADMIN)
                    .header("If-Match", "\"0\"")
                    .when()
                    .post("/api/v1/cases/" + created + "/submit")
                    .then()
                    .statusCode(200);
            given().header("Authorization", "Bearer " + ADMIN)
                    .header("If-Match", "\"1\"")
                    .contentType(ContentType.JSON)
                    .body(
                            "{\"channels\":[{\"channel\":\"HOMEPAGE\",\"scheduledOn\":\"2016-05-10\"},{\"channel\":\"NEWSLETTER\",\"scheduledOn\":\"2016-05-15\"}]}")
                    .when()
                    .post("/api/v1/cases/" + created + "/publish")
                    .then()
                    .statusCode(200);
            return created;
        });

        JsonPath after = cadence(2016);
        assertEquals(before.getLong("published") + 1, after.getLong("published"), id);
        // 2016-05-10 (Tue) and 2016-05-15 (Sun) are both in 2016-W19.
        assertEquals(19, after.getInt("weeks[18].week"));
        assertEquals("2016-05-09", after.getString("weeks[18].from"));
        assertEquals(before.getLong("weeks[18].published") + 1, after.getLong("weeks[18].published"));
        assertEquals(153, after.getInt("perYearTarget"));
        assertEquals(2, after.getInt("perWeekTarget"));
        assertEquals(false, after.getList("districtsWithoutPublishedCase.code").contains("11545"));
        assertEquals(before.getLong("weeks[18].scheduled.HOMEPAGE") + 1, after.getLong("weeks[18].scheduled.HOMEPAGE"));
        assertEquals(
                before.getLong("weeks[18].scheduled.NEWSLETTER") + 1, after.getLong("weeks[18].scheduled.NEWSLETTER"));

        assertProblem(
                given().queryParam("year", 2016)
                        .when()
                        .get("/api/v1/publishing/cadence")
                        .then(),
                401,
                "unauthorized");
        assertProblem(
                given().header("Authorization", "Bearer " + ADMIN)
                        .when()
                        .get("/api/v1/publishing/cadence")
                        .then(),
                400,
                "validation");
    }
}
