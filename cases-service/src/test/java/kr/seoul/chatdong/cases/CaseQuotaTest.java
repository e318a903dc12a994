package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseWorkflowTest.as;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 발굴단 게시 할당 and 공유대회 대상 자치구 (issue 24, items 3 and 7): the 2016 quota grid of the 17
 * discovery districts × April–December against 153, as JSON and as CSV; the cadence counting the
 * programme's months and districts only; a contest taking the cases of its districts only.
 */
@QuarkusTest
class CaseQuotaTest {

    static final String ADMIN = Tokens.cityAdmin();
    static final String EDITOR = Tokens.withSubject(Roles.EDITOR, "editor-kim");

    /**
     * The 2016 discovery districts are made from these, the plan's phase-1 districts it names first
     * (성북, 성동, 금천, 도봉). Not 11305, 11110, 11350: other tests give those members of their own.
     * Cases are published here in 성북 and 금천 only: DiscoveryTeamTest counts 도봉's unassigned cases.
     */
    static final List<String> CANDIDATES = List.of(
            "11290", "11200", "11545", "11320", "11140", "11170", "11215", "11230", "11260", "11380", "11410", "11440",
            "11470", "11500", "11530", "11560", "11590", "11620", "11650", "11710", "11740");

    /** 강남구: never a discovery district in these tests. */
    static final String OUTSIDE = "11680";

    static final Map<String, String> DONGS = Map.of(
            "11290",
            "1129052500",
            "11200",
            "1120052000",
            "11320",
            "1132051100",
            "11545",
            "1154551000",
            OUTSIDE,
            "1168051000");

    @Inject
    MovableClock clock;

    static JsonPath quota(int year) {
        return given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("year", year)
                .when()
                .get("/api/v1/publishing/quota")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

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

    /**
     * 17 districts with a discovery-team member in April–December 2016: those some test gave one
     * already, and members (2016-04-01..2016-12-31) of candidates until there are 17.
     */
    static Set<String> discoveryTeamOf2016() {
        Set<String> districts = new HashSet<>(quota(2016).getList("districts.districtCode", String.class));
        for (String code : CANDIDATES) {
            if (districts.size() >= 17) {
                break;
            }
            if (districts.add(code)) {
                as(
                                ADMIN,
                                "POST",
                                "/api/v1/discovery-team/members",
                                null,
                                "{\"name\":\"발굴단원 " + code + "\",\"districtCode\":\"" + code + "\",\"subject\":\"quota-"
                                        + code + "\",\"activeFrom\":\"2016-04-01\",\"activeTo\":\"2016-12-31\"}")
                        .statusCode(201);
            }
        }
        return districts;
    }

    /** A case of {@code districtCode} written, submitted and published by an editor at {@code at}; its id. */
    String publishedAt(String at, String districtCode) throws Exception {
        return clock.at(Instant.parse(at), () -> {
            String id = as(
                            EDITOR,
                            "POST",
                            "/api/v1/cases",
                            null,
                            "{\"title\":\"발굴 사례 " + districtCode + "\",\"dongCode\":\"" + DONGS.get(districtCode)
                                    + "\",\"field\":\"WELFARE\",\"body\":\"방문간호사와 함께\"}")
                    .statusCode(201)
                    .extract()
                    .path("id");
            as(EDITOR, "POST", "/api/v1/cases/" + id + "/submit", "\"0\"", null).statusCode(200);
            as(EDITOR, "POST", "/api/v1/cases/" + id + "/publish", "\"1\"", "{}")
                    .statusCode(200)
                    .body("publishedAt", startsWith(at.substring(0, 10)));
            return id;
        });
    }

    static long cell(JsonPath quota, String district, int monthIndex) {
        return quota.getLong(
                "districts.find { it.districtCode == '" + district + "' }.months[" + monthIndex + "].published");
    }

    @Test
    void the2016QuotaIsSeventeenDistrictsByNineMonthsAgainst153AndCountsACasePublishedInMay() throws Exception {
        Set<String> team = discoveryTeamOf2016();
        JsonPath before = quota(2016);
        assertEquals(17, before.getList("districts").size());
        assertEquals(team, new HashSet<>(before.getList("districts.districtCode", String.class)));
        assertEquals(
                List.of(
                        "2016-04", "2016-05", "2016-06", "2016-07", "2016-08", "2016-09", "2016-10", "2016-11",
                        "2016-12"),
                before.getList("months"));
        assertEquals(153, before.getInt("quota"));
        assertEquals(1, before.getInt("perMonth"));
        assertEquals(9, before.getList("totals").size());
        assertEquals(17, before.getInt("totals[1].quota"));
        assertEquals("성북구", before.getString("districts.find { it.districtCode == '11290' }.nameKo"));
        for (int d = 0; d < 17; d++) {
            assertEquals(9, before.getList("districts[" + d + "].months").size());
            assertEquals(9, before.getInt("districts[" + d + "].quota"));
            assertEquals(1, before.getInt("districts[" + d + "].months[0].quota"));
        }
        assertTrue(before.getString("counts").contains("April–December"));

        publishedAt("2016-05-10T01:00:00Z", "11290"); // 05-10 KST: May, a discovery district
        publishedAt("2016-03-31T14:00:00Z", "11290"); // 03-31 23:00 KST: before the programme
        publishedAt("2016-05-10T02:00:00Z", OUTSIDE); // May, not a discovery district

        JsonPath after = quota(2016);
        assertEquals(cell(before, "11290", 1) + 1, cell(after, "11290", 1));
        assertTrue(after.getBoolean("districts.find { it.districtCode == '11290' }.months[1].met"));
        assertEquals(cell(before, "11290", 0), cell(after, "11290", 0));
        assertEquals(before.getLong("published") + 1, after.getLong("published"));
        assertEquals(before.getLong("totals[1].published") + 1, after.getLong("totals[1].published"));
        assertEquals(17, after.getList("districts").size());
        assertTrue(!after.getList("districts.districtCode").contains(OUTSIDE));

        assertProblem(
                given().queryParam("year", 2016)
                        .when()
                        .get("/api/v1/publishing/quota")
                        .then(),
                401,
                "unauthorized");
        assertProblem(
                given().header("Authorization", "Bearer " + ADMIN)
                        .queryParam("year", "2016년")
                        .when()
                        .get("/api/v1/publishing/quota")
                        .then(),
                400,
                "validation");
    }

    @Test
    void theQuotaAsCsvIsExcelSafeUtf8WithABomAHeaderKoreanDistrictNamesAndATotalsRow() {
        discoveryTeamOf2016();
        Response csv = given().header("Authorization", "Bearer " + Tokens.districtOfficer("11290"))
                .accept("text/csv")
                .queryParam("year", 2016)
                .when()
                .get("/api/v1/publishing/quota");
        csv.then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("publishing-quota.csv"));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals(
                "districtCode,nameKo,april,may,june,july,august,september,october,november,december,published,quota",
                lines.get(0));
        assertEquals(1 + 17 + 1, lines.size(), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("11290,성북구,")), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("11320,도봉구,")), text);
        // Commons CSV quotes an empty first cell, so the row is not read as an empty line
        assertTrue(lines.get(18).startsWith("\"\",합계,") && lines.get(18).endsWith(",153"), lines.get(18));
        // JSON stays the answer to any other Accept
        given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("year", 2016)
                .when()
                .get("/api/v1/publishing/quota")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("Vary", containsString("Accept"));
    }

    @Test
    void theCadenceCountsOnlyTheProgrammesMonthsAndTheDiscoveryDistrictsAndSaysSo() throws Exception {
        Set<String> team = discoveryTeamOf2016();
        JsonPath before = cadence(2016);

        publishedAt("2016-05-11T01:00:00Z", "11545"); // Wed 2016-W19, May, 금천구: counts
        publishedAt("2016-05-11T02:00:00Z", OUTSIDE); // W19, not a discovery district
        publishedAt("2016-03-22T01:00:00Z", "11545"); // W12, March: before the programme

        JsonPath after = cadence(2016);
        assertEquals(before.getLong("published") + 1, after.getLong("published"));
        assertEquals(before.getLong("weeks[18].published") + 1, after.getLong("weeks[18].published"));
        assertEquals(0, after.getLong("weeks[11].published"));
        assertEquals(false, after.getBoolean("weeks[11].inProgramme"));
        assertEquals(true, after.getBoolean("weeks[18].inProgramme"));
        assertEquals("2016-04-01", after.getString("programmeFrom"));
        assertEquals("2016-12-31", after.getString("programmeTo"));
        assertEquals(17, after.getInt("discoveryDistricts"));
        assertEquals(153, after.getInt("perYearTarget"));
        assertTrue(after.getString("counts").contains("April–December"), after.getString("counts"));
        List<String> without = after.getList("districtsWithoutPublishedCase.code", String.class);
        assertTrue(team.containsAll(without), without.toString());
        assertTrue(!without.contains("11545") && !without.contains(OUTSIDE), without.toString());
    }

    @Test
    void aContestTakesTheCasesOfItsDistrictsOnly() throws Exception {
        String contest = as(
                        EDITOR,
                        "POST",
                        "/api/v1/contests",
                        null,
                        "{\"name\":\"2016 찾아가는 동주민센터 우수사례 공유대회\",\"eligibleFrom\":\"2015-07-01\","
                                + "\"eligibleTo\":\"2016-06-30\",\"criteria\":[{\"name\":\"확산 가능성\",\"weight\":2}],"
                                + "\"eligibleDistrictCodes\":[\"11290\",\"11200\",\"11545\",\"11320\"]}")
                .statusCode(201)
                .body("eligibleDistrictCodes", contains("11200", "11290", "11320", "11545"))
                .extract()
                .path("id");
        String path = "/api/v1/contests/" + contest;
        String thirteen = "{\"eligibleDistrictCodes\":[\"11290\",\"11200\",\"11545\",\"11320\",\"11110\",\"11140\","
                + "\"11170\",\"11215\",\"11230\",\"11260\",\"11305\",\"11350\",\"11380\"]}";

        // the city admin names the other nine; another role may not, and changes nothing
        assertProblem(as(Tokens.of(Roles.MONITOR), "PATCH", path, "\"0\"", thirteen), 403, "forbidden");
        assertProblem(as(Tokens.districtOfficer("11290"), "PATCH", path, "\"0\"", thirteen), 403, "forbidden");
        assertProblem(as(ADMIN, "PATCH", path, null, thirteen), 428, "precondition-required");
        assertProblem(
                as(ADMIN, "PATCH", path, "\"0\"", "{\"eligibleDistrictCodes\":[\"11290\",\"99999\"]}"),
                400,
                "validation");
        as(ADMIN, "GET", path, null, null)
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("eligibleDistrictCodes", hasSize(4));
        as(ADMIN, "PATCH", path, "\"0\"", thirteen)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("eligibleDistrictCodes", hasSize(13))
                .body("eligibleDistrictCodes", not(hasItem(OUTSIDE)));

        // a case of 강남구 is refused, naming the district, and nothing is stored
        String outside = publishedAt("2016-05-12T01:00:00Z", OUTSIDE);
        assertProblem(
                        as(EDITOR, "POST", path + "/entries", null, "{\"caseId\":\"" + outside + "\"}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("not-eligible"))
                .body("districtCode", equalTo(OUTSIDE))
                .body("districtName", equalTo("강남구"))
                .body("detail", containsString("강남구"));
        as(ADMIN, "GET", path + "/entries", null, null).statusCode(200).body("items", empty());

        // a case of 성북구 enters
        String inside = publishedAt("2016-05-12T02:00:00Z", "11290");
        as(EDITOR, "POST", path + "/entries", null, "{\"caseId\":\"" + inside + "\"}")
                .statusCode(201)
                .body("districtCode", equalTo("11290"));
        as(ADMIN, "GET", path + "/entries", null, null).statusCode(200).body("items.caseId", contains(inside));

        // a district whose case entered stays eligible
        assertProblem(as(ADMIN, "PATCH", path, "\"1\"", "{\"eligibleDistrictCodes\":[\"11200\"]}"), 422, "domain-rule")
                .body("rule", equalTo("entered-district"));
        // null (or []) lets every district's cases enter again
        as(ADMIN, "PATCH", path, "\"1\"", "{\"eligibleDistrictCodes\":null}")
                .statusCode(200)
                .body("eligibleDistrictCodes", empty());
        as(EDITOR, "POST", path + "/entries", null, "{\"caseId\":\"" + outside + "\"}")
                .statusCode(201);

        // a contest naming no districts takes every district's cases, as before
        String open = as(
                        EDITOR,
                        "POST",
                        "/api/v1/contests",
                        null,
                        "{\"name\":\"공유대회\",\"eligibleFrom\":\"2015-07-01\",\"eligibleTo\":\"2016-06-30\","
                                + "\"criteria\":[{\"name\":\"성과\",\"weight\":1}]}")
                .statusCode(201)
                .body("eligibleDistrictCodes", empty())
                .extract()
                .path("id");
        as(EDITOR, "POST", "/api/v1/contests/" + open + "/entries", null, "{\"caseId\":\"" + outside + "\"}")
                .statusCode(201);
    }
}
