package kr.seoul.chatdong.cases;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.cases.CaseWorkflowTest.as;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 매뉴얼 life cycle: a volume starts with version 1 in DRAFTING; a version is submitted, approved by a council
 * decision cases saw on decision.recorded, and distributed; solution-desk questions are adopted while it is open.
 */
@QuarkusTest
class ManualLifecycleTest {

    static final String EDITOR = Tokens.withSubject(Roles.EDITOR, "editor-kim");
    static final String OFFICER = Tokens.districtOfficer("11290");
    static final String ADMIN = Tokens.cityAdmin();

    static String volume(String title) {
        return as(
                        EDITOR,
                        "POST",
                        "/api/v1/manuals",
                        null,
                        "{\"title\":\"" + title + "\",\"kind\":\"HANDBOOK\",\"audience\":\"SUPPORT_TEAM\"}")
                .statusCode(201)
                .body("latestVersion.version", equalTo(1))
                .body("latestVersion.status", equalTo("DRAFTING"))
                .extract()
                .path("id");
    }

    /** Governance recorded a decision of {@code meetingId} (as decision.recorded on its topic). */
    static String decisionOf(String meetingId) throws Exception {
        String decisionId = UUID.randomUUID().toString();
        ObjectNode payload = (ObjectNode) EventContracts.exampleNode(EventCatalog.DECISION_RECORDED);
        payload.put("meetingId", meetingId).put("decisionId", decisionId).put("councilKind", "STEERING_COMMITTEE");
        TestKafka.send(
                EventCatalog.DECISION_RECORDED.topic(),
                decisionId,
                TestKafka.cloudEvent(EventCatalog.DECISION_RECORDED.type(), decisionId),
                payload.toString());
        return decisionId;
    }

    /** Approves once cases has seen the decision (the consumer stores it). */
    static void approveWhenSeen(String versionPath, String meetingId, String decisionId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(
                                EDITOR,
                                "POST",
                                versionPath + "/approve",
                                null,
                                "{\"meetingId\":\"" + meetingId + "\",\"decisionId\":\"" + decisionId + "\"}")
                        .statusCode(200));
    }

    static String answeredQuestion() {
        String id = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"방문간호\",\"text\":\"동행 기준이 있나요?\"}")
                .statusCode(201)
                .extract()
                .path("id");
        as(ADMIN, "POST", "/api/v1/questions/" + id + "/answers", null, "{\"text\":\"원칙은 2인 방문입니다.\"}")
                .statusCode(201);
        return id;
    }

    @Test
    void aVersionGoesFromDraftThroughReviewAndApprovalToDistributed() throws Exception {
        String id = volume("추진지원단 역량강화 핸드북");
        String v1 = "/api/v1/manuals/" + id + "/versions/1";
        as(OFFICER, "GET", "/api/v1/manuals/" + id, null, null)
                .statusCode(200)
                .body("kind", equalTo("HANDBOOK"))
                .body("audience", equalTo("SUPPORT_TEAM"));
        as(OFFICER, "GET", v1, null, null)
                .statusCode(200)
                .body("status", equalTo("DRAFTING"))
                .body("allowedSteps", contains("submit"))
                .body("createdBy", equalTo("editor-kim"));
        assertProblem(
                as(
                        OFFICER,
                        "POST",
                        "/api/v1/manuals",
                        null,
                        "{\"title\":\"x\",\"kind\":\"MANUAL\",\"audience\":\"RESIDENT\"}"),
                403,
                "forbidden");
        as(EDITOR, "POST", "/api/v1/manuals", null, "{\"title\":\"x\",\"kind\":\"MANUAL\",\"audience\":\"EVERYONE\"}")
                .statusCode(400);

        // the next version, with no body
        given().header("Authorization", "Bearer " + EDITOR)
                .contentType("application/json")
                .when()
                .post("/api/v1/manuals/" + id + "/versions")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/manuals/" + id + "/versions/2"))
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFTING"));
        as(OFFICER, "GET", "/api/v1/manuals/" + id + "/versions", null, null)
                .statusCode(200)
                .body("items.version", contains(2, 1));

        // out of order
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                v1 + "/approve",
                                null,
                                "{\"meetingId\":\"" + UUID.randomUUID() + "\",\"decisionId\":\"" + UUID.randomUUID()
                                        + "\"}"),
                        409,
                        "conflict")
                .body("currentState", equalTo("DRAFTING"))
                .body("allowedSteps", contains("submit"));
        assertProblem(
                as(EDITOR, "POST", v1 + "/distribute", null, "{\"copies\":700,\"channels\":[\"PRINT\"]}"),
                409,
                "conflict");
        assertProblem(as(OFFICER, "POST", v1 + "/submit", null, null), 403, "forbidden");

        // submit takes no body, whatever the Content-Type
        given().header("Authorization", "Bearer " + EDITOR)
                .contentType("application/x-www-form-urlencoded")
                .when()
                .post(v1 + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("submittedAt", notNullValue())
                .body("allowedSteps", contains("approve"));
        assertProblem(as(EDITOR, "POST", v1 + "/submit", null, null), 409, "conflict")
                .body("currentState", equalTo("IN_REVIEW"));

        // approved only by a decision governance recorded
        String meeting = UUID.randomUUID().toString();
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                v1 + "/approve",
                                null,
                                "{\"meetingId\":\"" + meeting + "\",\"decisionId\":\"" + UUID.randomUUID() + "\"}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("unknown-decision"));
        String decision = decisionOf(meeting);
        approveWhenSeen(v1, meeting, decision);
        String etag = as(OFFICER, "GET", v1, null, null)
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedMeetingId", equalTo(meeting))
                .body("approvedDecisionId", equalTo(decision))
                .body("allowedSteps", contains("distribute"))
                .extract()
                .header("ETag");
        // the decision names its meeting: with another one it is not known
        as(EDITOR, "POST", "/api/v1/manuals/" + id + "/versions/2/submit", null, null)
                .statusCode(200);
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/manuals/" + id + "/versions/2/approve",
                                null,
                                "{\"meetingId\":\"" + UUID.randomUUID() + "\",\"decisionId\":\"" + decision + "\"}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("unknown-decision"));

        assertProblem(
                as(EDITOR, "POST", v1 + "/distribute", "\"99\"", "{\"copies\":700,\"channels\":[\"PRINT\"]}"),
                412,
                "precondition-failed");
        assertProblem(
                as(EDITOR, "POST", v1 + "/distribute", etag, "{\"copies\":700,\"channels\":[]}"), 400, "validation");
        as(EDITOR, "POST", v1 + "/distribute", etag, "{\"copies\":700,\"channels\":[\"WEB\",\"PRINT\"]}")
                .statusCode(200)
                .body("status", equalTo("DISTRIBUTED"))
                .body("copies", equalTo(700))
                .body("channels", contains("PRINT", "WEB"))
                .body("distributedOn", notNullValue())
                .body("allowedSteps", empty());
        assertProblem(as(EDITOR, "POST", v1 + "/submit", null, null), 409, "conflict")
                .body("currentState", equalTo("DISTRIBUTED"))
                .body("allowedSteps", empty());
        as(OFFICER, "GET", "/api/v1/manuals/" + id, null, null)
                .statusCode(200)
                .body("latestVersion.version", equalTo(2))
                .body("latestVersion.status", equalTo("IN_REVIEW"));
    }

    @Test
    void answeredQuestionsAreAdoptedWhileTheVersionIsOpen() throws Exception {
        String id = volume("현장소통 사례 모음");
        String v1 = "/api/v1/manuals/" + id + "/versions/1";
        String answered = answeredQuestion();
        String adopt = "{\"volumeId\":\"" + id + "\",\"version\":1}";

        as(EDITOR, "POST", "/api/v1/questions/" + answered + "/adopt", null, adopt)
                .statusCode(200)
                .body("version", equalTo(1))
                .body("adoptedQuestions.id", contains(answered));
        as(EDITOR, "POST", "/api/v1/questions/" + answered + "/adopt", null, adopt)
                .statusCode(200)
                .body("adoptedQuestions.id", contains(answered));
        assertProblem(as(OFFICER, "POST", "/api/v1/questions/" + answered + "/adopt", null, adopt), 403, "forbidden");
        assertProblem(
                        as(
                                EDITOR,
                                "POST",
                                "/api/v1/questions/" + answered + "/adopt",
                                null,
                                "{\"volumeId\":\"" + id + "\",\"version\":9}"),
                        422,
                        "domain-rule")
                .body("rule", equalTo("unknown-version"));
        assertProblem(
                as(EDITOR, "POST", "/api/v1/questions/" + UUID.randomUUID() + "/adopt", null, adopt), 404, "not-found");
        String open = as(
                        OFFICER,
                        "POST",
                        "/api/v1/questions",
                        null,
                        "{\"districtCode\":\"11290\",\"topic\":\"마을계획\",\"text\":\"주민 모집 방법은?\"}")
                .statusCode(201)
                .extract()
                .path("id");
        assertProblem(as(EDITOR, "POST", "/api/v1/questions/" + open + "/adopt", null, adopt), 422, "domain-rule")
                .body("rule", equalTo("question-not-answered"));

        // still taken in while IN_REVIEW, no longer once APPROVED
        as(EDITOR, "POST", v1 + "/submit", null, null).statusCode(200);
        String second = answeredQuestion();
        as(EDITOR, "POST", "/api/v1/questions/" + second + "/adopt", null, adopt)
                .statusCode(200)
                .body("adoptedQuestions.id", contains(answered, second));
        String meeting = UUID.randomUUID().toString();
        approveWhenSeen(v1, meeting, decisionOf(meeting));
        String third = answeredQuestion();
        assertProblem(as(EDITOR, "POST", "/api/v1/questions/" + third + "/adopt", null, adopt), 409, "conflict")
                .body("currentState", equalTo("APPROVED"));
        as(OFFICER, "GET", v1, null, null)
                .statusCode(200)
                .body("adoptedQuestions.id", contains(answered, second))
                .body("adoptedQuestions[0].topic", equalTo("방문간호"))
                .body("adoptedQuestions[0].status", equalTo("ANSWERED"));
    }

    @Test
    void theThreeVolumesOf2016AreSeededEachWithADraft() {
        as(OFFICER, "GET", "/api/v1/manuals", null, null)
                .statusCode(200)
                .body(
                        "id",
                        hasItems(
                                "welfare-health",
                                "village",
                                "administration",
                                "appendix-visiting-nurse",
                                "support-team-operations",
                                "welfare-planner-handbook",
                                "field-contact-guideline"));
        as(OFFICER, "GET", "/api/v1/manuals/support-team-operations", null, null)
                .statusCode(200)
                .body("title", equalTo("자치구 추진지원단 운영 매뉴얼"))
                .body("kind", equalTo("MANUAL"))
                .body("audience", equalTo("SUPPORT_TEAM"));
        as(OFFICER, "GET", "/api/v1/manuals/welfare-planner-handbook", null, null)
                .statusCode(200)
                .body("title", equalTo("복지플래너 핸드북"))
                .body("kind", equalTo("HANDBOOK"))
                .body("audience", equalTo("SERVING_CIVIL_SERVANT"));
        as(OFFICER, "GET", "/api/v1/manuals/field-contact-guideline", null, null)
                .statusCode(200)
                .body("title", equalTo("현장소통 가이드라인"))
                .body("kind", equalTo("GUIDELINE"))
                .body("audience", equalTo("SUPPORT_TEAM"));
        for (String seeded :
                new String[] {"support-team-operations", "welfare-planner-handbook", "field-contact-guideline"}) {
            as(OFFICER, "GET", "/api/v1/manuals/" + seeded + "/versions/1", null, null)
                    .statusCode(200)
                    .body("status", equalTo("DRAFTING"))
                    .body("label", nullValue());
        }
        as(OFFICER, "GET", "/api/v1/manuals/village", null, null)
                .statusCode(200)
                .body("kind", equalTo("MANUAL"))
                .body("audience", equalTo("SERVING_CIVIL_SERVANT"));
    }
}
