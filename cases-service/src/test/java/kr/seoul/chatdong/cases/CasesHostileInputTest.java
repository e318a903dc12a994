package kr.seoul.chatdong.cases;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.HostileInputContract;

@QuarkusTest
class CasesHostileInputTest extends HostileInputContract {

    @Override
    protected List<Create> creates() {
        return List.of(
                new Create(
                        "/api/v1/cases",
                        Map.of(
                                "title",
                                "마을 공동체 사례",
                                "summary",
                                "요약",
                                "districtCode",
                                "11290",
                                "dongCode",
                                "1129052500",
                                "field",
                                "VILLAGE",
                                "fields",
                                List.of("VILLAGE", "WELFARE"),
                                "tags",
                                List.of("마을계획"),
                                "body",
                                "## 마을계획단\n주민 **30명**이 참여했다.",
                                "authors",
                                List.of("성북구 발굴단"),
                                "source",
                                "SUBMISSION")),
                new Create(
                        "/api/v1/discovery-team/members",
                        Map.of(
                                "name",
                                "김발굴",
                                "districtCode",
                                "11350",
                                "subject",
                                "d-11350",
                                "activeFrom",
                                "1970-01-01",
                                "activeTo",
                                "1970-01-31")),
                new Create(
                        "/api/v1/questions",
                        Map.of(
                                "districtCode",
                                "11290",
                                "dongCode",
                                "1129052500",
                                "topic",
                                "방문간호",
                                "text",
                                "동행 인력 기준이 있나요?")),
                new Create(
                        "/api/v1/contests",
                        Map.of(
                                "name",
                                "우수사례 공유대회",
                                "eligibleFrom",
                                "2015-07-01",
                                "eligibleTo",
                                "2016-06-30",
                                "criteria",
                                List.of(Map.of("name", "성과", "weight", 40), Map.of("name", "확산 가능성", "weight", 60)),
                                "eligibleDistrictCodes",
                                List.of("11290", "11200"))),
                new Create(
                        "/api/v1/manuals/welfare-health/feedback",
                        Map.of("section", "3장 방문상담 절차", "text", "기준을 적어 주세요.", "districtCode", "11290")));
    }

    /** A case whose revisions and comments are listed (written before the stored count is taken). */
    private String path;

    @org.junit.jupiter.api.BeforeEach
    void aCase() {
        String location = ApiRequest.of("POST", "/api/v1/cases", CasesAuthorizationTest.WITH_BODY)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        path = location.substring(location.indexOf("/api/"));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(
                new ListQuery(
                        "/api/v1/cases",
                        List.of(
                                "status",
                                "roundId",
                                "district",
                                "dongCode",
                                "field",
                                "tag",
                                "q",
                                "year",
                                "page",
                                "size")),
                new ListQuery(path + "/revisions", List.of("page", "size")),
                new ListQuery(path + "/comments", List.of("page", "size")),
                new ListQuery("/api/v1/discovery-team/members", List.of("district", "activeOn", "page", "size")),
                new ListQuery("/api/v1/discovery-team/workload", List.of("district", "activeOn", "page", "size")),
                new ListQuery("/api/v1/publishing/cadence", List.of("year")),
                new ListQuery("/api/v1/publishing/quota", List.of("year")),
                new ListQuery("/api/v1/casebooks", List.of("year", "page", "size")),
                new ListQuery("/api/v1/questions", List.of("q", "status", "districtCode", "topic", "page", "size")),
                new ListQuery("/api/v1/contests", List.of("status", "page", "size")),
                new ListQuery(
                        "/api/v1/manuals/welfare-health/feedback", List.of("status", "districtCode", "page", "size")),
                new ListQuery("/api/v1/manuals/welfare-health/versions", List.of("page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> ApiRequest.of("GET", "/api/v1/cases?size=1", null)
                        .sendAsAdmin()
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("total")
                + total("/api/v1/discovery-team/members")
                + total("/api/v1/questions")
                + total("/api/v1/contests")
                + total("/api/v1/manuals/welfare-health/feedback");
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
