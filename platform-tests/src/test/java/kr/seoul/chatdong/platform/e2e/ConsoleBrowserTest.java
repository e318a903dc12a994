package kr.seoul.chatdong.platform.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The web console in a real browser (Debian's Chromium driven by playwright-core) against the
 * end-to-end platform and its test Keycloak: an unsigned person is sent to Keycloak's Korean login
 * page (Authorization Code + PKCE S256); each role's development user signs in there by typing a
 * user name and password, sees their name and role in the header and lands on the map of 426 dongs;
 * a round's dongs are coloured; a monitor completes a round and sees its consulting assignments
 * appear; a 422 is explained; an editor publishes a case and finds it in the public search; a
 * trainer records attendance; a token the services refuse, and a Keycloak session that ended, go
 * back to sign-in with a message in Korean; the access token is renewed before it expires; sign-out
 * ends the Keycloak session and comes back to the sign-in screen; a city admin reads, downloads (PDF)
 * and publishes the 2016 report; an editor takes a manual version from drafting to distributed (a
 * stale document replacement's 412 explained on the way) and reads the 2016 case quota grid. The data is made here through the APIs, the
 * clicks happen in the browser, and what the browser wrote is checked here again through the APIs.
 * Screenshots: web-console/target/screenshots.
 *
 * <p>Tagged {@code browser}: part of the default run and of .ci/run (about a minute on top of the
 * platform the end-to-end tests share); {@code -Dchatdong.excluded.groups=bench,browser} leaves it out.
 * Alone: {@code ./chatdong test -pl platform-tests -am -Dtest=ConsoleBrowserTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@org.junit.jupiter.api.Tag("browser")
class ConsoleBrowserTest extends RunningPlatform {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static ConsoleProcess console;

    @BeforeAll
    static void startConsole() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail(
                    CHROMIUM
                            + " is missing: ./chatdong test installs Debian's chromium (apt-get install chromium), or set CHROMIUM");
        }
        if (!Files.isDirectory(webui().resolve("node_modules/playwright-core"))) {
            fail("playwright-core is not installed: the web-console build runs npm ci in " + webui());
        }
        console = new ConsoleProcess(platform).start();
    }

    @AfterAll
    static void stopConsole() throws Exception {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void everyRoleWorksInTheBrowser() throws Exception {
        String monitoring = platform.url("monitoring-service");
        String run = UUID.randomUUID().toString().substring(0, 8);

        // A completed round of three 성북구 dongs: the map colours exactly these.
        List<String> seongbuk = allDongs.stream()
                .filter(code -> code.startsWith("11290"))
                .limit(3)
                .toList();
        String mapRound = flow.plan("콘솔 지도 회차 " + run, seongbuk);
        flow.assessAll(mapRound, seongbuk, 3);
        flow.complete(mapRound);

        // A fully assessed round the monitor completes in the browser; seed 0 scores the first pair 0.
        List<String> twoDongs = allDongs.stream()
                .filter(code -> code.startsWith("11200"))
                .limit(2)
                .toList();
        String toComplete = flow.plan("콘솔 완료 회차 " + run, twoDongs);
        HeadlineFlow.Expected expected = flow.assessAll(toComplete, twoDongs, 0);
        assertTrue(expected.consulting() > 0, "the round has underperforming pairs");

        // A round with nothing assessed: completing it is a 422 the console explains.
        String incomplete = flow.plan("콘솔 미완 회차 " + run, allDongs.subList(0, 1));

        // A case in review, for the editor to publish.
        String keyword = "콘솔시험" + run;
        String caseTitle = "골목 돌봄 지도 " + keyword;
        String cases = platform.url("cases-service") + "/api/v1/cases";
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        caseTitle,
                        "summary",
                        "주민과 함께 만든 돌봄 지도",
                        "body",
                        "복지플래너와 통반장이 함께 " + keyword,
                        "districtCode",
                        "11290",
                        "field",
                        "WELFARE"))
                .post(cases)
                .then()
                .statusCode(201)
                .extract()
                .response();
        String caseId = created.path("id");
        // A case written by hand starts as a draft (DRAFTING); submitting puts it in review.
        given().header("If-Match", created.header("ETag"))
                .post(cases + "/" + caseId + "/submit")
                .then()
                .statusCode(200);

        // An open cohort with two places, three trainees (one waits) and a session to take attendance of.
        String training = platform.url("training-service") + "/api/v1";
        String courseId = given().queryParam("size", 1)
                .get(training + "/courses")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        int number = 100 + (int) (Math.random() * 800);
        Response cohort = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "courseId",
                        courseId,
                        "number",
                        number,
                        "startsOn",
                        "2016-03-16",
                        "endsOn",
                        "2016-03-18",
                        "venue",
                        "서울시 인재개발원",
                        "capacity",
                        2))
                .post(training + "/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .response();
        String cohortId = cohort.path("id");
        given().header("If-Match", cohort.header("ETag"))
                .post(training + "/cohorts/" + cohortId + "/open")
                .then()
                .statusCode(200);
        for (String name : List.of("김복지", "이마을", "박건강")) {
            String trainee = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "name", name, "organisation", "성북구 성북동 주민센터", "districtCode", "11290", "jobType", "사회복지"))
                    .post(training + "/trainees")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            given().contentType(ContentType.JSON)
                    .body(Map.of("traineeId", trainee))
                    .post(training + "/cohorts/" + cohortId + "/enrolments")
                    .then()
                    .statusCode(org.hamcrest.Matchers.lessThan(300));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt", "2016-03-16T09:00:00+09:00", "endsAt", "2016-03-16T16:00:00+09:00", "hours", 6))
                .post(training + "/cohorts/" + cohortId + "/sessions")
                .then()
                .statusCode(org.hamcrest.Matchers.lessThan(300));

        // 매뉴얼: a council decision governance recorded (a council with a quorum, a meeting yesterday,
        // its decision), which cases has seen once a throwaway volume's version is approved by it; and
        // the volume whose version 1 the editor takes through its life cycle in the browser.
        String gov = platform.url("governance-service") + "/api/v1";
        String manuals = platform.url("cases-service") + "/api/v1/manuals";
        String council =
                post(gov + "/councils", Map.of("name", "콘솔 협의체 " + run, "kind", "DISTRICT", "districtCode", "11290"));
        List<String> members = List.of("PUBLIC:CHAIR", "PRIVATE:MEMBER", "RESIDENT:MEMBER").stream()
                .map(seat -> post(
                        gov + "/councils/" + council + "/members",
                        Map.of(
                                "name",
                                "위원",
                                "organisation",
                                "기관",
                                "sector",
                                seat.split(":")[0],
                                "position",
                                seat.split(":")[1],
                                "termFrom",
                                "2016-01-01")))
                .toList();
        String meetingTitle = "콘솔 매뉴얼 승인 회의 " + run;
        String meetingId = post(
                gov + "/meetings",
                Map.of(
                        "councilId",
                        council,
                        "title",
                        meetingTitle,
                        "scheduledAt",
                        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9))
                                .minusDays(1)
                                .withNano(0)
                                .toString(),
                        "place",
                        "서울시청 회의실",
                        "kind",
                        "REGULAR"));
        given().contentType(ContentType.JSON)
                .body(members.stream()
                        .map(m -> Map.of("memberId", m, "present", true))
                        .toList())
                .put(gov + "/meetings/" + meetingId + "/attendance")
                .then()
                .statusCode(200);
        String decisionText = "매뉴얼 " + run + " 제1판 원안 승인";
        String decisionId = given().contentType(ContentType.JSON)
                .body(Map.of("text", decisionText))
                .post(gov + "/meetings/" + meetingId + "/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("decisions[0].id");
        String throwaway =
                post(manuals, Map.of("title", "콘솔 확인용 매뉴얼 " + run, "kind", "GUIDELINE", "audience", "SUPPORT_TEAM"));
        given().post(manuals + "/" + throwaway + "/versions/1/submit").then().statusCode(200);
        long seenBy = System.currentTimeMillis() + 60_000;
        while (given().contentType(ContentType.JSON)
                        .body(Map.of("meetingId", meetingId, "decisionId", decisionId))
                        .post(manuals + "/" + throwaway + "/versions/1/approve")
                        .statusCode()
                != 200) {
            assertTrue(System.currentTimeMillis() < seenBy, "cases saw decision.recorded within a minute");
            Thread.sleep(500);
        }
        String manualTitle = "콘솔 운영 매뉴얼 " + run;
        String manual = post(manuals, Map.of("title", manualTitle, "kind", "MANUAL", "audience", "SUPPORT_TEAM"));

        // 발굴단 게시 할당 of 2016: 17 districts with a discovery-team member in April–December (as the
        // plan had), so 17 × 9 = 153; what the grid must show is read back from the API.
        String discovery = platform.url("cases-service") + "/api/v1";
        java.util.Set<String> team = new java.util.HashSet<>(given().queryParam("year", 2016)
                .get(discovery + "/publishing/quota")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("districts.districtCode", String.class));
        for (String district :
                allDongs.stream().map(code -> code.substring(0, 5)).distinct().toList()) {
            if (team.size() >= 17) {
                break;
            }
            if (team.add(district)) {
                post(
                        discovery + "/discovery-team/members",
                        Map.of(
                                "name",
                                "발굴단원 " + district,
                                "districtCode",
                                district,
                                "subject",
                                "console-" + run + "-" + district,
                                "activeFrom",
                                "2016-04-01",
                                "activeTo",
                                "2016-12-31"));
            }
        }
        io.restassured.path.json.JsonPath quota = given().queryParam("year", 2016)
                .get(discovery + "/publishing/quota")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Path screenshots = Platform.root().resolve("web-console/target/screenshots");
        Files.createDirectories(screenshots);
        Path log = Platform.root().resolve("platform-tests/target/e2e/console-browser.log");
        ProcessBuilder node = new ProcessBuilder("node", "e2e/console.spec.mjs")
                .directory(webui().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = node.environment();
        env.put("CONSOLE_URL", console.url());
        env.put("CHROMIUM", CHROMIUM.toString());
        env.put("SCREENSHOTS", screenshots.toString());
        env.put("MAP_ROUND", mapRound);
        env.put("MAP_ROUND_DONGS", String.valueOf(seongbuk.size()));
        env.put("COMPLETE_ROUND", toComplete);
        env.put("COMPLETE_ROUND_ASSIGNMENTS", String.valueOf(expected.consulting()));
        env.put("INCOMPLETE_ROUND", incomplete);
        env.put("CASE_TITLE", caseTitle);
        env.put("CASE_KEYWORD", keyword);
        env.put("COHORT_ID", cohortId);
        env.put("MANUAL_ID", manual);
        env.put("MEETING_TITLE", meetingTitle);
        env.put("DECISION_TEXT", decisionText);
        env.put("QUOTA_DISTRICTS", String.valueOf(quota.getList("districts").size()));
        env.put("QUOTA_TOTAL", quota.getLong("published") + " / " + quota.getInt("quota"));
        // A service's first PDF loads the renderer and the Korean font: made once here (as the report test
        // does through the API), so the browser's download measures the console, not a cold renderer.
        given().accept("application/pdf")
                .get(monitoring + "/api/v1/reports/2016")
                .then()
                .statusCode(200);
        Process browser = node.start();
        // 23 screens, each checked by axe (several seconds each on the 426-dong map) on 2 shared cores: ~5 min
        boolean finished = browser.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(output);
        if (!finished) {
            fail("the browser tests did not finish within 10 minutes:\n" + output);
        }
        assertEquals(0, browser.exitValue(), "browser tests failed:\n" + output);
        assertTrue(output.contains("ok - city-admin: map of 426 dongs, 3 coloured"), output);
        assertTrue(output.contains("ok - monitor completes a round"), output);
        assertTrue(output.contains("ok - editor publishes a case and finds it"), output);
        assertTrue(
                output.contains("ok - the console sends an unsigned person to Keycloak's Korean login page"), output);
        assertTrue(output.contains("ok - trainee: signs in on Keycloak's page"), output);
        assertTrue(output.contains("ok - sign-out ends the Keycloak session"), output);
        assertTrue(output.contains("ok - city-admin reads, downloads and publishes the yearly report"), output);
        assertTrue(output.contains("ok - editor takes a manual version from drafting to distributed"), output);
        assertTrue(output.contains("ok - editor reads the 2016 case quota grid"), output);

        // What the clicks wrote, read back through the APIs.
        given().get(monitoring + "/api/v1/rounds/" + toComplete)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"));
        given().get(cases + "/" + caseId)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"));
        String sessionId = given().get(training + "/cohorts/" + cohortId + "/sessions")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        List<String> marks = given().get(training + "/sessions/" + sessionId + "/attendance")
                .then()
                .statusCode(200)
                .extract()
                .path("status");
        assertEquals(List.of("PRESENT", "PRESENT"), marks, "the trainer's attendance, as recorded in the browser");
        // The report version published in the browser, and the manual version distributed there.
        given().get(monitoring + "/api/v1/reports/2016")
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.notNullValue());
        given().get(manuals + "/" + manual + "/versions/1")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DISTRIBUTED"))
                .body("approvedDecisionId", org.hamcrest.Matchers.equalTo(decisionId))
                .body("copies", org.hamcrest.Matchers.equalTo(700))
                .body("document.fileName", org.hamcrest.Matchers.equalTo("다른 사람이 바꾼 매뉴얼.pdf"));
    }

    /** POSTs the body as JSON (201 expected); the id of what was made. */
    static String post(String url, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(url)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Path webui() {
        return Platform.root().resolve("web-console/src/main/webui");
    }
}
