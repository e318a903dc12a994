package kr.seoul.chatdong.monitoring;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class MonitoringAuthorizationTest extends AuthorizationMatrixContract {

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
                        Roles.CITY_ADMIN, Roles.DISTRICT_OFFICER, null, 200));
    }
}
