package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseWorkflowTest.as;
import static kr.seoul.chatdong.cases.ManualLifecycleTest.ADMIN;
import static kr.seoul.chatdong.cases.ManualLifecycleTest.EDITOR;
import static kr.seoul.chatdong.cases.ManualLifecycleTest.OFFICER;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kr.seoul.chatdong.commons.pdf.KoreanPdf;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/**
 * A manual version's document (issue 24, items 1, 2 and 8): uploaded while the version is DRAFTING or
 * IN_REVIEW, frozen once approved, downloaded by anyone signed in, by the platform's document rules.
 */
@QuarkusTest
class ManualDocumentTest {

    private static final long MB = 1024 * 1024;
    static final String TRAINEE = Tokens.of(Roles.TRAINEE);

    @Inject
    AgroalDataSource dataSource;

    static byte[] hwp() throws IOException {
        try (InputStream in = ManualDocumentTest.class.getResourceAsStream("/documents/blank.hwp")) {
            return in.readAllBytes();
        }
    }

    static byte[] pdf() {
        return KoreanPdf.fromXhtml("""
                <html><head><style>body { font-family: 'NanumBarunGothic'; }</style></head>
                <body><h1>자치구 추진지원단 운영 매뉴얼</h1><p>제1장 추진지원단의 역할</p></body></html>
                """);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String quoted(String sha) {
        return "\"" + sha + "\"";
    }

    /** Version 1 of a new volume, DRAFTING. */
    static String draft() {
        return "/api/v1/manuals/" + ManualLifecycleTest.volume("매뉴얼 " + UUID.randomUUID()) + "/versions/1";
    }

    static RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + EDITOR);
    }

    static Response upload(String version, byte[] bytes, String fileName, String ifMatch) {
        RequestSpecification request = asEditor().contentType("application/octet-stream");
        if (fileName != null) {
            request = request.queryParam("filename", fileName);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(bytes).when().put(version + "/document");
    }

    static byte[] download(String token, String version) {
        return given().header("Authorization", "Bearer " + token)
                .when()
                .get(version + "/document")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    /** Documents stored in the service's database (the tests run one after the other). */
    long storedDocuments() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT count(*) FROM document")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void anHwpAndAPdfRoundTripByteForByteAndTheVersionShowsItsDocument() throws Exception {
        String v1 = draft();
        byte[] hwp = hwp();
        byte[] pdf = pdf();
        as(OFFICER, "GET", v1, null, null).statusCode(200).body("document", nullValue());
        assertProblem(
                given().header("Authorization", "Bearer " + OFFICER)
                        .when()
                        .get(v1 + "/document")
                        .then(),
                404,
                "not-found");
        long before = storedDocuments();

        String name = "자치구 추진지원단_운영매뉴얼(2016).hwp";
        upload(v1, hwp, name, null)
                .then()
                .statusCode(201)
                .header("Location", endsWith(v1 + "/document"))
                .header("ETag", quoted(sha256(hwp)))
                .body("fileName", equalTo(name))
                .body("type", equalTo("HWP"))
                .body("mediaType", equalTo("application/x-hwp"))
                .body("size", equalTo(hwp.length))
                .body("sha256", equalTo(sha256(hwp)))
                .body("uploadedBy", equalTo("editor-kim"))
                .body("href", equalTo(v1 + "/document"));
        assertEquals(before + 1, storedDocuments());
        as(OFFICER, "GET", v1, null, null)
                .statusCode(200)
                .header("ETag", "\"1\"") // the document is part of the version: its ETag moved on
                .body("document.fileName", equalTo(name))
                .body("document.type", equalTo("HWP"))
                .body("document.size", equalTo(hwp.length))
                .body("document.sha256", equalTo(sha256(hwp)))
                .body("document.uploadedAt", notNullValue());
        String volume = v1.replaceAll("/versions/1$", "");
        as(OFFICER, "GET", volume + "/versions", null, null)
                .statusCode(200)
                .body("items[0].document.sha256", equalTo(sha256(hwp)));

        // a district officer downloads it under its Korean name
        Response hwpDownload =
                given().header("Authorization", "Bearer " + OFFICER).when().get(v1 + "/document");
        hwpDownload
                .then()
                .statusCode(200)
                .contentType("application/x-hwp")
                .header("ETag", quoted(sha256(hwp)))
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", String.valueOf(hwp.length))
                .header(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20")));
        assertArrayEquals(hwp, hwpDownload.asByteArray());

        // the editor replaces it with a PDF (a browser's Content-Type says nothing: the type is told from the bytes)
        asEditor()
                .contentType("text/plain")
                .header("If-Match", quoted(sha256(hwp)))
                .queryParam("filename", "운영매뉴얼.pdf")
                .body(pdf)
                .when()
                .put(v1 + "/document")
                .then()
                .statusCode(200)
                .header("Location", nullValue())
                .header("ETag", quoted(sha256(pdf)))
                .body("type", equalTo("PDF"))
                .body("fileName", equalTo("운영매뉴얼.pdf"));
        // the old document went in the same transaction
        assertEquals(before + 1, storedDocuments());
        Response pdfDownload =
                given().header("Authorization", "Bearer " + TRAINEE).when().get(v1 + "/document");
        pdfDownload
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''%EC%9A%B4%EC%98%81%EB%A7%A4%EB%89%B4%EC%96%BC.pdf"));
        assertArrayEquals(pdf, pdfDownload.asByteArray());
        // unchanged: 304; no token: 401
        given().header("Authorization", "Bearer " + OFFICER)
                .header("If-None-Match", quoted(sha256(pdf)))
                .when()
                .get(v1 + "/document")
                .then()
                .statusCode(304);
        assertProblem(given().when().get(v1 + "/document").then(), 401, "unauthorized");
    }

    @Test
    void aRangeIsServedAndOnePastTheEndIs416() throws Exception {
        String v1 = draft();
        byte[] hwp = hwp();
        upload(v1, hwp, "blank.hwp", null).then().statusCode(201);
        Response part = given().header("Authorization", "Bearer " + OFFICER)
                .header("Range", "bytes=512-1535")
                .when()
                .get(v1 + "/document");
        part.then()
                .statusCode(206)
                .header("Content-Range", "bytes 512-1535/" + hwp.length)
                .header("Content-Length", "1024");
        assertArrayEquals(Arrays.copyOfRange(hwp, 512, 1536), part.asByteArray());
        Response tail = given().header("Authorization", "Bearer " + OFFICER)
                .header("Range", "bytes=-16")
                .when()
                .get(v1 + "/document");
        tail.then().statusCode(206);
        assertArrayEquals(Arrays.copyOfRange(hwp, hwp.length - 16, hwp.length), tail.asByteArray());
        assertProblem(
                        given().header("Authorization", "Bearer " + OFFICER)
                                .header("Range", "bytes=" + hwp.length + "-")
                                .when()
                                .get(v1 + "/document")
                                .then(),
                        416,
                        "range-not-satisfiable")
                .header("Content-Range", "bytes */" + hwp.length);
    }

    @Test
    void aRenamedExecutableAndOtherRefusedUploadsStoreNothing() throws Exception {
        String v1 = draft();
        long before = storedDocuments();
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3E; // x86-64
        assertProblem(upload(v1, elf, "운영매뉴얼.pdf", null).then(), 415, "unsupported-media-type")
                .body("found", containsString("application/"))
                .body("found", not(containsString("pdf")))
                .body("detail", containsString("PDF, HWP, HWPX, DOCX, PPTX, XLSX"));
        assertProblem(
                        upload(v1, "그냥 글입니다".getBytes(StandardCharsets.UTF_8), "매뉴얼.hwp", null)
                                .then(),
                        415,
                        "unsupported-media-type")
                .body("found", equalTo("text/plain"));
        // no name, an empty body, a district officer, no such version
        assertProblem(upload(v1, hwp(), null, null).then(), 400, "validation");
        assertProblem(upload(v1, new byte[0], "매뉴얼.hwp", null).then(), 400, "validation");
        assertProblem(
                given().header("Authorization", "Bearer " + OFFICER)
                        .contentType("application/octet-stream")
                        .queryParam("filename", "매뉴얼.hwp")
                        .body(hwp())
                        .when()
                        .put(v1 + "/document")
                        .then(),
                403,
                "forbidden");
        assertProblem(upload(v1.replaceAll("/1$", "/9"), hwp(), "매뉴얼.hwp", null).then(), 404, "not-found");
        assertProblem(
                upload("/api/v1/manuals/no-such-volume/versions/1", hwp(), "매뉴얼.hwp", null)
                        .then(),
                404,
                "not-found");
        assertEquals(before, storedDocuments());
        as(EDITOR, "GET", v1, null, null)
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("document", nullValue());
    }

    @Test
    void replacingNeedsTheCurrentETag() throws Exception {
        String v1 = draft();
        byte[] hwp = hwp();
        byte[] pdf = pdf();
        // no document yet: an If-Match names one that is not there
        assertProblem(upload(v1, hwp, "초안.hwp", quoted(sha256(hwp))).then(), 412, "precondition-failed");
        upload(v1, hwp, "초안.hwp", null).then().statusCode(201);
        long stored = storedDocuments();
        assertProblem(upload(v1, pdf, "수정안.pdf", null).then(), 428, "precondition-required")
                .body("currentETag", equalTo(quoted(sha256(hwp))));
        assertProblem(upload(v1, pdf, "수정안.pdf", quoted(sha256(pdf))).then(), 412, "precondition-failed")
                .body("currentETag", equalTo(quoted(sha256(hwp))));
        assertEquals(stored, storedDocuments());
        assertArrayEquals(hwp, download(OFFICER, v1));

        // submitted: still taken while IN_REVIEW
        as(EDITOR, "POST", v1 + "/submit", null, null).statusCode(200);
        upload(v1, pdf, "수정안.pdf", quoted(sha256(hwp))).then().statusCode(200).header("ETag", quoted(sha256(pdf)));
        // the replaced document's ETag is stale now
        assertProblem(upload(v1, hwp, "초안.hwp", quoted(sha256(hwp))).then(), 412, "precondition-failed");
        assertEquals(stored, storedDocuments());
        assertArrayEquals(pdf, download(OFFICER, v1));
    }

    @Test
    void theApprovedDocumentIsFrozenAndIsWhatDistrictsDownload() throws Exception {
        String v1 = draft();
        byte[] hwp = hwp();
        upload(v1, hwp, "운영매뉴얼_최종.hwp", null).then().statusCode(201);
        as(EDITOR, "POST", v1 + "/submit", null, null).statusCode(200);
        String meeting = UUID.randomUUID().toString();
        ManualLifecycleTest.approveWhenSeen(v1, meeting, ManualLifecycleTest.decisionOf(meeting));
        long stored = storedDocuments();

        // frozen: refused before the body is read, whatever If-Match says
        assertProblem(upload(v1, pdf(), "바꿔치기.pdf", quoted(sha256(hwp))).then(), 409, "conflict")
                .body("currentState", equalTo("APPROVED"))
                .body("detail", containsString("frozen"));
        assertProblem(upload(v1, pdf(), "바꿔치기.pdf", null).then(), 409, "conflict")
                .body("currentState", equalTo("APPROVED"));
        as(EDITOR, "POST", v1 + "/distribute", null, "{\"copies\":700,\"channels\":[\"PRINT\",\"WEB\"]}")
                .statusCode(200)
                .body("status", equalTo("DISTRIBUTED"))
                .body("document.sha256", equalTo(sha256(hwp)));
        assertProblem(upload(v1, pdf(), "바꿔치기.pdf", quoted(sha256(hwp))).then(), 409, "conflict")
                .body("currentState", equalTo("DISTRIBUTED"));
        assertEquals(stored, storedDocuments());

        // what districts download is what the council approved
        assertArrayEquals(hwp, download(Tokens.districtOfficer("11110"), v1));
        assertArrayEquals(hwp, download(ADMIN, v1));
        // a new version starts without a document and takes one
        String volume = v1.replaceAll("/versions/1$", "");
        as(EDITOR, "POST", volume + "/versions", null, "{}").statusCode(201).body("document", nullValue());
        upload(volume + "/versions/2", pdf(), "운영매뉴얼_2판.pdf", null).then().statusCode(201);
        assertArrayEquals(hwp, download(OFFICER, v1));
    }

    @Test
    void sixtyMegabytesAreRefusedWith413WithoutBeingReadWholeAndNothingIsStored() throws Exception {
        String v1 = draft();
        long before = storedDocuments();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = URI.create(
                "http://localhost:" + RestAssured.port + v1 + "/document?filename=%EB%A7%A4%EB%89%B4%EC%96%BC.pdf");
        long sixty = 60 * MB;
        HttpRequest declared = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + EDITOR)
                .header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new PdfLikeStream(sixty)), sixty))
                .build();
        HttpResponse<String> refused = send(http, declared);
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("payload-too-large"), refused.body());
        HttpRequest chunked = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + EDITOR)
                .header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new PdfLikeStream(sixty)))
                .build();
        HttpResponse<String> cut = send(http, chunked);
        assertEquals(413, cut.statusCode(), cut.body());
        assertTrue(cut.body().contains("payload-too-large"), cut.body());
        assertEquals(before, storedDocuments());
        as(EDITOR, "GET", v1, null, null).statusCode(200).body("document", nullValue());
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the server should answer 413, not drop the connection: " + e, e);
        }
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
