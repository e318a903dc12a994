package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseWorkflowTest.as;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/** 솔루션 데스크: a district's question answered and published as FAQ (public), searched in Korean like cases. */
@QuarkusTest
class SolutionDeskTest {

    static final String OFFICER = Tokens.districtOfficer("11290");
    static final String EDITOR = Tokens.withSubject(Roles.EDITOR, "editor-kim");

    @Test
    void aQuestionIsAnsweredPublishedAsFaqAndThenPublic() {
        String unique = "질문" + UUID.randomUUID().toString().substring(0, 8);
        String path = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"dongCode\":\"1129052500\",\"topic\":\"방문간호\"," + "\"text\":\""
                                + unique + " 65세 도래 어르신 방문 때 동행 인력 기준이 있나요?\"}")
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("askedBy", equalTo("test-officer-11290@seoul.go.kr"))
                .extract()
                .header("Location");
        path = path.substring(path.indexOf("/api/"));
        // An officer asks only for its own district; a dong must be in the district; editors do not ask.
        assertProblem(
                as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11110\",\"topic\":\"행정\",\"text\":\"질문\"}"),
                403,
                "forbidden");
        assertProblem(
                as(
                        Tokens.cityAdmin(),
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11110\",\"dongCode\":\"1129052500\","
                                + "\"topic\":\"행정\",\"text\":\"질문\"}"),
                400,
                "validation");
        assertProblem(
                as(
                        EDITOR,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"행정\",\"text\":\"질문\"}"),
                403,
                "forbidden");

        // Not public yet; an OPEN question is not published.
        given().when().get(path).then().statusCode(404);
        assertProblem(given().when().get("/api/v1/questions?status=OPEN").then(), 401, "unauthorized");
        assertProblem(as(EDITOR, "POST", path + "/publish-as-faq", "\"0\"", null), 409, "conflict")
                .body("currentState", equalTo("OPEN"));
        assertProblem(as(OFFICER, "POST", path + "/answers", null, "{\"text\":\"자답\"}"), 403, "forbidden");

        as(EDITOR, "POST", path + "/answers", null, "{\"text\":\"복지플래너와 방문간호사가 함께 방문하는 것을 원칙으로 합니다.\"}")
                .statusCode(201)
                .body("status", equalTo("ANSWERED"))
                .body("answers.author", contains("editor-kim"));
        as(EDITOR, "POST", path + "/answers", null, "{\"text\":\"동행이 어려우면 통장이 함께합니다.\"}")
                .statusCode(201)
                .body("answers", org.hamcrest.Matchers.hasSize(2));
        assertProblem(as(EDITOR, "POST", path + "/publish-as-faq", null, null), 428, "precondition-required");
        as(EDITOR, "POST", path + "/publish-as-faq", "\"2\"", null)
                .statusCode(200)
                .body("status", equalTo("PUBLISHED_AS_FAQ"));
        assertProblem(as(EDITOR, "POST", path + "/answers", null, "{\"text\":\"늦은 답\"}"), 409, "conflict");

        // Public now, without who asked or answered.
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED_AS_FAQ"))
                .body("askedBy", nullValue())
                .body("answers.text", contains("복지플래너와 방문간호사가 함께 방문하는 것을 원칙으로 합니다.", "동행이 어려우면 통장이 함께합니다."))
                .body("answers[0].author", nullValue());
        given().queryParam("q", unique)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].askedBy", nullValue());
    }

    @Test
    void questionsAreSearchedInKoreanLikeCasesTopicMatchesFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String inText = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"마을 " + tag + "\"," + "\"text\":\"방문간호사가 어르신 댁에 갈 때 "
                                + tag + " 기준은?\"}")
                .statusCode(201)
                .extract()
                .path("id");
        String inTopic = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"방문간호 " + tag + "\"," + "\"text\":\"인력 기준 " + tag
                                + "\"}")
                .statusCode(201)
                .extract()
                .path("id");
        String inAnswer = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"행정 " + tag + "\"," + "\"text\":\"동행 " + tag + "\"}")
                .statusCode(201)
                .extract()
                .path("id");
        String neither = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"복지 " + tag + "\"," + "\"text\":\"마을계획 " + tag + "\"}")
                .statusCode(201)
                .extract()
                .path("id");
        as(EDITOR, "POST", "/api/v1/questions/" + inAnswer + "/answers", null, "{\"text\":\"방문간호사 업무 길라잡이를 보세요.\"}")
                .statusCode(201);

        // 방문간호 finds 방문간호사 (in the question and the answer); the topic match first, then the question, then the answer.
        as(OFFICER, "GET", "/api/v1/questions?q=방문간호 " + tag, null, null)
                .statusCode(200)
                .body("items.id", contains(inTopic, inText, inAnswer))
                .body("items.id", not(hasItem(neither)));
        as(OFFICER, "GET", "/api/v1/questions?q=" + tag + "&status=ANSWERED", null, null)
                .statusCode(200)
                .body("items.id", contains(inAnswer));
        as(OFFICER, "GET", "/api/v1/questions?topic=마을 " + tag + "&districtCode=11290", null, null)
                .statusCode(200)
                .body("items.id", contains(inText));
        as(OFFICER, "GET", "/api/v1/questions?q=" + tag + "&districtCode=11110", null, null)
                .statusCode(200)
                .body("total", equalTo(0));
        // Without a token the search sees the FAQ only: none of these is published.
        given().queryParam("q", tag)
                .when()
                .get("/api/v1/questions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }
}
