package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import kr.seoul.chatdong.commons.pdf.KoreanPdf;
import kr.seoul.chatdong.testing.Tokens;

/** 교육자료: documents attached to a course, by the platform's document rules (issue 24, items 1, 4 and 8). */
@QuarkusTest
class CourseMaterialsTest {

    private static final long MB = 1024 * 1024;

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        Tokens.actAnonymously();
    }

    static byte[] hwp() throws IOException {
        try (InputStream in = CourseMaterialsTest.class.getResourceAsStream("/documents/blank.hwp")) {
            return in.readAllBytes();
        }
    }

    static byte[] pdf() {
        return KoreanPdf.fromXhtml("""
                <html><head><style>body { font-family: 'NanumBarunGothic'; }</style></head>
                <body><h1>찾아가는 동주민센터 교육자료</h1><p>1강 주민자치의 이해</p></body></html>
                """);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A course with an OPEN cohort. */
    static String[] courseWithCohort() {
        String cohort = CohortEnrolmentTest.openCohort(10);
        String course = given().when()
                .get("/api/v1/cohorts/" + cohort)
                .then()
                .statusCode(200)
                .extract()
                .path("courseId");
        return new String[] {course, cohort};
    }

    static Response upload(String course, byte[] bytes, String fileName, String title) {
        return given().contentType("application/octet-stream")
                .queryParam("filename", fileName)
                .queryParam("title", title)
                .body(bytes)
                .when()
                .post("/api/v1/courses/" + course + "/materials");
    }

    static int count(String course) {
        return given().when()
                .get("/api/v1/courses/" + course + "/materials")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    @Test
    void anHwpAndAPdfRoundTripByteForByteWithTheirKoreanNames() throws Exception {
        String course = courseWithCohort()[0];
        byte[] hwp = hwp();
        byte[] pdf = pdf();
        Response hwpUploaded = upload(course, hwp, "1강_찾동의 이해.hwp", "1강 찾아가는 동주민센터의 이해");
        hwpUploaded
                .then()
                .statusCode(201)
                .header("ETag", "\"" + sha256(hwp) + "\"")
                .body("type", equalTo("HWP"))
                .body("mediaType", equalTo("application/x-hwp"))
                .body("fileName", equalTo("1강_찾동의 이해.hwp"))
                .body("size", equalTo(hwp.length))
                .body("sha256", equalTo(sha256(hwp)))
                .body("title", equalTo("1강 찾아가는 동주민센터의 이해"));
        String hwpHref = hwpUploaded.path("href");
        assertTrue(hwpUploaded.header("Location").endsWith(hwpHref));
        // a browser's Content-Type says nothing: the type is told from the bytes
        Response pdfUploaded = given().contentType("text/plain")
                .queryParam("filename", "교육자료.pdf")
                .queryParam("title", "교재")
                .body(pdf)
                .when()
                .post("/api/v1/courses/" + course + "/materials");
        pdfUploaded.then().statusCode(201).body("type", equalTo("PDF")).body("mediaType", equalTo("application/pdf"));

        Response hwpDownload = given().when().get(hwpHref);
        hwpDownload
                .then()
                .statusCode(200)
                .contentType("application/x-hwp")
                .header("ETag", "\"" + sha256(hwp) + "\"")
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", String.valueOf(hwp.length))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"1_____ __.hwp\"; filename*=UTF-8''"
                                + URLEncoder.encode("1강_찾동의 이해.hwp", StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
        assertArrayEquals(hwp, hwpDownload.asByteArray());
        Response pdfDownload = given().when().get(pdfUploaded.<String>path("href"));
        pdfDownload
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''%EA%B5%90%EC%9C%A1%EC%9E%90%EB%A3%8C.pdf"));
        assertArrayEquals(pdf, pdfDownload.asByteArray());

        given().when()
                .get("/api/v1/courses/" + course + "/materials")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].type", equalTo("HWP"))
                .body("items[1].fileName", equalTo("교육자료.pdf"));
        // the ETag again: 304 without the bytes
        given().header("If-None-Match", "\"" + sha256(hwp) + "\"")
                .when()
                .get(hwpHref)
                .then()
                .statusCode(304);
    }

    @Test
    void aRangeIsServedAndOnePastTheEndIs416() throws Exception {
        String course = courseWithCohort()[0];
        byte[] hwp = hwp();
        String href = upload(course, hwp, "blank.hwp", "빈 문서")
                .then()
                .statusCode(201)
                .extract()
                .path("href");
        Response part = given().header("Range", "bytes=100-1123").when().get(href);
        part.then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-1123/" + hwp.length)
                .header("Content-Length", "1024");
        assertArrayEquals(Arrays.copyOfRange(hwp, 100, 1124), part.asByteArray());
        Response tail = given().header("Range", "bytes=-10").when().get(href);
        tail.then()
                .statusCode(206)
                .header("Content-Range", "bytes " + (hwp.length - 10) + "-" + (hwp.length - 1) + "/" + hwp.length);
        assertArrayEquals(Arrays.copyOfRange(hwp, hwp.length - 10, hwp.length), tail.asByteArray());
        Response open = given().header("Range", "bytes=14000-").when().get(href);
        open.then().statusCode(206);
        assertArrayEquals(Arrays.copyOfRange(hwp, 14000, hwp.length), open.asByteArray());
        assertProblem(
                        given().header("Range", "bytes=" + hwp.length + "-")
                                .when()
                                .get(href)
                                .then(),
                        416,
                        "range-not-satisfiable")
                .header("Content-Range", "bytes */" + hwp.length);
        // If-Range with another ETag: the whole document
        given().header("Range", "bytes=0-9")
                .header("If-Range", "\"0000\"")
                .when()
                .get(href)
                .then()
                .statusCode(200)
                .header("Content-Length", String.valueOf(hwp.length));
    }

    @Test
    void aRenamedExecutableIsRefusedWith415NamingWhatWasFoundAndNothingIsStored() {
        String course = courseWithCohort()[0];
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3E; // x86-64
        byte[] pe = new byte[4096];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3C] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, pe, 0x80, 4);
        for (byte[] executable : new byte[][] {elf, pe}) {
            assertProblem(upload(course, executable, "교육자료.pdf", "교재").then(), 415, "unsupported-media-type")
                    .body("found", containsString("application/"))
                    .body("detail", containsString("PDF, HWP, HWPX, DOCX, PPTX, XLSX"));
        }
        // a zip that is no office document, and plain text
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertProblem(upload(course, zip, "자료.docx", "교재").then(), 415, "unsupported-media-type");
        assertProblem(
                        upload(course, "그냥 글".getBytes(StandardCharsets.UTF_8), "자료.hwp", "교재")
                                .then(),
                        415,
                        "unsupported-media-type")
                .body("found", equalTo("text/plain"));
        assertEquals(0, count(course));
    }

    @Test
    void sixtyMegabytesAreRefusedWith413WithoutBeingReadWholeAndNothingIsStored() throws Exception {
        String course = courseWithCohort()[0];
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/api/v1/courses/" + course
                + "/materials?title=%ED%81%B0&filename=big.pdf");
        long sixty = 60 * MB;
        // declared: refused before a byte of the body is read
        HttpRequest declared = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + Tokens.cityAdmin())
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new PdfLikeStream(sixty)), sixty))
                .build();
        HttpResponse<String> refused = send(http, declared);
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("payload-too-large"), refused.body());
        // chunked (no length): counted as it streams in, refused once past 50 MB
        HttpRequest chunked = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + Tokens.cityAdmin())
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new PdfLikeStream(sixty)))
                .build();
        HttpResponse<String> cut = send(http, chunked);
        assertEquals(413, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("payload-too-large"), cut.body());
        assertEquals(0, count(course));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the server should answer 413, not drop the connection: " + e, e);
        }
    }

    @Test
    void replacingNeedsTheCurrentETagAndRefusedReplacementsChangeNothing() throws Exception {
        String course = courseWithCohort()[0];
        byte[] hwp = hwp();
        byte[] pdf = pdf();
        Response created = upload(course, hwp, "원본.hwp", "1강");
        String href = created.then().statusCode(201).extract().path("href");
        assertProblem(
                        given().contentType("application/octet-stream")
                                .queryParam("filename", "새판.pdf")
                                .body(pdf)
                                .when()
                                .put(href)
                                .then(),
                        428,
                        "precondition-required")
                .body("currentETag", equalTo("\"" + sha256(hwp) + "\""));
        assertProblem(
                given().contentType("application/octet-stream")
                        .header("If-Match", "\"" + sha256(pdf) + "\"")
                        .queryParam("filename", "새판.pdf")
                        .body(pdf)
                        .when()
                        .put(href)
                        .then(),
                412,
                "precondition-failed");
        assertArrayEquals(hwp, given().when().get(href).asByteArray());
        given().contentType("application/octet-stream")
                .header("If-Match", "\"" + sha256(hwp) + "\"")
                .queryParam("filename", "새판.pdf")
                .queryParam("title", "1강 (개정)")
                .body(pdf)
                .when()
                .put(href)
                .then()
                .statusCode(200)
                .header("ETag", "\"" + sha256(pdf) + "\"")
                .body("type", equalTo("PDF"))
                .body("title", equalTo("1강 (개정)"))
                .body("fileName", equalTo("새판.pdf"));
        assertArrayEquals(pdf, given().when().get(href).asByteArray());
        // the old ETag is stale now
        assertProblem(
                given().contentType("application/octet-stream")
                        .header("If-Match", "\"" + sha256(hwp) + "\"")
                        .queryParam("filename", "원본.hwp")
                        .body(hwp)
                        .when()
                        .put(href)
                        .then(),
                412,
                "precondition-failed");
        assertEquals(1, count(course));
    }

    @Test
    void enrolledTraineesReadOthersAre403() throws Exception {
        String[] courseAndCohort = courseWithCohort();
        String course = courseAndCohort[0];
        String href = upload(course, hwp(), "자료.hwp", "자료")
                .then()
                .statusCode(201)
                .extract()
                .path("href");
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String enrolled = CheckInTest.trainee("수강생", "M" + tag + "1");
        CohortEnrolmentTest.enrol(courseAndCohort[1], enrolled).statusCode(201);
        String outsider = CheckInTest.trainee("외부인", "M" + tag + "2");
        String enrolledToken = CheckInTest.traineeToken(enrolled);
        String outsiderToken = CheckInTest.traineeToken(outsider);
        Tokens.actAnonymously();

        given().auth()
                .oauth2(enrolledToken)
                .when()
                .get("/api/v1/courses/" + course + "/materials")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        assertArrayEquals(
                hwp(), given().auth().oauth2(enrolledToken).when().get(href).asByteArray());
        assertProblem(given().auth().oauth2(outsiderToken).when().get(href).then(), 403, "forbidden");
        assertProblem(
                given().auth()
                        .oauth2(outsiderToken)
                        .when()
                        .get("/api/v1/courses/" + course + "/materials")
                        .then(),
                403,
                "forbidden");
        assertProblem(
                given().auth()
                        .oauth2(Tokens.districtOfficer("11290"))
                        .when()
                        .get(href)
                        .then(),
                403,
                "forbidden");
        // a trainee does not upload
        assertProblem(
                given().auth()
                        .oauth2(enrolledToken)
                        .contentType("application/octet-stream")
                        .queryParam("filename", "내것.hwp")
                        .queryParam("title", "내 자료")
                        .body(hwp())
                        .when()
                        .post("/api/v1/courses/" + course + "/materials")
                        .then(),
                403,
                "forbidden");
        assertProblem(given().when().get(href).then(), 401, "unauthorized");
        Tokens.actAsCityAdmin();
        assertEquals(1, count(course));
    }

    @Test
    void aMissingNameOrTitleOrCourseIsRefusedBeforeAnythingIsStored() throws Exception {
        String course = courseWithCohort()[0];
        assertProblem(upload(course, hwp(), null, "자료").then(), 400, "validation");
        assertProblem(upload(course, hwp(), "자료.hwp", null).then(), 400, "validation");
        assertProblem(upload(course, hwp(), "자료.hwp", "x".repeat(201)).then(), 400, "validation");
        assertProblem(upload(course, new byte[0], "자료.hwp", "자료").then(), 400, "validation");
        assertProblem(
                upload(UUID.randomUUID().toString(), hwp(), "자료.hwp", "자료").then(), 404, "not-found");
        assertProblem(
                given().when()
                        .get("/api/v1/courses/" + course + "/materials/" + UUID.randomUUID())
                        .then(),
                404,
                "not-found");
        // a path in the name is cut to the file's own name
        upload(course, hwp(), "C:\\Users\\담당자\\Desktop\\자료.hwp", "자료")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("자료.hwp"));
        assertEquals(1, count(course));
    }

    /** A PDF's first bytes, then zeros: {@code size} bytes made as they are read, never held. */
    static final class PdfLikeStream extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        PdfLikeStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < HEAD.length ? HEAD[(int) position] : 0;
            position++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                buffer[offset + i] = p < HEAD.length ? HEAD[(int) p] : 0;
            }
            position += n;
            return n;
        }
    }
}
