package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.testing.Tokens;

/** The cadence through the API: a case published now counts in this ISO week; its channel slots in the weeks they are scheduled for. */
@QuarkusTest
class PublishingCadenceApiTest {

    static final String ADMIN = Tokens.cityAdmin();

    static JsonPath cadence(int year) {
        return given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("year", year)
                .when()
                .get("/api/v1/publishing/cadence")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aPublishedCaseCountsInItsWeekAndItsDistrictLeavesTheListOfDistrictsWithout() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        int isoYear = today.get(IsoFields.WEEK_BASED_YEAR);
        int week = today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        JsonPath before = cadence(isoYear);
        JsonPath before2016 = cadence(2016);
        given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("year", isoYear)
                .when()
                .get("/api/v1/publishing/cadence")
                .then()
                .body("districtsWithoutPublishedCase.code", hasItem("11320"));

        String id = given().header("Authorization", "Bearer " + ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        "{\"title\":\"도봉구 창1동 나눔 냉장고\",\"dongCode\":\"1132051100\",\"field\":\"VILLAGE\",\"body\":\"나눔 냉장고\"}")
                .when()
                .post("/api/v1/cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("Authorization", "Bearer " + ADMIN)
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/cases/" + id + "/submit")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + ADMIN)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(
                        "{\"channels\":[{\"channel\":\"HOMEPAGE\",\"scheduledOn\":\"2016-05-10\"},{\"channel\":\"NEWSLETTER\",\"scheduledOn\":\"2016-05-15\"}]}")
                .when()
                .post("/api/v1/cases/" + id + "/publish")
                .then()
                .statusCode(200);

        JsonPath after = cadence(isoYear);
        assertEquals(before.getLong("published") + 1, after.getLong("published"));
        assertEquals(
                before.getLong("weeks[" + (week - 1) + "].published") + 1,
                after.getLong("weeks[" + (week - 1) + "].published"));
        assertEquals(week, after.getInt("weeks[" + (week - 1) + "].week"));
        assertEquals(153, after.getInt("perYearTarget"));
        assertEquals(2, after.getInt("perWeekTarget"));
        given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("year", isoYear)
                .when()
                .get("/api/v1/publishing/cadence")
                .then()
                .body("districtsWithoutPublishedCase.code", not(hasItem("11320")));
        // 2016-05-10 (Tue) and 2016-05-15 (Sun) are both in 2016-W19.
        JsonPath after2016 = cadence(2016);
        assertEquals("2016-05-09", after2016.getString("weeks[18].from"));
        assertEquals(
                before2016.getLong("weeks[18].scheduled.HOMEPAGE") + 1,
                after2016.getLong("weeks[18].scheduled.HOMEPAGE"));
        assertEquals(
                before2016.getLong("weeks[18].scheduled.NEWSLETTER") + 1,
                after2016.getLong("weeks[18].scheduled.NEWSLETTER"));

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
