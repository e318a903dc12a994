package kr.seoul.chatdong.cases;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class CasesAuthorizationTest extends AuthorizationMatrixContract {

    static final String WITH_BODY =
            "{\"title\":\"골목 돌봄 지도\",\"dongCode\":\"1129052500\",\"field\":\"WELFARE\",\"body\":\"방문간호사와 함께\"}";

    private static String aCase() {
        return ApiRequest.of("POST", "/api/v1/cases", CasesApiContractTest.CASE)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A case with a body, DRAFTING (version 0). */
    private static String written() {
        return ApiRequest.of("POST", "/api/v1/cases", WITH_BODY)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A case IN_REVIEW (version 1). */
    private static String inReview() {
        String location = written();
        ApiRequest.of("POST", location + "/submit", null)
                .withHeader("If-Match", "\"0\"")
                .sendAsAdmin()
                .then()
                .statusCode(200);
        return location;
    }

    /** A PUBLISHED case (version 2). */
    private static String published() {
        String location = inReview();
        ApiRequest.of("POST", location + "/publish", "{}")
                .withHeader("If-Match", "\"1\"")
                .sendAsAdmin()
                .then()
                .statusCode(200);
        return location;
    }

    private static final java.util.concurrent.atomic.AtomicInteger DAYS =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(3000));

    /** A one-day membership of 종로구 on a day no other request uses (long before the program). */
    private static String aMembership() {
        String day = java.time.LocalDate.of(1980, 1, 1)
                .plusDays(DAYS.incrementAndGet())
                .toString();
        return "{\"name\":\"김발굴\",\"districtCode\":\"11110\",\"subject\":\"d-11110\",\"activeFrom\":\"" + day
                + "\",\"activeTo\":\"" + day + "\"}";
    }

    private static String aMember() {
        return ApiRequest.of("POST", "/api/v1/discovery-team/members", aMembership())
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A casebook of this year (a case is published first, so the year has one). */
    private static String aCasebook() {
        published();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).getYear();
        return ApiRequest.of("POST", "/api/v1/casebooks", "{\"year\":" + year + "}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    private static final String CONTEST =
            "{\"name\":\"공유대회\",\"eligibleFrom\":\"2015-07-01\",\"eligibleTo\":\"2099-12-31\","
                    + "\"criteria\":[{\"name\":\"성과\",\"weight\":1}]}";

    private static String aContest() {
        return ApiRequest.of("POST", "/api/v1/contests", CONTEST)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A contest with one entry (a case of 11290 published now); returns the entry's location. */
    private static String anEntry() {
        String caseId = published().replaceAll(".*/", "");
        return ApiRequest.of("POST", aContest() + "/entries", "{\"caseId\":\"" + caseId + "\"}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    private static final String QUESTION = "{\"districtCode\":\"11290\",\"topic\":\"방문간호\",\"text\":\"동행 기준이 있나요?\"}";

    private static String aQuestion() {
        return ApiRequest.of("POST", "/api/v1/questions", QUESTION)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** An ANSWERED question (version 1). */
    private static String anAnswered() {
        String location = aQuestion();
        ApiRequest.of("POST", location + "/answers", "{\"text\":\"원칙은 2인 방문입니다.\"}")
                .sendAsAdmin()
                .then()
                .statusCode(201);
        return location;
    }

    private static final String FEEDBACK = "{\"section\":\"3장\",\"text\":\"기준을 적어 주세요.\",\"districtCode\":\"11290\"}";

    private static String aFeedback() {
        return ApiRequest.of("POST", "/api/v1/manuals/village/feedback", FEEDBACK)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    private static final String VOLUME =
            "{\"title\":\"복지플래너 핸드북 (부록)\",\"kind\":\"HANDBOOK\",\"audience\":\"SERVING_CIVIL_SERVANT\"}";

    /** A new volume, its version 1 DRAFTING. */
    private static String aVolume() {
        return ApiRequest.of("POST", "/api/v1/manuals", VOLUME)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write(
                        "POST /cases",
                        () -> ApiRequest.of("POST", "/api/v1/cases", CasesApiContractTest.CASE),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        201),
                new Write(
                        "POST /cases (editor)",
                        () -> ApiRequest.of("POST", "/api/v1/cases", CasesApiContractTest.CASE),
                        Roles.EDITOR,
                        Roles.MONITOR,
                        null,
                        201),
                new Write(
                        "PATCH /cases/{id}",
                        () -> ApiRequest.of("PATCH", aCase(), "{\"title\":\"새 제목\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.CONSULTANT,
                        "11290",
                        200),
                // Nominations come from monitoring rounds only: an allowed caller reaches the workflow, which refuses
                // start on a DRAFTING case.
                new Write(
                        "POST /cases/{id}/start",
                        () -> ApiRequest.of("POST", aCase() + "/start", null).withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        409),
                new Write(
                        "POST /cases/{id}/submit",
                        () -> ApiRequest.of("POST", written() + "/submit", null).withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        200),
                new Write(
                        "POST /cases/{id}/reject",
                        () -> ApiRequest.of("POST", inReview() + "/reject", "{\"reason\":\"보완\"}")
                                .withHeader("If-Match", "\"1\""),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /cases/{id}/publish",
                        () -> ApiRequest.of("POST", inReview() + "/publish", "{}")
                                .withHeader("If-Match", "\"1\""),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /cases/{id}/archive",
                        () -> ApiRequest.of("POST", published() + "/archive", null)
                                .withHeader("If-Match", "\"2\""),
                        Roles.EDITOR,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "POST /cases/{id}/withdraw",
                        () -> ApiRequest.of("POST", aCase() + "/withdraw", "{\"reason\":\"중복\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.CONSULTANT,
                        "11290",
                        200),
                new Write(
                        "POST /cases/{id}/assign",
                        () -> ApiRequest.of("POST", aCase() + "/assign", "{\"memberId\":null}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /discovery-team/members",
                        () -> ApiRequest.of("POST", "/api/v1/discovery-team/members", aMembership()),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "PATCH /discovery-team/members/{id}",
                        () -> ApiRequest.of("PATCH", aMember(), "{\"name\":\"이발굴\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.CITY_ADMIN,
                        Roles.CONSULTANT,
                        null,
                        200),
                new Write(
                        "POST /casebooks/{id}/print-runs",
                        () -> ApiRequest.of(
                                "POST", aCasebook() + "/print-runs", "{\"copies\":500,\"distributedTo\":\"자치구\"}"),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "POST /contests",
                        () -> ApiRequest.of("POST", "/api/v1/contests", CONTEST),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "PATCH /contests/{id}",
                        () -> ApiRequest.of("PATCH", aContest(), "{\"eligibleDistrictCodes\":[\"11290\"]}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /contests/{id}/entries",
                        () -> ApiRequest.of(
                                "POST",
                                aContest() + "/entries",
                                "{\"caseId\":\"" + published().replaceAll(".*/", "") + "\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        201),
                new Write(
                        "POST /contests/{id}/judges",
                        () -> ApiRequest.of("POST", aContest() + "/judges", "{\"subject\":\"j-1\",\"name\":\"박심사\"}"),
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "PUT /contests/{id}/entries/{entryId}/scores",
                        () -> ApiRequest.of(
                                "PUT", anEntry() + "/scores", "{\"scores\":[{\"criterion\":\"성과\",\"score\":4}]}"),
                        Roles.EDITOR,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "POST /contests/{id}/publish-results",
                        () -> ApiRequest.of("POST", anEntry().replaceAll("/entries/.*", "") + "/publish-results", null)
                                .withHeader("If-Match", "\"0\""),
                        Roles.EDITOR,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "POST /questions",
                        () -> ApiRequest.of("POST", "/api/v1/questions", QUESTION),
                        Roles.DISTRICT_OFFICER,
                        Roles.EDITOR,
                        "11290",
                        201),
                new Write(
                        "POST /questions/{id}/answers",
                        () -> ApiRequest.of("POST", aQuestion() + "/answers", "{\"text\":\"답\"}"),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "POST /questions/{id}/publish-as-faq",
                        () -> ApiRequest.of("POST", anAnswered() + "/publish-as-faq", null)
                                .withHeader("If-Match", "\"1\""),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /manuals/{volumeId}/feedback",
                        () -> ApiRequest.of("POST", "/api/v1/manuals/village/feedback", FEEDBACK),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        201),
                new Write(
                        "POST /manuals/{volumeId}/feedback/{id}/decline",
                        () -> ApiRequest.of("POST", aFeedback() + "/decline", "{\"reason\":\"범위 밖\"}"),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /manuals/{volumeId}/versions",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/manuals/village/versions",
                                "{\"label\":\"v" + java.util.UUID.randomUUID() + "\"}"),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "POST /manuals",
                        () -> ApiRequest.of("POST", "/api/v1/manuals", VOLUME),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "POST /manuals/{volumeId}/versions/{version}/submit",
                        () -> ApiRequest.of("POST", aVolume() + "/versions/1/submit", null),
                        Roles.EDITOR,
                        Roles.TRAINER,
                        null,
                        200),
                // the body is the file; a PDF's magic bytes are all the type detection needs
                new Write(
                        "PUT /manuals/{volumeId}/versions/{version}/document",
                        () -> ApiRequest.of(
                                "PUT", aVolume() + "/versions/1/document?filename=manual.pdf", "%PDF-1.7\n%%EOF\n"),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "POST /cases/{id}/comments",
                        () -> ApiRequest.of("POST", inReview() + "/comments", "{\"text\":\"의견\"}"),
                        Roles.EDITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201));
    }
}
