package kr.seoul.chatdong.monitoring;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class MonitoringAuthorizationTest extends AuthorizationMatrixContract {

    /** Each indicator-value write names a month of its own, so that each is a first recording (201). */
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private static String freshMonth() {
        return YearMonth.of(2020, 1).plusMonths(MONTHS.getAndIncrement()).toString();
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("POST /rounds", () -> ApiRequest.of("POST", "/api/v1/rounds", MonitoringFixtures.ROUND),
                        Roles.MONITOR, Roles.EDITOR, null, 201),
                new Write("PATCH /rounds/{id}", () -> ApiRequest.of("PATCH", MonitoringFixtures.round(), "{\"name\":\"이름 변경\"}")
                        .withHeader("If-Match", "\"0\""), Roles.MONITOR, Roles.TRAINER, null, 200),
                new Write("PUT /rounds/{id}/assessments/{dong}/{field}", () -> ApiRequest.of("PUT",
                        MonitoringFixtures.round() + "/assessments/1129052500/WELFARE", "{\"score\":77}"),
                        Roles.MONITOR, Roles.DISTRICT_OFFICER, null, 201),
                new Write("PUT /rounds/{id}/assessments", () -> ApiRequest.of("PUT", MonitoringFixtures.round() + "/assessments",
                        MonitoringFixtures.ALL_FIELDS_OF_ONE_DONG).withHeader("If-Match", "\"0\""), Roles.MONITOR, Roles.CONSULTANT, null, 200),
                new Write("POST /rounds/{id}/complete", () -> ApiRequest.of("POST", MonitoringFixtures.assessedRound() + "/complete", null),
                        Roles.MONITOR, Roles.EDITOR, null, 200),
                new Write("PUT /districts/{code}/rollout", () -> ApiRequest.of("PUT", "/api/v1/districts/11350/rollout", "{\"phase\":2}"),
                        Roles.CITY_ADMIN, Roles.MONITOR, null, 200),
                new Write("POST /surveys", () -> ApiRequest.of("POST", "/api/v1/surveys", SurveyFixtures.survey()),
                        Roles.MONITOR, Roles.TRAINER, null, 201),
                new Write("POST /surveys/{id}/waves", () -> ApiRequest.of("POST", SurveyFixtures.createdSurvey() + "/waves", SurveyFixtures.BASELINE),
                        Roles.MONITOR, Roles.DISTRICT_OFFICER, null, 201),
                new Write("PUT /dongs/{code}/rollout", () -> ApiRequest.of("PUT", "/api/v1/dongs/1135056000/rollout", "{\"phase\":2}"),
                        Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER, null, 200),
                new Write("PUT /indicators/{code}/values/{scopeCode}/{period}", () -> ApiRequest.of("PUT",
                        "/api/v1/indicators/VISITING_NURSE_CASELOAD/values/1129052500/" + freshMonth(), "{\"value\":12}"),
                        Roles.CITY_ADMIN, Roles.MONITOR, "11290", 201));
    }
}
