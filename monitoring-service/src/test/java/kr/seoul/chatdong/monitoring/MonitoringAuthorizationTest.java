package kr.seoul.chatdong.monitoring;

import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

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

    @Inject
    DefinedIndicators defined;

    @AfterEach
    void removeDefinedIndicators() {
        defined.remove();
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write(
                        "POST /indicators",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/indicators",
                                IndicatorRevisionTest.newIndicator(IndicatorRevisionTest.freshCode(), "")),
                        Roles.CITY_ADMIN,
                        Roles.MONITOR,
                        null,
                        201),
                new Write(
                        "PATCH /indicators/{code}",
                        () -> ApiRequest.of(
                                        "PATCH",
                                        "/api/v1/indicators/" + definedIndicator(),
                                        "{\"targets\":{\"2017\":320}}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "POST /rounds",
                        () -> ApiRequest.of("POST", "/api/v1/rounds", MonitoringFixtures.ROUND),
                        Roles.MONITOR,
                        Roles.EDITOR,
                        null,
                        201),
                new Write(
                        "PATCH /rounds/{id}",
                        () -> ApiRequest.of("PATCH", MonitoringFixtures.round(), "{\"name\":\"이름 변경\"}")
                                .withHeader("If-Match", "\"0\""),
                        Roles.MONITOR,
                        Roles.TRAINER,
                        null,
                        200),
                new Write(
                        "PUT /rounds/{id}/assessments/{dong}/{field}",
                        () -> ApiRequest.of(
                                "PUT",
                                MonitoringFixtures.round() + "/assessments/1129052500/WELFARE",
                                "{\"score\":77}"),
                        Roles.MONITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "PUT /rounds/{id}/assessments",
                        () -> ApiRequest.of(
                                        "PUT",
                                        MonitoringFixtures.round() + "/assessments",
                                        MonitoringFixtures.ALL_FIELDS_OF_ONE_DONG)
                                .withHeader("If-Match", "\"0\""),
                        Roles.MONITOR,
                        Roles.CONSULTANT,
                        null,
                        200),
                new Write(
                        "POST /rounds/{id}/complete",
                        () -> ApiRequest.of("POST", MonitoringFixtures.assessedRound() + "/complete", null),
                        Roles.MONITOR,
                        Roles.EDITOR,
                        null,
                        200),
                new Write(
                        "PUT /districts/{code}/rollout",
                        () -> ApiRequest.of("PUT", "/api/v1/districts/11350/rollout", "{\"phase\":2}"),
                        Roles.CITY_ADMIN,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "POST /surveys",
                        () -> ApiRequest.of("POST", "/api/v1/surveys", SurveyFixtures.survey()),
                        Roles.MONITOR,
                        Roles.TRAINER,
                        null,
                        201),
                new Write(
                        "POST /surveys/{id}/waves",
                        () -> ApiRequest.of("POST", SurveyFixtures.createdSurvey() + "/waves", SurveyFixtures.BASELINE),
                        Roles.MONITOR,
                        Roles.DISTRICT_OFFICER,
                        null,
                        201),
                new Write(
                        "PUT /dongs/{code}/rollout",
                        () -> ApiRequest.of("PUT", "/api/v1/dongs/1135056000/rollout", "{\"phase\":2}"),
                        Roles.CITY_ADMIN,
                        Roles.DISTRICT_OFFICER,
                        null,
                        200),
                new Write(
                        "PUT /indicators/{code}/values/{scopeCode}/{period}",
                        () -> ApiRequest.of(
                                "PUT",
                                "/api/v1/indicators/VISITING_NURSE_CASELOAD/values/1129052500/" + freshMonth(),
                                "{\"value\":12}"),
                        Roles.CITY_ADMIN,
                        Roles.MONITOR,
                        "11290",
                        201),
                new Write(
                        "PUT /districts/{code}/liaison",
                        MonitoringAuthorizationTest::appointLiaison,
                        Roles.CITY_ADMIN,
                        Roles.MONITOR,
                        null,
                        200),
                new Write(
                        "POST /field-contacts",
                        () -> ApiRequest.of("POST", "/api/v1/field-contacts", FIELD_CONTACT),
                        Roles.MONITOR,
                        Roles.TRAINER,
                        null,
                        201),
                new Write(
                        "POST /follow-ups/{id}/done",
                        () -> ApiRequest.of(
                                "POST",
                                "/api/v1/follow-ups/"
                                        + ApiRequest.of("POST", "/api/v1/field-contacts", FIELD_CONTACT)
                                                .sendAsAdmin()
                                                .then()
                                                .statusCode(201)
                                                .extract()
                                                .path("followUps[0].id")
                                        + "/done",
                                "{\"note\":\"완료\"}"),
                        Roles.MONITOR,
                        Roles.EDITOR,
                        null,
                        200));
    }

    /** A new indicator, defined by a city admin (its ETag is "0"). */
    private static String definedIndicator() {
        String code = IndicatorRevisionTest.freshCode();
        ApiRequest.of("POST", "/api/v1/indicators", IndicatorRevisionTest.newIndicator(code, ""))
                .sendAsAdmin()
                .then()
                .statusCode(201);
        return code;
    }

    /** A contact in 은평구 (11380) leaving one follow-up. */
    static final String FIELD_CONTACT =
            "{\"districtCode\":\"11380\",\"kind\":\"CALL\",\"on\":\"2016-06-01\",\"topic\":\"권한 점검\","
                    + "\"notes\":\"전화 협의\",\"followUps\":[{\"action\":\"자료 회신\",\"dueOn\":\"2016-06-10\"}]}";

    /** 은평구's liaison, appointed again (the same person: If-Match with the current ETag once there is one). */
    private static ApiRequest appointLiaison() {
        String body =
                "{\"name\":\"최지우\",\"organisation\":\"서울시복지재단\",\"account\":\"liaison-choi\",\"from\":\"2016-01-04\"}";
        var current =
                ApiRequest.of("GET", "/api/v1/districts/11380/liaison", null).sendAsAdmin();
        ApiRequest request = ApiRequest.of("PUT", "/api/v1/districts/11380/liaison", body);
        return current.statusCode() == 200 ? request.withHeader("If-Match", current.header("ETag")) : request;
    }
}
