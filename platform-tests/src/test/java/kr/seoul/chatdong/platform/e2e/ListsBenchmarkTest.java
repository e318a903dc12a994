package kr.seoul.chatdong.platform.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Read throughput of every list and by-id endpoint over a city-scale data set, against two yardsticks
 * measured in the same run with the same wrk settings: a bare Quarkus endpoint and the obvious Panache
 * list (bench/lists-app, 2,000 rows). Printed, never asserted (run: bench/lists).
 *
 * <p>Loads 10 years of rounds through the public API first: {@code bench.rounds} (20) rounds of every
 * dong × 4 fields, completed, and waits until every derived record is visible; plus councils,
 * meetings and courses. For each endpoint that misses the target (≥ 4× the obvious list, p99 ≤ 50 ms)
 * it runs wrk again under a JFR recording of the service and samples pg_stat_activity, and prints
 * where the samples are.
 *
 * <p>Options (-D): bench.app (the lists-app URL), bench.duration (10), bench.warmup (3),
 * bench.connections (64), bench.threads (2), bench.rounds (20), bench.profile (true),
 * bench.profile.duration (6), bench.only (a regex of endpoint labels to measure).
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.lists", matches = "true")
class ListsBenchmarkTest extends RunningPlatform {

    private static final int DURATION = Integer.getInteger("bench.duration", 10);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int PROFILE_SECONDS = Integer.getInteger("bench.profile.duration", 6);
    private static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
    private static final String APP = System.getProperty("bench.app", "http://127.0.0.1:18090");
    private static final Pattern ONLY = Pattern.compile(System.getProperty("bench.only", ".*"));
    private static final double TARGET_RATIO = 4.0;
    private static final double TARGET_P99_MS = 50.0;

    private static final String MONITORING = "monitoring-service";
    private static final String GOVERNANCE = "governance-service";
    private static final String TRAINING = "training-service";
    private static final String CASES = "cases-service";
    private static final String APP_JAR = "lists-app/target/quarkus-app/quarkus-run.jar";

    /** One row of the table: what wrk measured for one URL. */
    record Result(
            String label,
            String target,
            double requestsPerSecond,
            double p99Millis,
            long errors,
            String errorKinds,
            double serverCores,
            double postgresCores) {}

    /** What loading derived, summed over every round. */
    private int below;

    private int excellent;

    @Test
    void listsAtCityScale() throws Exception {
        String token = platform.realm.token("city-admin");
        Map<String, String> ids = load();

        List<String[]> endpoints = endpoints(ids);
        System.out.printf(
                "bench: wrk -t%d -c%d -d%ds --latency (after a %d s warm-up of the same URL), Authorization: Bearer <city-admin>%n",
                THREADS, CONNECTIONS, DURATION, WARMUP);
        List<Result> results = new ArrayList<>();
        double obvious = 0;
        for (String[] endpoint : endpoints) {
            String label = endpoint[0];
            if (!ONLY.matcher(label).find() && !label.startsWith("bench-app")) {
                continue;
            }
            String url = endpoint[2];
            Response check = given().header("Authorization", "Bearer " + token).get(url);
            if (check.statusCode() != 200) {
                System.out.printf(
                        "bench: %s answers %d, not measured: %s%n", label, check.statusCode(), check.asString());
                continue;
            }
            Result result = measure(label, endpoint[1], url, token);
            if (label.equals("bench-app GET /items?size=50 (obvious list)")) {
                obvious = result.requestsPerSecond();
            }
            results.add(result);
            System.out.printf(
                    "bench: measured %s: %.0f req/s, p99 %.1f ms, %d bytes a response%n",
                    label, result.requestsPerSecond(), result.p99Millis(), check.asByteArray().length);
            if (label.startsWith("bench-app GET /items")) {
                // Its pool keeps up to 20 PostgreSQL connections open; with the four services' 4 x 20 that is
                // PostgreSQL's max_connections (100), and the services would get "remaining connection slots
                // are reserved" refusals. Measured, it is not needed any more.
                serverProcess(APP_JAR).ifPresent(app -> {
                    app.destroy();
                    app.onExit().join();
                    System.out.println(
                            "bench: lists app stopped (its connection pool would leave the services short of PostgreSQL connections)");
                });
            }
        }

        System.out.println("bench:");
        System.out.printf(
                "bench: | endpoint | req/s | p99 ms | × obvious list | target met (≥ %.0f×, p99 ≤ %.0f ms) | service CPU (cores) | PostgreSQL CPU (cores) |%n",
                TARGET_RATIO, TARGET_P99_MS);
        System.out.println("bench: |---|---:|---:|---:|---|---:|---:|");
        List<Result> missed = new ArrayList<>();
        for (Result r : results) {
            boolean yardstick = r.label().startsWith("bench-app");
            double ratio = obvious == 0 ? 0 : r.requestsPerSecond() / obvious;
            boolean met = ratio >= TARGET_RATIO && r.p99Millis() <= TARGET_P99_MS && r.errors() == 0;
            String verdict = yardstick
                    ? "(yardstick)"
                    : met ? "yes" : "NO" + (r.errors() > 0 ? " (" + r.errorKinds() + ")" : "");
            if (!yardstick && !met) {
                missed.add(r);
            }
            System.out.printf(
                    "bench: | %s | %,.0f | %.1f | %.2f | %s | %.2f | %.2f |%n",
                    r.label(),
                    r.requestsPerSecond(),
                    r.p99Millis(),
                    ratio,
                    verdict,
                    r.serverCores(),
                    r.postgresCores());
        }
        System.out.printf(
                "bench: %d of %d service endpoints meet the target%n",
                results.stream().filter(r -> !r.label().startsWith("bench-app")).count() - missed.size(),
                results.stream().filter(r -> !r.label().startsWith("bench-app")).count());

        if (PROFILE) {
            for (Result r : missed) {
                profile(
                        r,
                        endpoints.stream()
                                .filter(e -> e[0].equals(r.label()))
                                .findFirst()
                                .orElseThrow()[2],
                        token);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------
    // The data set

    /** Loads the city-scale data set through the APIs and returns ids to read by. */
    private Map<String, String> load() {
        long start = System.nanoTime();
        Map<String, String> ids = new LinkedHashMap<>();
        String governance = platform.url(GOVERNANCE) + "/api/v1";
        String training = platform.url(TRAINING) + "/api/v1";
        String monitoring = platform.url(MONITORING) + "/api/v1";

        // Courses first, so that training needs link to the courses of their field.
        String[] tracks = {
            "BASIC",
            "ADVANCED",
            "VISION_WORKSHOP",
            "PUBLIC_PRIVATE_WORKSHOP",
            "VISITING_WELFARE_PRACTICE",
            "VISITING_WELFARE_ADVANCED",
            "CASE_MANAGEMENT_COUNSELLING",
            "HEALING",
            "INSTRUCTOR_TRAINING"
        };
        for (int t = 0; t < tracks.length; t++) {
            for (int n = 0; n < 3; n++) {
                String id = given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "title",
                                "찾아가는 동주민센터 " + tracks[t] + " 과정 " + (n + 1),
                                "track",
                                tracks[t],
                                "hours",
                                7 + 7 * n,
                                "fields",
                                List.of(HeadlineFlow.FIELDS[(t + n) % 4], HeadlineFlow.FIELDS[(t + n + 1) % 4]),
                                "description",
                                "복지플래너·방문간호사·동장 대상 " + (n + 1) + "기"))
                        .post(training + "/courses")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                ids.putIfAbsent("course", id);
            }
        }

        // Councils: the metropolitan one, one per district, and the city's committees; two meetings each.
        List<String> councils = new ArrayList<>();
        String metropolitan = council(
                governance, Map.of("name", "서울특별시 민관협력 협의체", "kind", "METROPOLITAN", "establishedOn", "2015-07-01"));
        councils.add(metropolitan);
        for (String district :
                new TreeSet<>(allDongs.stream().map(d -> d.substring(0, 5)).toList())) {
            councils.add(council(
                    governance,
                    Map.of(
                            "name",
                            district + " 민관협력 협의체",
                            "kind",
                            "DISTRICT",
                            "districtCode",
                            district,
                            "establishedOn",
                            "2015-07-01")));
        }
        for (String kind : List.of("TASK_FORCE", "ADVISORY", "EDUCATION_PLANNING")) {
            councils.add(council(
                    governance, Map.of("name", "찾아가는 동주민센터 " + kind, "kind", kind, "establishedOn", "2016-01-15")));
        }
        ids.put("council", metropolitan);
        for (int c = 0; c < councils.size(); c++) {
            for (int m = 0; m < 2; m++) {
                String id = given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "councilId",
                                councils.get(c),
                                "title",
                                "2016년 제" + (m + 1) + "차 정기회의",
                                "scheduledAt",
                                (c == 0 ? 2030 + m : 2016 + m) + "-04-20T14:00:00+09:00",
                                "place",
                                "서울시청 서소문청사 회의실"))
                        .post(governance + "/meetings")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                ids.putIfAbsent("meeting", id);
            }
        }
        // Members (12 per council, 4 sectors) and action items (5 per council, some past due).
        String[] sectors = {"PUBLIC", "PRIVATE", "ACADEMIC", "RESIDENT"};
        for (String council : councils) {
            for (int i = 0; i < 12; i++) {
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "name",
                                "위원 " + i,
                                "organisation",
                                "기관 " + i,
                                "sector",
                                sectors[i % 4],
                                "position",
                                i == 0 ? "CHAIR" : "MEMBER",
                                "termFrom",
                                "2016-01-01"))
                        .post(governance + "/councils/" + council + "/members")
                        .then()
                        .statusCode(201);
            }
            for (int i = 0; i < 5; i++) {
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "councilId",
                                council,
                                "title",
                                "후속조치 " + i,
                                "owner",
                                "복지정책과",
                                "dueOn",
                                (2016 + i * 4) + "-05-31"))
                        .post(governance + "/action-items")
                        .then()
                        .statusCode(201);
            }
        }
        System.out.printf(
                "bench: loaded %d courses, %d councils, %d meetings%n",
                tracks.length * 3, councils.size(), councils.size() * 2);
        loadTraining(training, ids);

        // 100 consultants (4 per district, each in two fields, capacity 40): the rounds' assignments are matched as
        // they open.
        int consultantCount = 0;
        List<String> districts = new ArrayList<>(
                new TreeSet<>(allDongs.stream().map(d -> d.substring(0, 5)).toList()));
        for (int d = 0; d < districts.size(); d++) {
            for (int k = 0; k < 4; k++) {
                String id = given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "name",
                                "컨설턴트 " + districts.get(d) + "-" + k,
                                "organisation",
                                "서울시복지재단",
                                "fields",
                                List.of(HeadlineFlow.FIELDS[k], HeadlineFlow.FIELDS[(k + 1) % 4]),
                                "homeDistrictCode",
                                districts.get(d),
                                "capacity",
                                40,
                                "activeFrom",
                                "2016-01-01",
                                "subject",
                                "bench-consultant-" + UUID.randomUUID()))
                        .post(monitoring + "/consultants")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
                ids.putIfAbsent("consultant", id);
                consultantCount++;
            }
        }
        System.out.printf("bench: loaded %d consultants%n", consultantCount);

        // 10 years of rounds, two a year, every dong x 4 fields; scores ~N(73, 11): ~12 % below 60, ~6 % from 90.
        Baseline before = baseline();
        for (int r = 0; r < ROUNDS; r++) {
            int year = 2016 + r / 2;
            boolean first = r % 2 == 0;
            String round = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "name",
                            year + "년 " + (r + 2) + "차 모니터링",
                            "startsOn",
                            year + (first ? "-03-01" : "-09-01"),
                            "endsOn",
                            year + (first ? "-05-31" : "-11-30"),
                            "dongCodes",
                            allDongs,
                            "underperformingBelow",
                            HeadlineFlow.BELOW,
                            "excellentFrom",
                            HeadlineFlow.EXCELLENT))
                    .post(monitoring + "/rounds")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Random random = new Random(r);
            List<Map<String, Object>> batch = new ArrayList<>();
            for (String dong : allDongs) {
                for (String field : HeadlineFlow.FIELDS) {
                    int score = (int) Math.max(0, Math.min(100, Math.round(73 + 11 * random.nextGaussian())));
                    below += score < HeadlineFlow.BELOW ? 1 : 0;
                    excellent += score >= HeadlineFlow.EXCELLENT ? 1 : 0;
                    batch.add(Map.of("dongCode", dong, "field", field, "score", score));
                }
            }
            String etag = given().get(monitoring + "/rounds/" + round)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            given().contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(batch)
                    .put(monitoring + "/rounds/" + round + "/assessments")
                    .then()
                    .statusCode(200);
            given().post(monitoring + "/rounds/" + round + "/complete").then().statusCode(200);
            if (r == ROUNDS / 2 - 1) {
                ids.put("previousRound", round);
            }
            if (r == ROUNDS / 2) {
                ids.put("round", round);
            }
        }
        int assessments = ROUNDS * allDongs.size() * HeadlineFlow.FIELDS.length;
        Baseline expected = new Baseline(
                before.consulting() + below,
                before.trainingNeeds() + below,
                before.nominations() + excellent,
                before.agendaItems() + ROUNDS);
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> baseline().equals(expected));
        System.out.printf(
                "bench: loaded %d rounds x %d dongs x 4 = %d assessments -> %d consulting assignments, %d training needs, "
                        + "%d nominated cases, %d agenda items, all visible after %d s%n",
                ROUNDS,
                allDongs.size(),
                assessments,
                below,
                below,
                excellent,
                ROUNDS,
                (System.nanoTime() - start) / 1_000_000_000);

        ids.put("consulting", firstId(monitoring + "/consulting-assignments?roundId=" + ids.get("round")));
        ids.put("case", firstId(platform.url(CASES) + "/api/v1/cases?status=NOMINATED&roundId=" + ids.get("round")));
        ids.put("dong", allDongs.get(allDongs.size() / 2));
        return ids;
    }

    private static String council(String governance, Map<String, String> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(governance + "/councils")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String firstId(String url) {
        return given().get(url + "&size=1").then().statusCode(200).extract().path("items[0].id");
    }

    record Baseline(int consulting, int trainingNeeds, int nominations, int agendaItems) {}

    private static Baseline baseline() {
        return new Baseline(
                total(MONITORING, "/api/v1/consulting-assignments", ""),
                total(TRAINING, "/api/v1/training-needs", ""),
                total(CASES, "/api/v1/cases", "&status=NOMINATED"),
                total(GOVERNANCE, "/api/v1/agenda-items", "&source=MONITORING"));
    }

    private static int total(String service, String path, String filter) {
        return given().get(platform.url(service) + path + "?size=1" + filter)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    /**
     * Training at the plan's scale: 40 cohorts of the practice course, one of them with 10,000 trainees
     * from CSV (9,000 seats, 1,000 waiting), a session they all attend, 300 paper evaluations, and
     * its completion (targets: 9,000 of the 10,520 civil servants of 2016).
     */
    private void loadTraining(String training, Map<String, String> ids) {
        long start = System.nanoTime();
        String course = "a0000000-0000-4000-8000-000000000009";
        // a cohort names its instructors by registry id
        String instructor = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name", "정강사", "organisation", "서울시복지재단", "affiliation", "PRIVATE", "activeFrom", "2016-01-04"))
                .post(training + "/instructors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int n = 10; n < 50; n++) {
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of(
                            "courseId",
                            course,
                            "number",
                            n,
                            "startsOn",
                            "2016-04-06",
                            "endsOn",
                            "2016-04-07",
                            "capacity",
                            n == 10 ? 9000 : 40,
                            "venue",
                            "서울시 인재개발원",
                            "instructorIds",
                            List.of(instructor)))
                    .post(training + "/cohorts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            ids.putIfAbsent("cohort", id);
        }
        String cohort = ids.get("cohort");
        given().header("If-Match", "\"0\"")
                .post(training + "/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200);
        StringBuilder csv = new StringBuilder("name,organisation,districtCode,dongCode,jobType,employeeNo\r\n");
        for (int i = 0; i < 10_000; i++) {
            String dong = allDongs.get(i % allDongs.size());
            csv.append("교육생")
                    .append(i)
                    .append(',')
                    .append(dong)
                    .append(" 주민센터,")
                    .append(dong, 0, 5)
                    .append(',')
                    .append(dong)
                    .append(",사회복지,B16-")
                    .append(i)
                    .append("\r\n");
        }
        given().contentType("text/csv")
                .body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(training + "/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(200);
        String session = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt", "2016-04-06T09:00:00+09:00", "endsAt", "2016-04-06T16:00:00+09:00", "hours", 6))
                .post(training + "/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("session", session);
        List<String> enrolled = new ArrayList<>();
        for (int page = 0; enrolled.size() < 9000; page++) {
            List<String> items = given().queryParam("status", "ENROLLED")
                    .queryParam("size", 200)
                    .queryParam("page", page)
                    .get(training + "/cohorts/" + cohort + "/enrolments")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            if (items.isEmpty()) {
                break;
            }
            enrolled.addAll(items);
        }
        ids.put("enrolment", enrolled.get(0));
        for (int from = 0; from < enrolled.size(); from += 2000) {
            given().contentType(ContentType.JSON)
                    .body(enrolled.subList(from, Math.min(enrolled.size(), from + 2000)).stream()
                            .map(e -> Map.of("enrolmentId", e, "status", "PRESENT"))
                            .toList())
                    .put(training + "/sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200);
        }
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            List<Map<String, Object>> answers = new ArrayList<>();
            for (String item : List.of("relevance", "structure", "materials", "venue", "overall")) {
                answers.add(Map.of("item", item, "value", 3 + random.nextInt(3)));
            }
            answers.add(Map.of("item", "instructor", "instructorId", instructor, "value", 4 + random.nextInt(2)));
            given().contentType(ContentType.JSON)
                    .body(Map.of("answers", answers))
                    .post(training + "/enrolments/" + enrolled.get(i) + "/evaluation")
                    .then()
                    .statusCode(201);
        }
        given().header("If-Match", "\"1\"")
                .post(training + "/cohorts/" + cohort + "/close")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"2\"")
                .post(training + "/cohorts/" + cohort + "/complete")
                .then()
                .statusCode(200);
        System.out.printf(
                "bench: loaded 40 cohorts, 10,000 trainees (9,000 enrolled, 1,000 waiting), 300 evaluations, a completion in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    // ----------------------------------------------------------------------------------------------
    // The endpoints

    /** label, the process that serves it (a jar path fragment), URL. */
    private List<String[]> endpoints(Map<String, String> ids) {
        String m = platform.url(MONITORING) + "/api/v1";
        String g = platform.url(GOVERNANCE) + "/api/v1";
        String t = platform.url(TRAINING) + "/api/v1";
        String c = platform.url(CASES) + "/api/v1";
        String round = ids.get("round");
        List<String[]> list = new ArrayList<>();
        list.add(new String[] {"bench-app GET /hello (bare)", APP_JAR, APP + "/hello"});
        list.add(new String[] {"bench-app GET /items?size=50 (obvious list)", APP_JAR, APP + "/items?size=50"});
        // lists
        list.add(new String[] {"monitoring GET /rounds?size=50", MONITORING, m + "/rounds?size=50"});
        list.add(new String[] {
            "monitoring GET /rounds/{id}/assessments?size=50",
            MONITORING,
            m + "/rounds/" + round + "/assessments?size=50"
        });
        list.add(new String[] {
            "monitoring GET /consulting-assignments?size=50", MONITORING, m + "/consulting-assignments?size=50"
        });
        list.add(new String[] {
            "monitoring GET /consulting-assignments?roundId=&size=50",
            MONITORING,
            m + "/consulting-assignments?roundId=" + round + "&size=50"
        });
        list.add(new String[] {
            "monitoring GET /consulting-assignments?status=OPEN&size=50",
            MONITORING,
            m + "/consulting-assignments?status=OPEN&size=50"
        });
        list.add(new String[] {
            "monitoring GET /consulting-assignments?consultantId=&size=50",
            MONITORING,
            m + "/consulting-assignments?consultantId=" + ids.get("consultant") + "&size=50"
        });
        list.add(new String[] {"monitoring GET /consultants?size=50", MONITORING, m + "/consultants?size=50"});
        list.add(new String[] {"monitoring GET /indicators", MONITORING, m + "/indicators"});
        list.add(new String[] {"monitoring GET /districts?size=50", MONITORING, m + "/districts?size=50"});
        list.add(new String[] {"monitoring GET /dongs?size=50", MONITORING, m + "/dongs?size=50"});
        list.add(new String[] {"monitoring GET /rollout-phases", MONITORING, m + "/rollout-phases"});
        list.add(new String[] {"monitoring GET /audit?size=50", MONITORING, m + "/audit?size=50"});
        list.add(new String[] {"governance GET /councils?size=50", GOVERNANCE, g + "/councils?size=50"});
        list.add(new String[] {
            "governance GET /meetings?councilId=&size=50",
            GOVERNANCE,
            g + "/meetings?councilId=" + ids.get("council") + "&size=50"
        });
        list.add(new String[] {
            "governance GET /agenda-items?source=MONITORING&size=50",
            GOVERNANCE,
            g + "/agenda-items?source=MONITORING&size=50"
        });
        list.add(new String[] {
            "governance GET /councils/{id}/members?on=&size=50",
            GOVERNANCE,
            g + "/councils/" + ids.get("council") + "/members?on=2016-03-01&size=50"
        });
        list.add(new String[] {
            "governance GET /councils/{id}/composition?on=",
            GOVERNANCE,
            g + "/councils/" + ids.get("council") + "/composition?on=2016-03-01"
        });
        list.add(new String[] {"governance GET /action-items?size=50", GOVERNANCE, g + "/action-items?size=50"});
        list.add(new String[] {
            "governance GET /action-items?overdue=true&size=50", GOVERNANCE, g + "/action-items?overdue=true&size=50"
        });
        list.add(new String[] {"governance GET /support-teams", GOVERNANCE, g + "/support-teams"});
        list.add(new String[] {
            "governance GET /meetings/{id}/registrations?size=50",
            GOVERNANCE,
            g + "/meetings/" + ids.get("meeting") + "/registrations?size=50"
        });
        list.add(new String[] {"governance GET /plans/2016", GOVERNANCE, g + "/plans/2016"});
        list.add(new String[] {"governance GET /plans/2016/due?month=", GOVERNANCE, g + "/plans/2016/due?month=2016-05"
        });
        list.add(new String[] {"governance GET /audit?size=50", GOVERNANCE, g + "/audit?size=50"});
        list.add(new String[] {"training GET /courses?size=50", TRAINING, t + "/courses?size=50"});
        list.add(new String[] {"training GET /training-needs?size=50", TRAINING, t + "/training-needs?size=50"});
        list.add(new String[] {
            "training GET /training-needs?roundId=&size=50",
            TRAINING,
            t + "/training-needs?roundId=" + round + "&size=50"
        });
        list.add(new String[] {"training GET /cohorts?size=50", TRAINING, t + "/cohorts?size=50"});
        list.add(new String[] {
            "training GET /cohorts/{id}/enrolments?size=50",
            TRAINING,
            t + "/cohorts/" + ids.get("cohort") + "/enrolments?size=50"
        });
        list.add(new String[] {
            "training GET /cohorts/{id}/enrolments?status=WAITLISTED&size=50",
            TRAINING,
            t + "/cohorts/" + ids.get("cohort") + "/enrolments?status=WAITLISTED&size=50"
        });
        list.add(new String[] {
            "training GET /cohorts/{id}/sessions", TRAINING, t + "/cohorts/" + ids.get("cohort") + "/sessions"
        });
        list.add(new String[] {
            "training GET /sessions/{id}/attendance (9,000)",
            TRAINING,
            t + "/sessions/" + ids.get("session") + "/attendance"
        });
        list.add(new String[] {"training GET /trainees?size=50", TRAINING, t + "/trainees?size=50"});
        list.add(new String[] {
            "training GET /trainees?district=&size=50", TRAINING, t + "/trainees?district=11290&size=50"
        });
        list.add(new String[] {
            "training GET /evaluations/summary?year=2016", TRAINING, t + "/evaluations/summary?year=2016"
        });
        list.add(new String[] {"training GET /targets/2016", TRAINING, t + "/targets/2016"});
        list.add(new String[] {"training GET /audit?size=50", TRAINING, t + "/audit?size=50"});
        list.add(new String[] {"cases GET /cases?size=50", CASES, c + "/cases?size=50"});
        list.add(new String[] {
            "cases GET /cases?roundId=&status=NOMINATED&size=50",
            CASES,
            c + "/cases?roundId=" + round + "&status=NOMINATED&size=50"
        });
        list.add(new String[] {
            "cases GET /cases?q=방문간호&size=50", CASES, c + "/cases?q=%EB%B0%A9%EB%AC%B8%EA%B0%84%ED%98%B8&size=50"
        });
        list.add(new String[] {"cases GET /discovery-team/members?size=50", CASES, c + "/discovery-team/members?size=50"
        });
        list.add(new String[] {
            "cases GET /discovery-team/workload?size=50", CASES, c + "/discovery-team/workload?size=50"
        });
        list.add(new String[] {"cases GET /casebooks?size=50", CASES, c + "/casebooks?size=50"});
        list.add(new String[] {"cases GET /contests?size=50", CASES, c + "/contests?size=50"});
        list.add(new String[] {"cases GET /questions?size=50", CASES, c + "/questions?size=50"});
        list.add(new String[] {
            "cases GET /questions?q=방문간호&size=50",
            CASES,
            c + "/questions?q=%EB%B0%A9%EB%AC%B8%EA%B0%84%ED%98%B8&size=50"
        });
        list.add(new String[] {
            "cases GET /questions?status=PUBLISHED_AS_FAQ&size=50",
            CASES,
            c + "/questions?status=PUBLISHED_AS_FAQ&size=50"
        });
        list.add(new String[] {"cases GET /manuals", CASES, c + "/manuals"});
        list.add(new String[] {
            "cases GET /manuals/{id}/versions?size=50", CASES, c + "/manuals/welfare-health/versions?size=50"
        });
        list.add(new String[] {
            "cases GET /manuals/{id}/feedback?status=OPEN&size=50",
            CASES,
            c + "/manuals/welfare-health/feedback?status=OPEN&size=50"
        });
        list.add(new String[] {"cases GET /audit?size=50", CASES, c + "/audit?size=50"});
        // by id
        list.add(new String[] {"monitoring GET /rounds/{id}", MONITORING, m + "/rounds/" + round});
        list.add(new String[] {"monitoring GET /dongs/{code}", MONITORING, m + "/dongs/" + ids.get("dong")});
        list.add(new String[] {
            "monitoring GET /consulting-assignments/{id}",
            MONITORING,
            m + "/consulting-assignments/" + ids.get("consulting")
        });
        list.add(new String[] {"governance GET /councils/{id}", GOVERNANCE, g + "/councils/" + ids.get("council")});
        list.add(new String[] {"governance GET /meetings/{id}", GOVERNANCE, g + "/meetings/" + ids.get("meeting")});
        list.add(new String[] {
            "governance GET /meetings/{id}/record", GOVERNANCE, g + "/meetings/" + ids.get("meeting") + "/record"
        });
        list.add(new String[] {"training GET /courses/{id}", TRAINING, t + "/courses/" + ids.get("course")});
        list.add(new String[] {"training GET /cohorts/{id}", TRAINING, t + "/cohorts/" + ids.get("cohort")});
        list.add(new String[] {"training GET /enrolments/{id}", TRAINING, t + "/enrolments/" + ids.get("enrolment")});
        list.add(new String[] {"cases GET /cases/{id}", CASES, c + "/cases/" + ids.get("case")});
        // results: one 426 x 4 round's distributions, ranking and dong scores; one dong over all the rounds
        list.add(new String[] {"monitoring GET /rounds/{id}/results", MONITORING, m + "/rounds/" + round + "/results"});
        list.add(new String[] {
            "monitoring GET /dongs/{code}/scores", MONITORING, m + "/dongs/" + ids.get("dong") + "/scores"
        });
        list.add(new String[] {
            "monitoring GET /rounds/{id}/consulting-effect",
            MONITORING,
            m + "/rounds/" + round + "/consulting-effect?baselineRoundId=" + ids.get("previousRound")
        });
        list.add(new String[] {
            "monitoring GET /districts/{code}/due",
            MONITORING,
            m + "/districts/" + ids.get("dong").substring(0, 5) + "/due"
        });
        list.add(new String[] {
            "monitoring GET /consultants/{id}", MONITORING, m + "/consultants/" + ids.get("consultant")
        });
        return list;
    }

    // ----------------------------------------------------------------------------------------------
    // Measuring

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("^\\s+99%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Result measure(String label, String target, String url, String token) throws Exception {
        wrk(url, token, WARMUP);
        Optional<ProcessHandle> server = serverProcess(target);
        long serverCpu = server.map(ListsBenchmarkTest::cpuNanos).orElse(0L);
        long postgresCpu = postgresCpuNanos();
        long start = System.nanoTime();
        String out = wrk(url, token, DURATION);
        long elapsed = System.nanoTime() - start;
        double serverCores =
                server.map(p -> (cpuNanos(p) - serverCpu) / (double) elapsed).orElse(Double.NaN);
        double postgresCores = (postgresCpuNanos() - postgresCpu) / (double) elapsed;
        Matcher rps = RPS.matcher(out);
        Matcher p99 = P99.matcher(out);
        if (!rps.find() || !p99.find()) {
            throw new IllegalStateException("cannot read wrk's output for " + url + ":\n" + out);
        }
        double p99Millis = Double.parseDouble(p99.group(1))
                * switch (p99.group(2)) {
                    case "us" -> 0.001;
                    case "s" -> 1000;
                    default -> 1;
                };
        long errors = 0;
        List<String> kinds = new ArrayList<>();
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
            kinds.add(non2xx.group(1) + " non-2xx");
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            String[] names = {"connect", "read", "write", "timeout"};
            for (int g = 1; g <= 4; g++) {
                long n = Long.parseLong(socket.group(g));
                errors += n;
                if (n > 0) {
                    kinds.add(n + " " + names[g - 1] + (g == 4 ? " (> 5 s)" : " errors"));
                }
            }
        }
        return new Result(
                label,
                target,
                Double.parseDouble(rps.group(1)),
                p99Millis,
                errors,
                String.join(", ", kinds),
                serverCores,
                postgresCores);
    }

    private static String wrk(String url, String token, int seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t" + THREADS,
                        "-c" + CONNECTIONS,
                        "-d" + seconds + "s",
                        "--latency",
                        "--timeout",
                        "5s",
                        "-H",
                        "Authorization: Bearer " + token,
                        url)
                .redirectErrorStream(true)
                .start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed for " + url + ":\n" + out);
        }
        return out;
    }

    /** The JVM that serves an endpoint: the one whose command line names its quarkus-run.jar. */
    /**
     * The process serving a target: one of this platform's services by its pid (a platform of
     * `./chatdong up` may run the same jar too), or the lists app by its jar.
     */
    private Optional<ProcessHandle> serverProcess(String target) {
        if (!target.endsWith(".jar")) {
            return ProcessHandle.of(platform.service(target).pid());
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a).contains(target))
                        .orElse(false))
                .findFirst();
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** CPU time of every PostgreSQL process (server and backends). */
    private static long postgresCpuNanos() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .mapToLong(ListsBenchmarkTest::cpuNanos)
                .sum();
    }

    // ----------------------------------------------------------------------------------------------
    // Profiling what misses the target

    /** wrk again with the same settings under a JFR recording of the server, sampling pg_stat_activity meanwhile. */
    private void profile(Result result, String url, String token) throws Exception {
        Optional<ProcessHandle> server = serverProcess(result.target());
        if (server.isEmpty()) {
            System.out.printf("bench: profile %s: no process found%n", result.label());
            return;
        }
        long pid = server.get().pid();
        Path file = Platform.root()
                .resolve("platform-tests/target/bench-lists-" + result.label().replaceAll("[^A-Za-z0-9]+", "_")
                        + ".jfr");
        Files.deleteIfExists(file);
        run("jcmd", String.valueOf(pid), "JFR.start", "name=benchlists", "settings=profile");
        String database = "chatdong_" + result.target().replace("-service", "") + "_e2e";
        Map<String, Integer> activity = new ConcurrentHashMap<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> sampleActivity(database, activity, sampling));
        sampler.start();
        wrk(url, token, PROFILE_SECONDS);
        sampling.set(false);
        sampler.join();
        run("jcmd", String.valueOf(pid), "JFR.stop", "name=benchlists", "filename=" + file);

        Map<String, Integer> topFrames = new LinkedHashMap<>();
        Map<String, Integer> layers = new LinkedHashMap<>();
        Map<String, Integer> innermost = new LinkedHashMap<>();
        Map<String, Integer> appFrames = new LinkedHashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            topFrames.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream()
                    .map(f -> layer(f.getMethod().getType().getName()))
                    .filter(l -> l != null)
                    .distinct()
                    .forEach(l -> layers.merge(l, 1, Integer::sum));
            frames.stream()
                    .map(f -> layer(f.getMethod().getType().getName()))
                    .filter(l -> l != null)
                    .findFirst()
                    .ifPresent(l -> innermost.merge(l, 1, Integer::sum));
            frames.stream()
                    .filter(f -> f.getMethod().getType().getName().startsWith("kr.seoul.chatdong"))
                    .findFirst()
                    .ifPresent(f -> appFrames.merge(name(f), 1, Integer::sum));
        }
        System.out.printf(
                "bench: profile %s (%.0f req/s, p99 %.1f ms; service %.2f cores, PostgreSQL %.2f cores): %d execution samples in %s%n",
                result.label(),
                result.requestsPerSecond(),
                result.p99Millis(),
                result.serverCores(),
                result.postgresCores(),
                samples,
                Platform.root().relativize(file));
        print(
                "  samples by innermost library on the stack (self time, JDK frames counted to their caller)",
                innermost,
                samples,
                8);
        print("  samples with a frame of (inclusive)", layers, samples, 12);
        print("  top frames (self)", topFrames, samples, 8);
        print("  innermost chatdong frames", appFrames, samples, 6);
        int activeSamples =
                activity.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "bench:   PostgreSQL: %d samples of %s's active / idle-in-transaction sessions (pg_stat_activity every 20 ms):%n",
                activeSamples, database);
        activity.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(4)
                .forEach(e -> System.out.printf("bench:     %3d  %s%n", e.getValue(), e.getKey()));
    }

    private static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println("bench: " + title + ":");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> System.out.printf(
                        "bench:     %5.1f %%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The library a frame belongs to, for the "where does the time go" summary. */
    private static String layer(String type) {
        for (Map.Entry<String, String> e : LAYERS.entrySet()) {
            if (type.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.postgresql", "PostgreSQL JDBC driver (org.postgresql)");
        LAYERS.put("io.agroal", "connection pool (io.agroal)");
        LAYERS.put("org.hibernate", "Hibernate ORM (org.hibernate)");
        LAYERS.put("io.quarkus.hibernate", "Panache / Quarkus Hibernate (io.quarkus.hibernate)");
        LAYERS.put("com.arjuna", "JTA transactions (com.arjuna)");
        LAYERS.put("io.quarkus.narayana", "JTA transactions (com.arjuna)");
        LAYERS.put("com.fasterxml.jackson", "JSON (com.fasterxml.jackson)");
        LAYERS.put("org.jose4j", "JWT verification (org.jose4j, io.smallrye.jwt)");
        LAYERS.put("io.smallrye.jwt", "JWT verification (org.jose4j, io.smallrye.jwt)");
        LAYERS.put("sun.security", "crypto (sun.security)");
        LAYERS.put("io.quarkus.security", "Quarkus security (io.quarkus.security)");
        LAYERS.put("io.quarkus.vertx.http.runtime.security", "Quarkus security (io.quarkus.security)");
        LAYERS.put("org.jboss.resteasy.reactive", "REST (org.jboss.resteasy.reactive)");
        LAYERS.put("io.netty", "HTTP / IO (io.netty, io.vertx)");
        LAYERS.put("io.vertx", "HTTP / IO (io.netty, io.vertx)");
        LAYERS.put("io.micrometer", "metrics (io.micrometer)");
        LAYERS.put("io.opentelemetry", "tracing (io.opentelemetry)");
        LAYERS.put("io.quarkus.arc", "CDI (io.quarkus.arc)");
        LAYERS.put("io.smallrye.mutiny", "Mutiny (io.smallrye.mutiny)");
        LAYERS.put("org.jboss.logmanager", "logging (org.jboss.logmanager)");
        LAYERS.put("kr.seoul.chatdong", "chatdong code (kr.seoul.chatdong)");
    }

    /** Samples the active queries of the service's database every 50 ms through psql (one process). */
    private static void sampleActivity(String database, Map<String, Integer> activity, AtomicBoolean sampling) {
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            "stdbuf",
                            "-oL",
                            "psql",
                            "-X",
                            "-At",
                            "-h",
                            System.getProperty("chatdong.db.host", "127.0.0.1"),
                            "-U",
                            "chatdong",
                            "-d",
                            database)
                    .redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", System.getenv().getOrDefault("DB_PASSWORD", "chatdong"));
            Process psql = builder.start();
            psql.getOutputStream()
                    .write(
                            ("SELECT state || ', ' || coalesce(wait_event_type || ':' || wait_event, 'on CPU') || ' | ' || regexp_replace(query, '\\s+', ' ', 'g') "
                                            + "FROM pg_stat_activity WHERE datname = current_database() AND state IN ('active', 'idle in transaction') "
                                            + "AND pid <> pg_backend_pid() \\watch 0.02\n")
                                    .getBytes(StandardCharsets.UTF_8));
            psql.getOutputStream().flush();
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(psql.getInputStream(), StandardCharsets.UTF_8))) {
                Thread stopper = new Thread(() -> {
                    while (sampling.get()) {
                        try {
                            TimeUnit.MILLISECONDS.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    psql.destroy();
                });
                stopper.start();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.contains(" | ")) {
                        activity.merge(line.length() > 400 ? line.substring(0, 400) + "…" : line, 1, Integer::sum);
                    } else if (!line.isBlank()) {
                        System.out.println("bench:   psql: " + line);
                    }
                }
                stopper.join();
            }
        } catch (IOException | InterruptedException e) {
            System.out.println("bench: pg_stat_activity sampling failed: " + e);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
