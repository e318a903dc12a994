package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseWorkflowTest.as;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.Tokens;

/** 업무매뉴얼: the plan's volumes; field feedback taken in by a new version (ADOPTED) or DECLINED. */
@QuarkusTest
class ManualsTest {

    static final String OFFICER = Tokens.districtOfficer("11290");
    static final String EDITOR = Tokens.withSubject(Roles.EDITOR, "editor-kim");

    static String feedback(String volume, String section) {
        return as(
                        OFFICER,
                        "POST",
                        "/api/v1/manuals/" + volume + "/feedback",
                        null,
                        "{\"section\":\"" + section + "\","
                                + "\"text\":\"65세 도래 어르신 방문 시 동행 인력 기준을 적어 주세요.\",\"districtCode\":\"11290\"}")
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    @Test
    void thePlansVolumesAreThereInOrder() {
        as(OFFICER, "GET", "/api/v1/manuals", null, null)
                .statusCode(200)
                .body(
                        "id[0..6]",
                        contains(
                                "welfare-health",
                                "village",
                                "administration",
                                "appendix-visiting-nurse",
                                "support-team-operations",
                                "welfare-planner-handbook",
                                "field-contact-guideline"))
                .body("title[0..3]", contains("복지·건강", "마을", "행정", "부록-방문간호사 업무 길라잡이"));
        as(OFFICER, "GET", "/api/v1/manuals/village", null, null)
                .statusCode(200)
                .body("title", equalTo("마을"));
        assertProblem(as(OFFICER, "GET", "/api/v1/manuals/cooking", null, null), 404, "not-found");
        given().when().get("/api/v1/manuals").then().statusCode(401);
    }

    @Test
    void aNewVersionTakesInFeedbackWhichIsThenAdopted() {
        String a = feedback("welfare-health", "3장 방문상담 절차");
        String b = feedback("welfare-health", "5장 복지플래너");
        String declined = feedback("welfare-health", "부록 서식");
        String otherVolume = feedback("village", "2장 마을계획단");
        assertProblem(
                as(
                        OFFICER,
                        "POST",
                        "/api/v1/manuals/welfare-health/feedback",
                        null,
                        "{\"section\":\"1장\",\"text\":\"의견\",\"districtCode\":\"11110\"}"),
                403,
                "forbidden");

        as(
                        EDITOR,
                        "POST",
                        "/api/v1/manuals/welfare-health/feedback/" + declined + "/decline",
                        null,
                        "{\"reason\":\"서식은 별도 배포합니다.\"}")
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("declinedReason", equalTo("서식은 별도 배포합니다."));
        assertProblem(
                as(
                        OFFICER,
                        "POST",
                        "/api/v1/manuals/welfare-health/feedback/" + a + "/decline",
                        null,
                        "{\"reason\":\"x\"}"),
                403,
                "forbidden");

        String version = "v" + UUID.randomUUID().toString().substring(0, 8);
        // Feedback of another volume, declined feedback or an unknown id are refused, and nothing is adopted.
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/manuals/welfare-health/versions",
                                null,
                                "{\"label\":\"" + version + "\",\"feedbackIds\":[\"" + a + "\",\"" + otherVolume
                                        + "\"]}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("feedback-of-another-volume"));
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/manuals/welfare-health/versions",
                                null,
                                "{\"label\":\"" + version + "\",\"feedbackIds\":[\"" + declined + "\"]}"),
                        409,
                        "conflict")
                .body("currentState", equalTo("DECLINED"));
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/manuals/welfare-health/versions",
                                null,
                                "{\"label\":\"" + version + "\",\"feedbackIds\":[\"" + UUID.randomUUID() + "\"]}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("unknown-feedback"));
        as(OFFICER, "GET", "/api/v1/manuals/welfare-health/feedback/" + a, null, null)
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        assertProblem(
                as(OFFICER, "POST", "/api/v1/manuals/welfare-health/versions", null, "{\"label\":\"" + version + "\"}"),
                403,
                "forbidden");

        int number = as(
                        EDITOR,
                        "POST",
                        "/api/v1/manuals/welfare-health/versions",
                        null,
                        "{\"label\":\"" + version + "\",\"feedbackIds\":[\"" + a + "\",\"" + b + "\"]}")
                .statusCode(201)
                .body("status", equalTo("DRAFTING"))
                .body("label", equalTo(version))
                .body("adoptedFeedback.id", containsInAnyOrder(a, b))
                .extract()
                .path("version");
        as(OFFICER, "GET", "/api/v1/manuals/welfare-health/versions", null, null)
                .statusCode(200)
                .body("items[0].version", equalTo(number));
        assertProblem(
                as(EDITOR, "POST", "/api/v1/manuals/welfare-health/versions", null, "{\"label\":\"" + version + "\"}"),
                409,
                "conflict");

        as(OFFICER, "GET", "/api/v1/manuals/welfare-health/versions/" + number, null, null)
                .statusCode(200)
                .body("label", equalTo(version))
                .body("adoptedFeedback.id", contains(a, b))
                .body("adoptedFeedback.section", contains("3장 방문상담 절차", "5장 복지플래너"));
        as(OFFICER, "GET", "/api/v1/manuals/welfare-health/feedback/" + b, null, null)
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("declinedReason", nullValue());
        as(OFFICER, "GET", "/api/v1/manuals/welfare-health/feedback?status=ADOPTED&size=200", null, null)
                .statusCode(200)
                .body("items.id", hasItem(a));
        as(OFFICER, "GET", "/api/v1/manuals/welfare-health/versions?size=200", null, null)
                .statusCode(200)
                .body("items.label", hasItem(version));
        as(OFFICER, "GET", "/api/v1/manuals/village/feedback/" + otherVolume, null, null)
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        assertProblem(
                as(OFFICER, "GET", "/api/v1/manuals/welfare-health/feedback/" + otherVolume, null, null),
                404,
                "not-found");
    }
}
