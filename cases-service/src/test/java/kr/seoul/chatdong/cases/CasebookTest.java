package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** 사례집: the year's published cases by district in a Korean PDF whose text reads back. */
@QuarkusTest
class CasebookTest {

    static final String ADMIN = Tokens.cityAdmin();

    @Test
    void aYearsPublishedCasesBecomeAKoreanPdfByDistrictWithEditionsAndPrintRuns() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();
        // 노원구 (11350) after 종로구 (11110) in district order, whatever order they were published in.
        CasePublicReadingTest.published(
                "노원구 월계1동 어르신 밥상 나눔",
                "1135056000",
                "[\"WELFARE\"]",
                "[]",
                "## 밥상 나눔\\n주민 **스무 명**이 매주 모여 반찬을 만든다. <img src=\\\"https://example.com/x.png\\\"> 끝.");
        CasePublicReadingTest.published("종로구 청운효자동 골목 반상회", "1111051500", "[\"VILLAGE\"]", "[]", "반상회가 다시 열렸다.");

        var first = given().header("Authorization", "Bearer " + ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"year\":" + year + "}")
                .when()
                .post("/api/v1/casebooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = first.getString("id");
        int edition = first.getInt("edition");
        given().header("Authorization", "Bearer " + ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"year\":" + year + "}")
                .when()
                .post("/api/v1/casebooks")
                .then()
                .statusCode(201)
                .body("edition", equalTo(edition + 1));

        byte[] pdf = given().when()
                .get("/api/v1/casebooks/" + id + ".pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(year + "년 찾아가는 동주민센터 우수사례집"), text);
            assertTrue(text.contains("차례"), text);
            assertTrue(text.contains("노원구 월계1동 어르신 밥상 나눔"), text);
            // The bold run (스무 명) is a separate text run; PDFBox may read it out of line, so the plain parts are
            // checked.
            assertTrue(text.contains("스무 명") && text.contains("이 매주 모여 반찬을 만든다."), text);
            assertTrue(text.contains("반상회가 다시 열렸다."), text);
            int jongno = text.lastIndexOf("종로구 청운효자동 골목 반상회");
            int nowon = text.lastIndexOf("노원구 월계1동 어르신 밥상 나눔");
            assertTrue(jongno >= 0 && jongno < nowon, "종로구 (11110) comes before 노원구 (11350)");
            assertNotNull(
                    document.getDocumentCatalog().getDocumentOutline(),
                    "the table of contents is also the PDF outline");
            assertEquals(
                    "차례",
                    document.getDocumentCatalog()
                            .getDocumentOutline()
                            .getFirstChild()
                            .getTitle());
        }

        given().header("Authorization", "Bearer " + ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"copies\":500,\"distributedTo\":\"25개 자치구, 동주민센터\"}")
                .when()
                .post("/api/v1/casebooks/" + id + "/print-runs")
                .then()
                .statusCode(201)
                .body("copies", equalTo(500));
        given().header("Authorization", "Bearer " + ADMIN)
                .when()
                .get("/api/v1/casebooks/" + id)
                .then()
                .statusCode(200)
                .body("copies", equalTo(500))
                .body("printRuns[0].distributedTo", equalTo("25개 자치구, 동주민센터"))
                .body("pdf", equalTo("/api/v1/casebooks/" + id + ".pdf"));
        given().header("Authorization", "Bearer " + ADMIN)
                .queryParam("year", year)
                .when()
                .get("/api/v1/casebooks")
                .then()
                .statusCode(200)
                .body("items[0].edition", equalTo(edition + 1));

        assertProblem(
                        given().header("Authorization", "Bearer " + ADMIN)
                                .contentType(ContentType.JSON)
                                .body("{\"year\":2001}")
                                .when()
                                .post("/api/v1/casebooks")
                                .then(),
                        422,
                        "domain-rule")
                .body("rule", equalTo("no-published-cases"));
        assertProblem(
                given().header("Authorization", "Bearer " + Tokens.districtOfficer("11290"))
                        .contentType(ContentType.JSON)
                        .body("{\"year\":" + year + "}")
                        .when()
                        .post("/api/v1/casebooks")
                        .then(),
                403,
                "forbidden");
    }
}
