package kr.seoul.chatdong.monitoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.HostileInputContract;

@QuarkusTest
class MonitoringHostileInputTest extends HostileInputContract {

    /** The survey whose waves the hostile wave creates go to (defined when the test asks for the creates). */
    private String survey;

    @Inject
    DefinedIndicators defined;

    @AfterEach
    void removeDefinedIndicators() {
        defined.remove();
    }

    @Override
    protected List<Create> creates() {
        survey = SurveyFixtures.surveyWithBaseline();
        return List.of(
                new Create(
                        "/api/v1/rounds",
                        Map.of(
                                "name",
                                "2016년 3차 모니터링",
                                "startsOn",
                                "2016-08-01",
                                "endsOn",
                                "2016-11-30",
                                "dongCodes",
                                List.of("1129052500"),
                                "underperformingBelow",
                                60,
                                "excellentFrom",
                                90)),
                new Create(
                        "/api/v1/surveys",
                        Map.of(
                                "code",
                                "hostile-" + UUID.randomUUID(),
                                "title",
                                "서울시민 인식조사",
                                "population",
                                "RESIDENTS",
                                "questions",
                                List.of(Map.of(
                                        "code", "awareness", "text", "‘찾아가는 동주민센터’ 사업을 알고 계십니까?", "scale", "YES_NO")))),
                new Create(
                        survey + "/waves",
                        Map.of(
                                "code",
                                "2016-follow-up",
                                "kind",
                                "FOLLOW_UP",
                                "fieldedFrom",
                                "2016-05-01",
                                "fieldedTo",
                                "2016-06-30")),
                new Create(
                        "/api/v1/field-contacts",
                        Map.of(
                                "districtCode",
                                "11380",
                                "dongCode",
                                "1138051000",
                                "kind",
                                "VISIT",
                                "on",
                                "2016-06-02",
                                "topic",
                                "현장 방문",
                                "notes",
                                "**은평구** 간담회",
                                "followUps",
                                List.of(Map.of("action", "자료 회신", "dueOn", "2016-06-30")))),
                new Create(
                        "/api/v1/indicators",
                        Map.of(
                                "code",
                                IndicatorRevisionTest.freshCode(),
                                "nameKo",
                                "마을계획단 참여 주민 수",
                                "nameEn",
                                "Village planning team members",
                                "kind",
                                "PROCESS",
                                "unit",
                                "명",
                                "scope",
                                "DONG",
                                "period",
                                "HALF_YEAR",
                                "description",
                                "마을계획단에 참여한 주민 수.",
                                "targets",
                                Map.of("2016", 300))));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(
                new ListQuery("/api/v1/rounds", List.of("status", "page", "size")),
                new ListQuery("/api/v1/dongs", List.of("district", "phase", "q", "page", "size")),
                new ListQuery("/api/v1/districts", List.of("phase", "size")),
                new ListQuery(
                        "/api/v1/consulting-assignments",
                        List.of("roundId", "district", "dongCode", "field", "status")),
                new ListQuery("/api/v1/surveys", List.of("population", "page", "size")),
                new ListQuery(survey + "/waves", List.of("page", "size")),
                new ListQuery(survey + "/waves/2015-baseline/aggregates", List.of("group")),
                new ListQuery(survey + "/comparison", List.of("baseline", "followUp", "question")),
                new ListQuery("/api/v1/indicators", List.of("kind", "page", "size")),
                new ListQuery("/api/v1/field-contacts", List.of("districtCode", "kind", "from", "to", "page", "size")),
                new ListQuery("/api/v1/liaison/summary", List.of("month", "page", "size")),
                new ListQuery(
                        "/api/v1/indicators/WELFARE_PLANNER_VISITS/values",
                        List.of("period", "districtCode", "page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> MonitoringFixtures.total("/api/v1/rounds")
                + MonitoringFixtures.total("/api/v1/surveys")
                + MonitoringFixtures.total(survey + "/waves")
                + MonitoringFixtures.total("/api/v1/field-contacts")
                + MonitoringFixtures.total("/api/v1/indicators");
    }
}
