package kr.seoul.chatdong.training;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.HostileInputContract;

@QuarkusTest
class TrainingHostileInputTest extends HostileInputContract {

    @Override
    protected List<Create> creates() {
        return List.of(
                new Create(
                        "/api/v1/courses",
                        Map.of(
                                "title",
                                "심화과정",
                                "track",
                                "ADVANCED",
                                "hours",
                                21,
                                "fields",
                                List.of("VILLAGE"),
                                "description",
                                "마을 생태계")),
                new Create(
                        "/api/v1/trainees",
                        Map.of(
                                "name",
                                "적대",
                                "organisation",
                                "성북동 주민센터",
                                "districtCode",
                                "11290",
                                "dongCode",
                                "1129052500",
                                "jobType",
                                "행정")),
                new Create(
                        "/api/v1/district-training-reports",
                        Map.of(
                                "districtCode",
                                "11290",
                                "year",
                                2012,
                                "month",
                                5,
                                "title",
                                "구 자체 교육",
                                "audience",
                                "CIVIL_SERVANT",
                                "completions",
                                12)),
                new Create(
                        "/api/v1/instructors",
                        Map.of(
                                "name",
                                "적대 강사",
                                "organisation",
                                "서울시복지재단",
                                "affiliation",
                                "PRIVATE",
                                "fields",
                                List.of("WELFARE"),
                                "activeFrom",
                                "2016-01-04")));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(
                new ListQuery("/api/v1/courses", List.of("track", "field", "page", "size")),
                new ListQuery(
                        "/api/v1/training-needs",
                        List.of("source", "roundId", "district", "dongCode", "field", "size")),
                new ListQuery("/api/v1/trainees", List.of("district", "dongCode", "page", "size")),
                new ListQuery("/api/v1/cohorts", List.of("courseId", "status", "page", "size")),
                new ListQuery("/api/v1/district-training-reports", List.of("district", "year", "page", "size")),
                new ListQuery("/api/v1/instructors", List.of("field", "affiliation", "active", "page", "size")),
                new ListQuery(
                        "/api/v1/cohorts/b0000000-0000-4000-8000-000000000001/enrolments",
                        List.of("status", "page", "size")),
                new ListQuery(
                        "/api/v1/cohorts/b0000000-0000-4000-8000-000000000001/sessions", List.of("page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> total("/api/v1/courses")
                + total("/api/v1/trainees")
                + total("/api/v1/district-training-reports")
                + total("/api/v1/instructors");
    }

    private static long total(String list) {
        return ApiRequest.of("GET", list + "?size=1", null)
                .sendAsAdmin()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
