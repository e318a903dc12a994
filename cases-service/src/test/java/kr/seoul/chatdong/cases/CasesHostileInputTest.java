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
        return List.of(new Create("/api/v1/cases", Map.of("title", "마을 공동체 사례", "summary", "요약", "districtCode", "11290",
                "dongCode", "1129052500", "field", "VILLAGE", "fields", List.of("VILLAGE", "WELFARE"), "tags", List.of("마을계획"),
                "body", "## 마을계획단\n주민 **30명**이 참여했다.", "authors", List.of("성북구 발굴단"), "source", "SUBMISSION")),
                new Create("/api/v1/discovery-team/members", Map.of("name", "김발굴", "districtCode", "11350", "subject", "d-11350",
                        "activeFrom", "1970-01-01", "activeTo", "1970-01-31")));
    }

    /** A case whose revisions and comments are listed (written before the stored count is taken). */
    private String path;

    @org.junit.jupiter.api.BeforeEach
    void aCase() {
        String location = ApiRequest.of("POST", "/api/v1/cases", CasesAuthorizationTest.WITH_BODY).sendAsAdmin().then().statusCode(201)
                .extract().header("Location");
        path = location.substring(location.indexOf("/api/"));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(new ListQuery("/api/v1/cases", List.of("status", "roundId", "district", "dongCode", "field", "tag", "q", "year", "page", "size")),
                new ListQuery(path + "/revisions", List.of("page", "size")),
                new ListQuery(path + "/comments", List.of("page", "size")),
                new ListQuery("/api/v1/discovery-team/members", List.of("district", "activeOn", "page", "size")),
                new ListQuery("/api/v1/discovery-team/workload", List.of("district", "activeOn", "page", "size")),
                new ListQuery("/api/v1/publishing/cadence", List.of("year")),
                new ListQuery("/api/v1/casebooks", List.of("year", "page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> ApiRequest.of("GET", "/api/v1/cases?size=1", null).sendAsAdmin().then().statusCode(200)
                .extract().jsonPath().getLong("total")
                + ApiRequest.of("GET", "/api/v1/discovery-team/members?size=1", null).sendAsAdmin().then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
