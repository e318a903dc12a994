package kr.seoul.chatdong.governance;

import static kr.seoul.chatdong.governance.GovernanceFixtures.COUNCIL;
import static kr.seoul.chatdong.governance.GovernanceFixtures.SERIES;
import static kr.seoul.chatdong.governance.GovernanceFixtures.councilInSeongbuk;
import static kr.seoul.chatdong.governance.GovernanceFixtures.endActiveTeamOf;
import static kr.seoul.chatdong.governance.GovernanceFixtures.id;
import static kr.seoul.chatdong.governance.GovernanceFixtures.meetingInSeongbuk;
import static kr.seoul.chatdong.governance.GovernanceFixtures.seriesInSeongbuk;
import static kr.seoul.chatdong.governance.GovernanceFixtures.supportTeamBody;
import static kr.seoul.chatdong.governance.GovernanceFixtures.supportTeamIn;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class GovernanceAuthorizationTest extends AuthorizationMatrixContract {

    private static final java.util.concurrent.atomic.AtomicInteger YEARS =
            new java.util.concurrent.atomic.AtomicInteger(2040);
    private static final String PAST = "2016-04-20T14:00:00+09:00";
    private static final String FUTURE = "2030-04-20T14:00:00+09:00";
    /** 강남구: a district the seed gives no support team. */
    private static final String TEAMS = "11680";

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write(
                        "POST /councils",
                        () -> ApiRequest.of("POST", "/api/v1/councils", COUNCIL),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        201),
                new Write(
                        "PATCH /councils/{id}",
                        () -> ApiRequest.of("PATCH", councilInSeongbuk(), "{\"description\":\"월례 정기회의\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        200),
                new Write(
                        "POST /meetings",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/meetings",
                                "{\"councilId\":\"" + id(councilInSeongbuk())
                                        + "\",\"title\":\"정기회의\",\"scheduledAt\":\"2030-04-20T14:00:00+09:00\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.EDITOR,
                        "11290",
                        201),
                new Write(
                        "POST /councils/{id}/meeting-series",
                        () -> ApiRequest.of("POST", councilInSeongbuk() + "/meeting-series", SERIES),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        201),
                new Write(
                        "POST /meeting-series/{id}/cancel",
                        () -> ApiRequest.of("POST", seriesInSeongbuk() + "/cancel", "{\"from\":\"2030-01-01\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.EDITOR,
                        "11290",
                        200),
                new Write(
                        "POST /councils/{id}/members",
                        () -> ApiRequest.of(
                                "POST",
                                councilInSeongbuk() + "/members",
                                "{\"name\":\"위원\",\"sector\":\"PRIVATE\",\"position\":\"MEMBER\",\"termFrom\":\"2016-01-01\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        201),
                new Write(
                        "POST /action-items",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/action-items",
                                "{\"councilId\":\"" + id(councilInSeongbuk())
                                        + "\",\"title\":\"현황 조사\",\"owner\":\"복지정책과\",\"dueOn\":\"2030-05-31\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.EDITOR,
                        "11290",
                        201),
                new Write(
                        "POST /meetings/{id}/agenda-items",
                        () -> ApiRequest.of(
                                "POST", meetingInSeongbuk(FUTURE) + "/agenda-items", "{\"title\":\"사업계획 심의\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        201),
                new Write(
                        "PUT /meetings/{id}/attendance",
                        () -> ApiRequest.of("PUT", meetingInSeongbuk(PAST) + "/attendance", "[]"),
                        Roles.DISTRICT_OFFICER,
                        Roles.TRAINER,
                        "11290",
                        200),
                new Write(
                        "PUT /meetings/{id}/minutes",
                        () -> ApiRequest.of("PUT", meetingInSeongbuk(PAST) + "/minutes", "{\"markdown\":\"## 개회\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.CONSULTANT,
                        "11290",
                        200),
                new Write(
                        "POST /meetings/{id}/close",
                        () -> ApiRequest.of("POST", meetingInSeongbuk(PAST) + "/close", "{}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        200),
                new Write(
                        "POST /meetings/{id}/cancel",
                        () -> ApiRequest.of("POST", meetingInSeongbuk(FUTURE) + "/cancel", "{\"reason\":\"연기\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER,
                        Roles.EDITOR,
                        "11290",
                        200),
                new Write(
                        "POST /meetings/{id}/registrations",
                        () -> ApiRequest.of(
                                "POST",
                                ApiRequest.of(
                                                        "POST",
                                                        "/api/v1/meetings",
                                                        "{\"councilId\":\"" + id(councilInSeongbuk())
                                                                + "\",\"title\":\"설명회\",\"kind\":\"BRIEFING\",\"capacity\":100,"
                                                                + "\"scheduledAt\":\"" + FUTURE + "\"}")
                                                .sendAsAdmin()
                                                .then()
                                                .statusCode(201)
                                                .extract()
                                                .header("Location")
                                        + "/registrations",
                                "{\"name\":\"참가자\"}"),
                        Roles.DISTRICT_OFFICER,
                        Roles.MONITOR,
                        "11290",
                        201),
                new Write(
                        "POST /support-teams",
                        () -> {
                            endActiveTeamOf(TEAMS);
                            return ApiRequest.of("POST", "/api/v1/support-teams", supportTeamBody(TEAMS));
                        },
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "PATCH /support-teams/{id}",
                        () -> ApiRequest.of("PATCH", supportTeamIn(TEAMS), "{\"operator\":\"강남구 마을공동체지원센터\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /support-teams/{id}/end",
                        () -> ApiRequest.of(
                                        "POST",
                                        supportTeamIn(TEAMS) + "/end",
                                        "{\"endedOn\":\"2016-12-31\",\"reason\":\"위탁 종료\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.CITY_ADMIN,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "PUT /agenda-routing/{source}",
                        () -> {
                            // the council it names already: the matrix proves who may route, and leaves the routing as
                            // it was
                            var current = ApiRequest.of("GET", "/api/v1/agenda-routing/MONITORING", null)
                                    .sendAsAdmin();
                            return ApiRequest.of(
                                            "PUT",
                                            "/api/v1/agenda-routing/MONITORING",
                                            "{\"councilId\":\"" + current.path("councilId") + "\"}")
                                    .withHeader("If-Match", current.header("ETag"));
                        },
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "PUT /plans/{year}",
                        () -> ApiRequest.of(
                                "PUT",
                                "/api/v1/plans/" + YEARS.getAndIncrement(),
                                "{\"title\":\"계획\",\"totalBudget\":10,\"subProjects\":[{\"name\":\"사업\",\"budgetLines\":[{\"name\":\"운영\","
                                        + "\"amount\":10}],\"milestones\":[]}]}"),
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201));
    }
}
