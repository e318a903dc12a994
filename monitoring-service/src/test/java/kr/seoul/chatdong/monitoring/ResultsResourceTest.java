package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.testing.Tokens;

/**
 * GET /rounds/{id}/results and GET /dongs/{code}/scores on a data set small enough to check by
 * hand: five dongs in four districts, scores chosen so that the bars, ties and interpolated
 * quartiles all show. The arithmetic is in the comments.
 */
@QuarkusTest
class ResultsResourceTest {

    // dong (district): WELFARE, VILLAGE, ADMINISTRATION, HEALTH = sum → mean
    // 1165051000 서초1동 (11650 서초구, "D"): 45, 62,  70, 51 = 228 → 57.0
    // 1168051000 신사동  (11680 강남구, "A"): 72, 58,  90, 66 = 286 → 71.5
    // 1168052100 논현1동 (11680 강남구, "A"): 80, 61,  85, 60 = 286 → 71.5
    // 1171051000 풍납1동 (11710 송파구, "B"): 64, 70,  97, 55 = 286 → 71.5
    // 1174051500 강일동  (11740 강동구, "C"): 60, 90, 100, 40 = 290 → 72.5
    private static final String[] DONGS = {"1165051000", "1168051000", "1168052100", "1171051000", "1174051500"};
    private static final int[][] SCORES = {
        {45, 62, 70, 51},
        {72, 58, 90, 66},
        {80, 61, 85, 60},
        {64, 70, 97, 55},
        {60, 90, 100, 40},
    };
    private static final String[] FIELDS = {"WELFARE", "VILLAGE", "ADMINISTRATION", "HEALTH"};

    private RestAssuredConfig config;

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
        config = RestAssured.config;
        RestAssured.config =
                RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    @AfterEach
    void restore() {
        RestAssured.config = config;
        RestAssured.requestSpecification = null;
    }

    private static String plan(String name, String startsOn, String endsOn, String... dongs) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + endsOn
                        + "\",\"dongCodes\":[\"" + String.join("\",\"", dongs) + "\"]}")
                .when()
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Records the given (dong index, field index) pairs of {@link #SCORES} in one batch. */
    private static void assess(String round, String[] dongs, int[][] scores, boolean[][] which) {
        StringBuilder batch = new StringBuilder("[");
        for (int d = 0; d < dongs.length; d++) {
            for (int f = 0; f < FIELDS.length; f++) {
                if (which[d][f]) {
                    batch.append(batch.length() > 1 ? "," : "")
                            .append("{\"dongCode\":\"")
                            .append(dongs[d])
                            .append("\",\"field\":\"")
                            .append(FIELDS[f])
                            .append("\",\"score\":")
                            .append(scores[d][f])
                            .append('}');
                }
            }
        }
        String etag = given().when()
                .get("/api/v1/rounds/" + round)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(batch.append(']').toString())
                .when()
                .put("/api/v1/rounds/" + round + "/assessments")
                .then()
                .statusCode(200);
    }

    private static boolean[][] all(int dongs, boolean value) {
        boolean[][] which = new boolean[dongs][FIELDS.length];
        for (boolean[] row : which) {
            Arrays.fill(row, value);
        }
        return which;
    }

    private static ValidatableResponse results(String round) {
        return given().accept(ContentType.JSON)
                .when()
                .get("/api/v1/rounds/" + round + "/results")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void aRoundsResultsFromPlannedThroughInProgressToCompleted() {
        String round = plan("결과 시험 회차", "2014-03-01", "2014-04-30", DONGS);

        // PLANNED: nothing assessed; every dong and district is there, without numbers
        results(round)
                .body("status", equalTo("PLANNED"))
                .body("assessed", equalTo(0))
                .body("expected", equalTo(20))
                .body("fields.WELFARE.count", equalTo(0))
                .body("fields.WELFARE.median", nullValue())
                .body("districts.districtCode", contains("11650", "11680", "11710", "11740"))
                .body("districts.rank", contains(null, null, null, null))
                .body("districts.find { it.districtCode == '11680' }.dongCount", equalTo(2))
                .body("dongs.keySet()", contains(DONGS))
                .body("dongs.'1168051000'.WELFARE", nullValue())
                .body("dongs.'1168051000'.mean", nullValue());

        // IN_PROGRESS: all but 강일동 (C) and 서초1동's HEALTH → 20 − 4 − 1 = 15 assessed
        boolean[][] partly = all(DONGS.length, true);
        Arrays.fill(partly[4], false);
        partly[0][3] = false;
        assess(round, DONGS, SCORES, partly);
        results(round)
                .body("status", equalTo("IN_PROGRESS"))
                .body("assessed", equalTo(15))
                .body("expected", equalTo(20))
                // WELFARE 45, 64, 72, 80 (n = 4, positions 3p): q1 at 0.75 = 45 + .75 × 19 = 59.25; median at 1.5 = 64
                // + .5 × 8 = 68;
                // q3 at 2.25 = 72 + .25 × 8 = 74; mean 261 / 4 = 65.25; below 60: 45
                .body("fields.WELFARE.count", equalTo(4))
                .body("fields.WELFARE.min", equalTo(45))
                .body("fields.WELFARE.max", equalTo(80))
                .body("fields.WELFARE.q1", is(59.25))
                .body("fields.WELFARE.median", is(68.0))
                .body("fields.WELFARE.q3", is(74.0))
                .body("fields.WELFARE.mean", is(65.25))
                .body("fields.WELFARE.underperforming", equalTo(1))
                .body("fields.WELFARE.excellent", equalTo(0))
                // VILLAGE 58, 61, 62, 70: q1 58 + .75 × 3 = 60.25; median 61 + .5 × 1 = 61.5; q3 62 + .25 × 8 = 64;
                // mean 251 / 4 = 62.75
                .body("fields.VILLAGE.q1", is(60.25))
                .body("fields.VILLAGE.median", is(61.5))
                .body("fields.VILLAGE.q3", is(64.0))
                .body("fields.VILLAGE.mean", is(62.75))
                .body("fields.VILLAGE.underperforming", equalTo(1))
                // ADMINISTRATION 70, 85, 90, 97: q1 70 + .75 × 15 = 81.25; median 87.5; q3 90 + .25 × 7 = 91.75; mean
                // 342 / 4 = 85.5;
                // from 90: 90 and 97
                .body("fields.ADMINISTRATION.q1", is(81.25))
                .body("fields.ADMINISTRATION.median", is(87.5))
                .body("fields.ADMINISTRATION.q3", is(91.75))
                .body("fields.ADMINISTRATION.mean", is(85.5))
                .body("fields.ADMINISTRATION.excellent", equalTo(2))
                // HEALTH 55, 60, 66 (n = 3, positions 2p): q1 at .5 = 57.5; median 60; q3 at 1.5 = 63; mean 181 / 3 =
                // 60.33
                .body("fields.HEALTH.count", equalTo(3))
                .body("fields.HEALTH.q1", is(57.5))
                .body("fields.HEALTH.median", is(60.0))
                .body("fields.HEALTH.q3", is(63.0))
                .body("fields.HEALTH.mean", is(60.33))
                .body("fields.HEALTH.underperforming", equalTo(1))
                // 강남구 572 / 8 = 71.5 and 송파구 286 / 4 = 71.5 tie for 1; 서초구 (45 + 62 + 70) / 3 = 59 is 3rd; 강동구 has
                // nothing yet
                .body("districts.districtCode", contains("11680", "11710", "11650", "11740"))
                .body("districts.rank", contains(1, 1, 3, null))
                .body("districts.mean", contains(71.5, 71.5, 59.0, null))
                .body("districts[2].fieldMeans.HEALTH", nullValue())
                .body("districts[2].fieldMeans.WELFARE", is(45.0))
                .body("districts[3].nameKo", equalTo("강동구"))
                .body("districts[3].dongCount", equalTo(1))
                .body("dongs.'1165051000'.HEALTH", nullValue())
                .body("dongs.'1165051000'.mean", is(59.0))
                .body("dongs.'1174051500'.WELFARE", nullValue())
                .body("dongs.'1174051500'.mean", nullValue());

        // the rest, then complete
        boolean[][] rest = all(DONGS.length, false);
        Arrays.fill(rest[4], true);
        rest[0][3] = true;
        assess(round, DONGS, SCORES, rest);
        given().when().post("/api/v1/rounds/" + round + "/complete").then().statusCode(200);
        String etag =
                given().when().get("/api/v1/rounds/" + round).then().extract().header("ETag");

        results(round)
                .header("ETag", etag)
                .body("$", not(hasKey("csv")))
                .body("$", not(hasKey("csvRows")))
                .body("status", equalTo("COMPLETED"))
                .body("assessed", equalTo(20))
                .body("version", equalTo(Integer.parseInt(etag.replace("\"", ""))))
                // n = 5: positions 4p = 1, 2, 3 fall on scores, no interpolation
                // WELFARE 45, 60, 64, 72, 80: mean 321 / 5 = 64.2; 60 is not below the bar, 45 is
                .body("fields.WELFARE.q1", is(60.0))
                .body("fields.WELFARE.median", is(64.0))
                .body("fields.WELFARE.q3", is(72.0))
                .body("fields.WELFARE.mean", is(64.2))
                .body("fields.WELFARE.underperforming", equalTo(1))
                // VILLAGE 58, 61, 62, 70, 90: mean 341 / 5 = 68.2; 90 is excellent (at the bar)
                .body("fields.VILLAGE.min", equalTo(58))
                .body("fields.VILLAGE.q1", is(61.0))
                .body("fields.VILLAGE.median", is(62.0))
                .body("fields.VILLAGE.q3", is(70.0))
                .body("fields.VILLAGE.max", equalTo(90))
                .body("fields.VILLAGE.mean", is(68.2))
                .body("fields.VILLAGE.underperforming", equalTo(1))
                .body("fields.VILLAGE.excellent", equalTo(1))
                // ADMINISTRATION 70, 85, 90, 97, 100: mean 442 / 5 = 88.4; excellent 90, 97, 100
                .body("fields.ADMINISTRATION.median", is(90.0))
                .body("fields.ADMINISTRATION.mean", is(88.4))
                .body("fields.ADMINISTRATION.excellent", equalTo(3))
                .body("fields.ADMINISTRATION.underperforming", equalTo(0))
                // HEALTH 40, 51, 55, 60, 66: mean 272 / 5 = 54.4; below 60: 40, 51, 55
                .body("fields.HEALTH.q1", is(51.0))
                .body("fields.HEALTH.median", is(55.0))
                .body("fields.HEALTH.q3", is(60.0))
                .body("fields.HEALTH.mean", is(54.4))
                .body("fields.HEALTH.underperforming", equalTo(3))
                // 강동구 290 / 4 = 72.5 first; 강남구 and 송파구 71.5 share 2nd; 서초구 228 / 4 = 57 is 4th (competition ranking)
                .body("districts.districtCode", contains("11740", "11680", "11710", "11650"))
                .body("districts.nameKo", contains("강동구", "강남구", "송파구", "서초구"))
                .body("districts.rank", contains(1, 2, 2, 4))
                .body("districts.mean", contains(72.5, 71.5, 71.5, 57.0))
                .body("districts.dongCount", contains(1, 2, 1, 1))
                // 강남구 per field: (72 + 80) / 2 = 76, (58 + 61) / 2 = 59.5, (90 + 85) / 2 = 87.5, (66 + 60) / 2 = 63
                .body("districts[1].fieldMeans.WELFARE", is(76.0))
                .body("districts[1].fieldMeans.VILLAGE", is(59.5))
                .body("districts[1].fieldMeans.ADMINISTRATION", is(87.5))
                .body("districts[1].fieldMeans.HEALTH", is(63.0))
                .body("dongs.'1168051000'.WELFARE", equalTo(72))
                .body("dongs.'1168051000'.VILLAGE", equalTo(58))
                .body("dongs.'1168051000'.ADMINISTRATION", equalTo(90))
                .body("dongs.'1168051000'.HEALTH", equalTo(66))
                .body("dongs.'1168051000'.mean", is(71.5))
                .body("dongs.'1165051000'.mean", is(57.0));

        // the same as a spreadsheet: one row per dong in code order, with Korean names
        byte[] csv = given().accept("text/csv")
                .when()
                .get("/api/v1/rounds/" + round + "/results")
                .then()
                .statusCode(200)
                .contentType(equalTo("text/csv; charset=UTF-8; header=present"))
                .header("ETag", etag)
                .header("Content-Disposition", "attachment; filename=\"rounds-" + round + "-results.csv\"")
                .extract()
                .asByteArray();
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "starts with the UTF-8 BOM");
        assertEquals(
                "dongCode,dongNameKo,districtCode,districtNameKo,WELFARE,VILLAGE,ADMINISTRATION,HEALTH,mean\r\n"
                        + "1165051000,서초1동,11650,서초구,45,62,70,51,57.0\r\n"
                        + "1168051000,신사동,11680,강남구,72,58,90,66,71.5\r\n"
                        + "1168052100,논현1동,11680,강남구,80,61,85,60,71.5\r\n"
                        + "1171051000,풍납1동,11710,송파구,64,70,97,55,71.5\r\n"
                        + "1174051500,강일동,11740,강동구,60,90,100,40,72.5\r\n",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void aDongsScoresAcrossRoundsOldestFirstWithTheChangeFromTheRoundBefore() {
        String dong = "1165052000"; // 서초2동: in no other test's rounds
        String other = "1165053000"; // 서초3동

        // 2013-09: started (서초3동's WELFARE recorded), nothing yet for 서초2동
        String started = plan("2013년 하반기", "2013-09-01", "2013-10-31", dong, other);
        boolean[][] otherWelfare = all(2, false);
        otherWelfare[1][0] = true;
        assess(started, new String[] {dong, other}, new int[][] {{0, 0, 0, 0}, {50, 0, 0, 0}}, otherWelfare);
        // 2014-03: completed, 서초2동 70, 60, 80, 50 → mean 260 / 4 = 65
        String completed = plan("2014년 상반기", "2014-03-01", "2014-04-30", dong, other);
        assess(completed, new String[] {dong, other}, new int[][] {{70, 60, 80, 50}, {66, 66, 66, 66}}, all(2, true));
        given().when().post("/api/v1/rounds/" + completed + "/complete").then().statusCode(200);
        // 2014-09: in progress, 서초2동 74, 58, 80, - → mean 212 / 3 = 70.67; change +4, −2, 0, -, 70.667 − 65 = 5.67
        String inProgress = plan("=2014년 하반기", "2014-09-01", "2014-10-31", dong);
        boolean[][] threeFields = all(1, true);
        threeFields[0][3] = false;
        assess(inProgress, new String[] {dong}, new int[][] {{74, 58, 80, 0}}, threeFields);
        // 2015-03: planned only: not a result yet
        plan("2015년 상반기", "2015-03-01", "2015-04-30", dong);

        given().accept(ContentType.JSON)
                .when()
                .get("/api/v1/dongs/" + dong + "/scores")
                .then()
                .statusCode(200)
                .body("dongCode", equalTo(dong))
                .body("nameKo", equalTo("서초2동"))
                .body("districtCode", equalTo("11650"))
                .body("districtNameKo", equalTo("서초구"))
                .body("rounds.roundId", contains(started, completed, inProgress))
                .body("rounds.status", contains("IN_PROGRESS", "COMPLETED", "IN_PROGRESS"))
                .body("rounds.startsOn", contains("2013-09-01", "2014-03-01", "2014-09-01"))
                .body("rounds[0].scores.WELFARE", nullValue())
                .body("rounds[0].scores.mean", nullValue())
                .body("rounds[0].change.WELFARE", nullValue())
                .body("rounds[1].scores.WELFARE", equalTo(70))
                .body("rounds[1].scores.HEALTH", equalTo(50))
                .body("rounds[1].scores.mean", is(65.0))
                .body("rounds[1].change.WELFARE", nullValue())
                .body("rounds[1].change.mean", nullValue())
                .body("rounds[2].scores.HEALTH", nullValue())
                .body("rounds[2].scores.mean", is(70.67))
                .body("rounds[2].change.WELFARE", equalTo(4))
                .body("rounds[2].change.VILLAGE", equalTo(-2))
                .body("rounds[2].change.ADMINISTRATION", equalTo(0))
                .body("rounds[2].change.HEALTH", nullValue())
                .body("rounds[2].change.mean", is(5.67));

        byte[] csv = given().accept("text/csv")
                .when()
                .get("/api/v1/dongs/" + dong + "/scores")
                .then()
                .statusCode(200)
                .contentType(equalTo("text/csv; charset=UTF-8; header=present"))
                .extract()
                .asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals(
                "roundId,name,startsOn,status,scores.WELFARE,scores.VILLAGE,scores.ADMINISTRATION,scores.HEALTH,scores.mean,"
                        + "change.WELFARE,change.VILLAGE,change.ADMINISTRATION,change.HEALTH,change.mean\r\n"
                        + started + ",2013년 하반기,2013-09-01,IN_PROGRESS,,,,,,,,,,\r\n"
                        + completed + ",2014년 상반기,2014-03-01,COMPLETED,70,60,80,50,65.0,,,,,\r\n"
                        // the round's name starts with '=': written as text; −2 is a number and stays one
                        + inProgress + ",'=2014년 하반기,2014-09-01,IN_PROGRESS,74,58,80,,70.67,4,-2,0,,5.67\r\n",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void unknownRoundsAndDongsAreNotFoundAndATokenIsNeeded() {
        assertProblem(
                given().when()
                        .get("/api/v1/rounds/" + UUID.randomUUID() + "/results")
                        .then(),
                404,
                "not-found");
        assertProblem(
                given().accept("text/csv")
                        .when()
                        .get("/api/v1/rounds/" + UUID.randomUUID() + "/results")
                        .then(),
                404,
                "not-found");
        assertProblem(given().when().get("/api/v1/dongs/1165099999/scores").then(), 404, "not-found")
                .body("detail", org.hamcrest.Matchers.containsString("1165099999"));
        assertProblem(given().when().get("/api/v1/dongs/abc/scores").then(), 404, "not-found");
        assertProblem(
                        given().queryParam("size", 10)
                                .when()
                                .get("/api/v1/dongs/1165051000/scores")
                                .then(),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("size"));
        Tokens.actAnonymously();
        assertProblem(given().when().get("/api/v1/dongs/1165051000/scores").then(), 401, "unauthorized");
        assertProblem(
                given().when()
                        .get("/api/v1/rounds/" + UUID.randomUUID() + "/results")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void aDongWithoutRoundsHasAnEmptyTrendAndAHeaderOnlyCsv() {
        given().when()
                .get("/api/v1/dongs/1174052500/scores")
                .then()
                .statusCode(200)
                .body("nameKo", equalTo("상일제1동"))
                .body("rounds", hasSize(0));
        String csv = new String(
                given().accept("text/csv")
                        .when()
                        .get("/api/v1/dongs/1174052500/scores")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertEquals(List.of("\uFEFFroundId", "name"), List.of(csv.split(",")).subList(0, 2));
        assertEquals(1, csv.split("\r\n").length, "a header row only");
    }
}
