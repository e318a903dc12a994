package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * Every trained person counted (issue 24 item 5): districts report the training they held outside the
 * platform, and a year's targets count the city's cohorts, the districts' cohorts and the districts'
 * reports; a report is corrected and withdrawn, and published as it stands each time. Years 2010, 2015,
 * 2017 and 2018 are this test's alone; 2016 is compared before and after.
 */
@QuarkusTest
class DistrictTrainingReportTest {

    private static final String SEONGBUK = "11290";
    private static final String JONGNO = "11110";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    static String report(String district, int year, int month, String title, String audience, int completions) {
        return "{\"districtCode\":\"" + district + "\",\"year\":" + year + ",\"month\":" + month + ",\"title\":\""
                + title + "\",\"audience\":\"" + audience + "\",\"completions\":" + completions + "}";
    }

    private static ValidatableResponse post(String token, String body) {
        return as(token, ApiRequest.of("POST", "/api/v1/district-training-reports", body));
    }

    private static ValidatableResponse patch(String token, String id, String ifMatch, String body) {
        ApiRequest request = ApiRequest.of("PATCH", "/api/v1/district-training-reports/" + id, body);
        return as(token, ifMatch == null ? request : request.withHeader("If-Match", ifMatch));
    }

    private static ValidatableResponse withdraw(String token, String id, String ifMatch, String reason) {
        ApiRequest request = ApiRequest.of(
                "POST",
                "/api/v1/district-training-reports/" + id + "/withdraw",
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
        return as(token, ifMatch == null ? request : request.withHeader("If-Match", ifMatch));
    }

    private static ValidatableResponse get(String token, String path) {
        return as(token, ApiRequest.of("GET", path, null));
    }

    /** Sends with exactly this token: the city admin's of every other given() would be sent beside it. */
    private static ValidatableResponse as(String token, ApiRequest request) {
        Tokens.actAnonymously();
        try {
            return request.send(token).then();
        } finally {
            Tokens.actAsCityAdmin();
        }
    }

    private static long stored(int year) {
        return given().queryParam("year", year)
                .queryParam("size", 1)
                .get("/api/v1/district-training-reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    /**
     * 2017: the city means to train 100 civil servants, 성북구 40 of its own. The city's cohort completes 3
     * (two of 성북구, one of 종로구), 성북구's cohort 2; 성북구 reports 30 civil servants and 7 residents, 종로구
     * 10 civil servants. The city's target counts 3 + 2 + 40 = 45; 성북구's its own 2 + 30.
     */
    @Test
    void theCitysTargetCountsTheCitysCohortsTheDistrictsCohortsAndTheirReports() {
        given().contentType(ContentType.JSON)
                .body("{\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"CIVIL_SERVANT\",\"target\":100},"
                        + "{\"organiser\":\"" + SEONGBUK + "\",\"audience\":\"CIVIL_SERVANT\",\"target\":40}]}")
                .put("/api/v1/targets/2017")
                .then()
                .statusCode(200);
        completedCohort("CITY", "NEW_CIVIL_SERVANT", "2017-05-10", SEONGBUK, SEONGBUK, JONGNO);
        completedCohort(SEONGBUK, "SERVING_CIVIL_SERVANT", "2017-06-14", SEONGBUK, SEONGBUK);

        String id = post(
                        Tokens.districtOfficer(SEONGBUK), report(SEONGBUK, 2017, 3, "성북구 찾동 기본교육", "CIVIL_SERVANT", 30))
                .statusCode(201)
                .body("districtCode", equalTo(SEONGBUK))
                .body("completions", equalTo(30))
                .body("audience", equalTo("CIVIL_SERVANT"))
                .extract()
                .path("id");
        post(Tokens.districtOfficer(SEONGBUK), report(SEONGBUK, 2017, 4, "마을 주민 교육", "RESIDENT", 7))
                .statusCode(201);
        post(Tokens.districtOfficer(JONGNO), report(JONGNO, 2017, 4, "종로구 복지 실무", "CIVIL_SERVANT", 10))
                .statusCode(201);

        given().get("/api/v1/targets/2017")
                .then()
                .statusCode(200)
                .body("targets.find { it.organiser == 'CITY' }.trained", equalTo(45))
                .body("targets.find { it.organiser == 'CITY' }.bySource.CITY", equalTo(3))
                .body("targets.find { it.organiser == 'CITY' }.bySource.DISTRICT_COHORT", equalTo(2))
                .body("targets.find { it.organiser == 'CITY' }.bySource.DISTRICT_REPORT", equalTo(40))
                .body("targets.find { it.organiser == 'CITY' }.share", equalTo(0.45f))
                .body("targets.find { it.organiser == '11290' }.trained", equalTo(32))
                .body("targets.find { it.organiser == '11290' }.bySource.CITY", equalTo(0))
                .body("targets.find { it.organiser == '11290' }.bySource.DISTRICT_COHORT", equalTo(2))
                .body("targets.find { it.organiser == '11290' }.bySource.DISTRICT_REPORT", equalTo(30))
                .body("targets.find { it.organiser == '11290' }.share", equalTo(0.8f))
                // the city's target stands for the civil servants: 성북구's 40 and 32 are in it already
                .body("total.target", equalTo(100))
                .body("total.trained", equalTo(45))
                .body("byDistrict.find { it.districtCode == '11290' }.trained", equalTo(41))
                .body("byDistrict.find { it.districtCode == '11290' }.bySource.CITY", equalTo(2))
                .body("byDistrict.find { it.districtCode == '11290' }.bySource.DISTRICT_COHORT", equalTo(2))
                .body("byDistrict.find { it.districtCode == '11290' }.bySource.DISTRICT_REPORT", equalTo(37))
                .body("byDistrict.find { it.districtCode == '11110' }.trained", equalTo(11))
                .body("recordedFigures", hasSize(0));

        // an officer lists and reads their own district's reports only; a trainer sees all
        get(Tokens.districtOfficer(SEONGBUK), "/api/v1/district-training-reports?year=2017")
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.districtCode", equalTo(java.util.List.of(SEONGBUK, SEONGBUK)))
                .body("items.month", equalTo(java.util.List.of(3, 4)));
        assertProblem(
                get(Tokens.districtOfficer(SEONGBUK), "/api/v1/district-training-reports?district=" + JONGNO),
                403,
                "forbidden");
        get(Tokens.of("trainer"), "/api/v1/district-training-reports?year=2017")
                .statusCode(200)
                .body("total", equalTo(3));
        get(Tokens.districtOfficer(SEONGBUK), "/api/v1/district-training-reports/" + id)
                .statusCode(200)
                .body("title", equalTo("성북구 찾동 기본교육"));
        assertProblem(get(Tokens.districtOfficer(JONGNO), "/api/v1/district-training-reports/" + id), 404, "not-found");
    }

    /** The city's civil servants counted from the district reports of 2010 ({@code bySource.DISTRICT_REPORT}). */
    private static JsonPath targets2010() {
        return given().get("/api/v1/targets/2010")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static final String CITY_TARGET = "targets.find { it.organiser == 'CITY' }";

    /**
     * 2010: 성북구 reports 120, corrects it to 150, then withdraws it; the city's target counts 120, 150, then
     * nothing, and the withdrawn report stays readable with its reason. Each refusal changes nothing.
     */
    @Test
    void aReportIsCorrectedThenWithdrawnAndTheTargetsFollowIt() throws Exception {
        given().contentType(ContentType.JSON)
                .body("{\"targets\":[{\"organiser\":\"CITY\",\"audience\":\"CIVIL_SERVANT\",\"target\":500}]}")
                .put("/api/v1/targets/2010")
                .then()
                .statusCode(200);
        int before = targets2010().getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT");
        String officer = Tokens.districtOfficer(SEONGBUK);
        String title = "성북구 정정 교육 " + UUID.randomUUID().toString().substring(0, 6);
        String id = post(officer, report(SEONGBUK, 2010, 3, title, "CIVIL_SERVANT", 120))
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("RECORDED"))
                .body("withdrawnReason", equalTo(null))
                .extract()
                .path("id");
        assertEquals(before + 120, targets2010().getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT"));

        // refused corrections: no If-Match, a stale one, another district's officer, out of range, removed
        assertProblem(patch(officer, id, null, "{\"completions\":150}"), 428, "precondition-required");
        assertProblem(patch(officer, id, "\"7\"", "{\"completions\":150}"), 412, "precondition-failed");
        assertProblem(patch(Tokens.districtOfficer(JONGNO), id, "\"0\"", "{\"completions\":150}"), 403, "forbidden");
        for (String body : new String[] {"{\"completions\":5001}", "{\"completions\":-1}", "{\"completions\":null}"}) {
            assertProblem(patch(officer, id, "\"0\"", body), 400, "validation")
                    .body("errors[0].field", equalTo("completions"));
        }
        assertProblem(patch(officer, id, "\"0\"", "{\"month\":13}"), 400, "validation")
                .body("errors[0].field", equalTo("month"));
        assertProblem(patch(officer, id, "\"0\"", "{\"title\":\"  \"}"), 400, "validation")
                .body("errors[0].field", equalTo("title"));
        get(officer, "/api/v1/district-training-reports/" + id)
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("completions", equalTo(120));

        patch(officer, id, "\"0\"", "{\"completions\":150,\"month\":4,\"title\":\"" + title + " (정정)\"}")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("completions", equalTo(150))
                .body("month", equalTo(4))
                .body("title", equalTo(title + " (정정)"))
                .body("audience", equalTo("CIVIL_SERVANT"))
                .body("status", equalTo("RECORDED"));
        assertEquals(before + 150, targets2010().getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT"));

        // refused withdrawals: no If-Match, a stale one, another district's officer, no reason
        assertProblem(withdraw(officer, id, null, "중복 보고"), 428, "precondition-required");
        assertProblem(withdraw(officer, id, "\"0\"", "중복 보고"), 412, "precondition-failed");
        assertProblem(withdraw(Tokens.districtOfficer(JONGNO), id, "\"1\"", "중복 보고"), 403, "forbidden");
        assertProblem(withdraw(officer, id, "\"1\"", null), 400, "validation")
                .body("errors[0].field", equalTo("reason"));
        assertEquals(before + 150, targets2010().getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT"));

        withdraw(officer, id, "\"1\"", "3월 보고에 이미 포함된 교육")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", equalTo("3월 보고에 이미 포함된 교육"))
                .body("withdrawnAt", org.hamcrest.Matchers.notNullValue())
                .body("completions", equalTo(150));
        JsonPath after = targets2010();
        assertEquals(before, after.getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT"));
        assertEquals(
                after.getInt(CITY_TARGET + ".trained"),
                after.getInt(CITY_TARGET + ".bySource.CITY")
                        + after.getInt(CITY_TARGET + ".bySource.DISTRICT_COHORT")
                        + after.getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT"));

        // still readable, as withdrawn; final
        get(officer, "/api/v1/district-training-reports/" + id)
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", equalTo("3월 보고에 이미 포함된 교육"));
        get(officer, "/api/v1/district-training-reports?year=2010&size=100")
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("WITHDRAWN"));
        assertProblem(patch(officer, id, "\"2\"", "{\"completions\":10}"), 409, "conflict")
                .body("rule", equalTo("report-withdrawn"));
        assertProblem(withdraw(officer, id, "\"2\"", "다시"), 409, "conflict").body("rule", equalTo("report-withdrawn"));

        // the same training may be reported again once withdrawn
        post(officer, report(SEONGBUK, 2010, 4, title + " (정정)", "CIVIL_SERVANT", 140))
                .statusCode(201);
        assertEquals(before + 140, targets2010().getInt(CITY_TARGET + ".bySource.DISTRICT_REPORT"));

        // published as it stood each time: reported, corrected, withdrawn
        List<ConsumerRecord<String, String>> events = TestKafka.await(
                EventCatalog.DISTRICT_REPORT_RECORDED.topic(), r -> r.key().equals(id), 3, WAIT);
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(
                    List.of(),
                    List.copyOf(EventContracts.violations(EventCatalog.DISTRICT_REPORT_RECORDED, event.value())));
            assertEquals(EventCatalog.DISTRICT_REPORT_RECORDED.type(), TestKafka.header(event, "ce_type"));
        }
        List<JsonPath> standings =
                events.stream().map(e -> JsonPath.from(e.value())).toList();
        assertEquals(
                List.of("RECORDED", "RECORDED", "WITHDRAWN"),
                standings.stream().map(e -> e.getString("status")).toList());
        assertEquals(
                List.of(0L, 1L, 2L),
                standings.stream().map(e -> e.getLong("version")).toList());
        assertEquals(
                List.of(120, 150, 150),
                standings.stream().map(e -> e.getInt("completions")).toList());
        assertEquals(
                List.of(3, 4, 4), standings.stream().map(e -> e.getInt("month")).toList());
        assertEquals(SEONGBUK, standings.get(2).getString("districtCode"));
        assertEquals(2010, standings.get(2).getInt("year"));
        assertEquals("CIVIL_SERVANT", standings.get(2).getString("audience"));
    }

    /**
     * A trainer corrects any district's report; a correction into the same training as another recorded
     * report is a 409 naming it, and changes nothing; an unknown report is a 404.
     */
    @Test
    void aCorrectionIntoAnotherRecordedReportIsRefusedATrainerCorrectsAny() {
        String officer = Tokens.districtOfficer(JONGNO);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = post(officer, report(JONGNO, 2010, 5, "종로구 교육 " + suffix, "RESIDENT", 12))
                .statusCode(201)
                .extract()
                .path("id");
        String second = post(officer, report(JONGNO, 2010, 6, "종로구 교육 " + suffix, "RESIDENT", 8))
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(patch(officer, second, "\"0\"", "{\"month\":5}"), 409, "conflict")
                .body("reportId", equalTo(first));
        get(officer, "/api/v1/district-training-reports/" + second)
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("month", equalTo(6));
        patch(Tokens.of("trainer"), second, "\"0\"", "{\"audience\":\"SUPPORT_TEAM\",\"month\":5}")
                .statusCode(200)
                .body("audience", equalTo("SUPPORT_TEAM"))
                .body("month", equalTo(5))
                .body("districtCode", equalTo(JONGNO));
        assertProblem(patch(officer, UUID.randomUUID().toString(), "\"0\"", "{\"completions\":1}"), 404, "not-found");
    }

    /** Refused reports: another district's, out of range, of a month not begun, twice; none is stored. */
    @Test
    void aRefusedReportStoresNothing() {
        long before = stored(2018);
        assertProblem(
                post(Tokens.districtOfficer(JONGNO), report(SEONGBUK, 2018, 8, "남의 구 보고", "CIVIL_SERVANT", 20)),
                403,
                "forbidden");
        for (int completions : new int[] {5001, -1}) {
            assertProblem(
                            post(
                                    Tokens.districtOfficer(SEONGBUK),
                                    report(SEONGBUK, 2018, 8, "범위 밖", "CIVIL_SERVANT", completions)),
                            400,
                            "validation")
                    .body("errors[0].field", equalTo("completions"));
        }
        assertProblem(
                        post(Tokens.districtOfficer(SEONGBUK), report(SEONGBUK, 2018, 8, "대상 오류", "EVERYONE", 20)),
                        400,
                        "malformed-body")
                .body("errors[0].field", equalTo("audience"));
        int next = java.time.LocalDate.now().getYear() + 1;
        assertProblem(
                        post(
                                Tokens.districtOfficer(SEONGBUK),
                                report(SEONGBUK, next, 1, "아직 열리지 않은 교육", "CIVIL_SERVANT", 20)),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("month"));
        assertProblem(
                post(Tokens.of("trainer"), report(SEONGBUK, 2018, 8, "교육 담당 보고", "CIVIL_SERVANT", 20)),
                403,
                "forbidden");
        assertEquals(before, stored(2018), "refused reports stored nothing");

        String title = "두 번 보고 " + UUID.randomUUID().toString().substring(0, 6);
        post(Tokens.districtOfficer(SEONGBUK), report(SEONGBUK, 2018, 9, title, "INSTRUCTOR", 0))
                .statusCode(201);
        assertProblem(
                        post(Tokens.districtOfficer(SEONGBUK), report(SEONGBUK, 2018, 9, title, "INSTRUCTOR", 5)),
                        409,
                        "conflict")
                .body("reportId", org.hamcrest.Matchers.notNullValue());
        assertEquals(before + 1, stored(2018), "the second report of the same training stored nothing");
    }

    /** The plan's 10,520 civil servants of 2016 are read against the districts' reports too. */
    @Test
    void the2016TargetCountsTheDistrictsReports() {
        String city = "targets.find { it.organiser == 'CITY' && it.audience == 'CIVIL_SERVANT' }";
        io.restassured.path.json.JsonPath before = given().get("/api/v1/targets/2016")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        post(
                        Tokens.districtOfficer("11680"),
                        report(
                                "11680",
                                2016,
                                2,
                                "강남구 신규 공무원 교육 " + UUID.randomUUID().toString().substring(0, 6),
                                "CIVIL_SERVANT",
                                250))
                .statusCode(201);
        io.restassured.path.json.JsonPath after = given().get("/api/v1/targets/2016")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(10520, after.getInt(city + ".target"));
        assertEquals(
                before.getInt(city + ".bySource.DISTRICT_REPORT") + 250,
                after.getInt(city + ".bySource.DISTRICT_REPORT"));
        assertEquals(before.getInt(city + ".trained") + 250, after.getInt(city + ".trained"));
        assertEquals(
                after.getInt(city + ".trained"),
                after.getInt(city + ".bySource.CITY")
                        + after.getInt(city + ".bySource.DISTRICT_COHORT")
                        + after.getInt(city + ".bySource.DISTRICT_REPORT"));
    }

    /** 2015, before the platform: 11,747 civil servants (1,013 city-run, 10,734 district-run) and 297 private welfare workers. */
    @Test
    void the2015FiguresAreShownAsRecorded() {
        given().get("/api/v1/targets/2015")
                .then()
                .statusCode(200)
                .body("targets", hasSize(0))
                .body("recordedFigures", hasSize(2))
                .body("recordedFigures.find { it.audience == 'CIVIL_SERVANT' }.trained", equalTo(11747))
                .body("recordedFigures.find { it.audience == 'CIVIL_SERVANT' }.cityRun", equalTo(1013))
                .body("recordedFigures.find { it.audience == 'CIVIL_SERVANT' }.districtRun", equalTo(10734))
                .body("recordedFigures.find { it.audience == 'CIVIL_SERVANT' }.source", equalTo("RECORDED_FIGURE"))
                .body("recordedFigures.find { it.audience == 'PRIVATE_WELFARE_WORKER' }.trained", equalTo(297))
                .body("recordedFigures.find { it.audience == 'PRIVATE_WELFARE_WORKER' }.cityRun", equalTo(null));
    }

    /** A cohort of a new course (organiser, one audience) ending on a day, in which one trainee per district given completes. */
    private static void completedCohort(String organiser, String audience, String endsOn, String... districts) {
        String course = given().contentType(ContentType.JSON)
                .body("{\"title\":\"집계 교육 " + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"track\":\"BASIC\",\"hours\":3,\"fields\":[\"WELFARE\"],\"organiser\":\"" + organiser
                        + "\",\"audiences\":[\"" + audience + "\"]}")
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course + "\",\"number\":1,\"startsOn\":\"" + endsOn + "\",\"endsOn\":\""
                        + endsOn + "\",\"capacity\":10}")
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .post("/api/v1/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200);
        StringBuilder attendance = new StringBuilder("[");
        for (String district : districts) {
            String trainee = given().contentType(ContentType.JSON)
                    .body("{\"name\":\"집계" + UUID.randomUUID().toString().substring(0, 8)
                            + "\",\"organisation\":\"구청\",\"districtCode\":\"" + district + "\",\"jobType\":\"사회복지\"}")
                    .post("/api/v1/trainees")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String enrolment = CohortEnrolmentTest.enrol(cohort, trainee)
                    .statusCode(201)
                    .extract()
                    .path("id");
            attendance
                    .append(attendance.length() > 1 ? "," : "")
                    .append("{\"enrolmentId\":\"")
                    .append(enrolment)
                    .append("\",\"status\":\"PRESENT\"}");
        }
        String session = given().contentType(ContentType.JSON)
                .body("{\"startsAt\":\"" + endsOn + "T14:00:00+09:00\",\"endsAt\":\"" + endsOn
                        + "T17:00:00+09:00\",\"hours\":3}")
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(attendance.append("]").toString())
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"")
                .post("/api/v1/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"2\"")
                .post("/api/v1/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200);
    }
}
