package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.Tokens;

/** QR self check-in and paper sign-in sheets, on the real database and the real clock. */
@QuarkusTest
class CheckInTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    /** An OPEN cohort around today (Seoul), so that sessions can run now (sent as a city admin whatever the default token). */
    static String openCohortAroundToday() {
        String course = ApiRequest.of(
                        "POST",
                        "/api/v1/courses",
                        "{\"title\":\"QR 출석 시험 과정\",\"track\":\"BASIC\",\"hours\":7," + "\"fields\":[\"WELFARE\"]}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        LocalDate today = LocalDate.now(SEOUL);
        String cohort = ApiRequest.of(
                        "POST",
                        "/api/v1/cohorts",
                        "{\"courseId\":\"" + course + "\",\"number\":1,\"startsOn\":\"" + today.minusDays(1)
                                + "\",\"endsOn\":\"" + today.plusDays(2) + "\",\"capacity\":1}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ApiRequest.of("POST", "/api/v1/cohorts/" + cohort + "/open", null)
                .withHeader("If-Match", "\"0\"")
                .sendAsAdmin()
                .then()
                .statusCode(200);
        return cohort;
    }

    static String session(String cohort, Instant startsAt, Instant endsAt) {
        return ApiRequest.of(
                        "POST",
                        "/api/v1/cohorts/" + cohort + "/sessions",
                        "{\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\",\"hours\":1}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The sign-in account a test trainee is registered with. */
    static String account(String employeeNo) {
        return "t-" + employeeNo.toLowerCase();
    }

    /** A token of the account linked to the trainee (read from its record with the current, admin, token). */
    static String traineeToken(String traineeId) {
        String account = given().when()
                .get("/api/v1/trainees/" + traineeId)
                .then()
                .statusCode(200)
                .extract()
                .path("account");
        return Tokens.withSubject("trainee", account);
    }

    static String trainee(String name, String employeeNo) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name
                        + "\",\"organisation\":\"성북동 주민센터\",\"districtCode\":\"11290\",\"dongCode\":\"1129052500\","
                        + "\"jobType\":\"사회복지\",\"employeeNo\":\"" + employeeNo + "\",\"account\":\""
                        + account(employeeNo) + "\"}")
                .when()
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String decode(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    @Test
    void aTrainerIssuesACodeWhoseQrImageHoldsTheCheckInUrlAndItsImageGoesWhenItExpires() throws Exception {
        String cohort = openCohortAroundToday();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String session = session(cohort, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        JsonPath issued = given().post("/api/v1/sessions/" + session + "/check-in-codes")
                .then()
                .statusCode(201)
                .body("code", matchesPattern("[A-HJ-NP-Z2-9]{6}"))
                .body("sessionId", equalTo(session))
                .body("checkInUrl", containsString("session=" + session))
                .extract()
                .jsonPath();
        String code = issued.getString("code");
        Instant expiresAt = Instant.parse(issued.getString("expiresAt"));
        assertEquals(
                600,
                expiresAt.getEpochSecond() - Instant.now().getEpochSecond(),
                30,
                "valid for the default 10 minutes");
        String url = issued.getString("checkInUrl");
        assertEquals("http://localhost:8083/check-in?session=" + session + "&code=" + code, url);
        assertEquals(
                url,
                decode(Base64.getDecoder().decode(issued.getString("qrPng"))),
                "the QR image in the answer holds the URL");
        byte[] png = given().when()
                .get(issued.getString("qrPngUrl"))
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertEquals(url, decode(png), "the QR image at qrPngUrl holds the URL");
        try (var connection = database.getConnection();
                var q = connection.prepareStatement(
                        "SELECT count(*) FROM check_in_code WHERE code_hash = ? OR code_hash = ?")) {
            q.setString(1, code);
            q.setString(2, code.toLowerCase());
            var rs = q.executeQuery();
            rs.next();
            assertEquals(0, rs.getInt(1), "the code itself is never stored, only its hash");
        }
        // Ten minutes pass: the stored code's expiry is moved into the past, as the clock would.
        try (var connection = database.getConnection();
                var u = connection.prepareStatement(
                        "UPDATE check_in_code SET expires_at = now() - interval '1 second' WHERE session_id = ?")) {
            u.setObject(1, UUID.fromString(session));
            assertEquals(1, u.executeUpdate());
        }
        assertProblem(given().when().get(issued.getString("qrPngUrl")).then(), 404, "not-found");
    }

    /** Sent with the trainee's token only (the default city-admin header would come first otherwise). */
    private static io.restassured.response.Response checkIn(String trainee, String session, String code) {
        return checkInAs(traineeToken(trainee), session, code);
    }

    private static io.restassured.response.Response checkInAs(String token, String session, String code) {
        Tokens.actAnonymously();
        try {
            return given().header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\"}")
                    .when()
                    .post("/api/v1/sessions/" + session + "/check-ins");
        } finally {
            Tokens.actAsCityAdmin();
        }
    }

    private static String enrol(String cohort, String trainee) {
        return given().contentType(ContentType.JSON)
                .body("{\"traineeId\":\"" + trainee + "\"}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anEnrolledTraineeChecksInWithTheCodeAndIsMarkedPresent() {
        String cohort = openCohortAroundToday();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String session = session(cohort, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        String trainee = trainee("박출석", "CHK-" + UUID.randomUUID().toString().substring(0, 8));
        String enrolment = enrol(cohort, trainee);
        String code = given().post("/api/v1/sessions/" + session + "/check-in-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        checkIn(trainee, session, code)
                .then()
                .statusCode(200)
                .body("enrolmentId", equalTo(enrolment))
                .body("status", equalTo("PRESENT"));
        given().get("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("find { it.enrolmentId == '" + enrolment + "' }.status", equalTo("PRESENT"));
        // Someone not enrolled in the cohort, with the right code: refused.
        String stranger = trainee("김외부", "CHK-" + UUID.randomUUID().toString().substring(0, 8));
        assertProblem(checkIn(stranger, session, code).then(), 422, "domain-rule");
        // A city admin is not a trainee.
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\"}")
                .when()
                .post("/api/v1/sessions/" + session + "/check-ins")
                .then()
                .statusCode(403);
    }

    @Test
    void aTraineeActsThroughTheAccountLinkedToTheirRecord() {
        String cohort = openCohortAroundToday();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String session = session(cohort, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        // registered without an account (as a spreadsheet import does): a token of any account is not this trainee
        String trainee = given().contentType(ContentType.JSON)
                .body(
                        "{\"name\":\"최연결\",\"organisation\":\"성북동 주민센터\",\"districtCode\":\"11290\",\"jobType\":\"사회복지\"}")
                .when()
                .post("/api/v1/trainees")
                .then()
                .statusCode(201)
                .body("account", equalTo(null))
                .extract()
                .path("id");
        String enrolment = enrol(cohort, trainee);
        String code = given().post("/api/v1/sessions/" + session + "/check-in-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        String account = "choi-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.withSubject("trainee", account);
        assertProblem(checkInAs(token, session, code).then(), 403, "forbidden")
                .body(
                        "detail",
                        equalTo("No trainee is linked to your account '" + account
                                + "'; ask the trainer to register you with it "
                                + "(POST /api/v1/trainees with \"account\")"));
        // the trainer links the record to the account (If-Match), then the same token checks in as this trainee
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"account\":\"" + account + "\"}")
                        .put("/api/v1/trainees/" + trainee + "/account")
                        .then(),
                428,
                "precondition-required");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body("{\"account\":\"" + account + "\"}")
                .put("/api/v1/trainees/" + trainee + "/account")
                .then()
                .statusCode(200)
                .body("account", equalTo(account))
                .header("ETag", "\"1\"");
        checkInAs(token, session, code).then().statusCode(200).body("enrolmentId", equalTo(enrolment));
        // one trainee per account; an account name is lower case
        String other = trainee("김다른", "CHK-" + UUID.randomUUID().toString().substring(0, 8));
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body("{\"account\":\"" + account + "\"}")
                                .put("/api/v1/trainees/" + other + "/account")
                                .then(),
                        409,
                        "conflict")
                .body("traineeId", equalTo(trainee));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body("{\"account\":\"Choi\"}")
                        .put("/api/v1/trainees/" + other + "/account")
                        .then(),
                400,
                "validation");
    }

    @Test
    void checkInIsRefusedBeforeTheSessionStartsAndWithAnExpiredCode() {
        String cohort = openCohortAroundToday();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String trainee = trainee("이지각", "CHK-" + UUID.randomUUID().toString().substring(0, 8));
        enrol(cohort, trainee);
        String later = session(cohort, now.plus(2, ChronoUnit.HOURS), now.plus(3, ChronoUnit.HOURS));
        String early = given().post("/api/v1/sessions/" + later + "/check-in-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        assertProblem(checkIn(trainee, later, early).then(), 409, "conflict");

        String running = session(cohort, now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS));
        String code = given().post("/api/v1/sessions/" + running + "/check-in-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        try (var connection = database.getConnection();
                var u = connection.prepareStatement(
                        "UPDATE check_in_code SET expires_at = now() - interval '1 second' WHERE session_id = ?")) {
            u.setObject(1, UUID.fromString(running));
            assertEquals(1, u.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertProblem(checkIn(trainee, running, code).then(), 422, "domain-rule");
        assertProblem(checkIn(trainee, running, "ZZZZZZ").then(), 422, "domain-rule");
    }

    @Test
    void noCodeIsIssuedForASessionThatHasEnded() {
        String cohort = openCohortAroundToday();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String ended = session(cohort, now.minus(3, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
        assertProblem(
                given().post("/api/v1/sessions/" + ended + "/check-in-codes").then(), 409, "conflict");
    }

    @Test
    void aPaperSignInSheetSetsTheMarksOfTheRowsItCanReadAndListsTheOthers() {
        String course = given().contentType(ContentType.JSON)
                .body("{\"title\":\"출석부 시험 과정\",\"track\":\"BASIC\",\"hours\":7,\"fields\":[\"WELFARE\"]}")
                .when()
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cohort = given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course
                        + "\",\"number\":1,\"startsOn\":\"2016-03-16\",\"endsOn\":\"2016-03-18\",\"capacity\":10}")
                .when()
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .post("/api/v1/cohorts/" + cohort + "/open")
                .then()
                .statusCode(200);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = CohortEnrolmentTest.enrol(cohort, trainee("김종이", "P-" + suffix + "-1"))
                .statusCode(201)
                .extract()
                .path("id");
        String b = CohortEnrolmentTest.enrol(cohort, trainee("이종이", "P-" + suffix + "-2"))
                .statusCode(201)
                .extract()
                .path("id");
        String c = CohortEnrolmentTest.enrol(cohort, trainee("박종이", "P-" + suffix + "-3"))
                .statusCode(201)
                .extract()
                .path("id");
        String session = given().contentType(ContentType.JSON)
                .body(
                        "{\"startsAt\":\"2016-03-16T09:00:00+09:00\",\"endsAt\":\"2016-03-16T16:00:00+09:00\",\"hours\":6}")
                .when()
                .post("/api/v1/cohorts/" + cohort + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String sheet = "\uFEFF사번,이름,출결\r\n"
                + "P-" + suffix + "-1,김종이,출석\r\n" // line 2: by employee number
                + ",이종이,지각\r\n" // line 3: by name
                + ",박종이,X\r\n" // line 4: O / X as ticked on paper
                + "P-" + suffix + "-1,김종이,O\r\n" // line 5: the same trainee again
                + ",없는사람,출석\r\n" // line 6: not enrolled
                + "P-" + suffix + "-2,이종이,?\r\n"; // line 7: no mark
        given().contentType("text/csv")
                .body(sheet.getBytes(StandardCharsets.UTF_8))
                .when()
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(3))
                .body("rejected.line", org.hamcrest.Matchers.contains(5, 6, 7))
                .body("rejected[0].reason", containsString("line 2"));
        given().when()
                .get("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("", hasSize(3))
                .body("find { it.enrolmentId == '" + a + "' }.status", equalTo("PRESENT"))
                .body("find { it.enrolmentId == '" + b + "' }.status", equalTo("LATE"))
                .body("find { it.enrolmentId == '" + c + "' }.status", equalTo("ABSENT"));

        given().contentType("text/csv")
                .body("enrolmentId,status\n" + c + ",EXCUSED\n")
                .when()
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", hasSize(0));
        given().when()
                .get("/api/v1/sessions/" + session + "/attendance")
                .then()
                .body("find { it.enrolmentId == '" + c + "' }.status", equalTo("EXCUSED"));
        assertProblem(
                given().contentType("text/csv")
                        .body("서명,출결\n김,O\n")
                        .when()
                        .put("/api/v1/sessions/" + session + "/attendance")
                        .then(),
                400,
                "validation");
    }
}
