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
                "dongCode", "1129052500", "field", "VILLAGE")));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(new ListQuery("/api/v1/cases", List.of("status", "roundId", "district", "dongCode", "field", "page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> ApiRequest.of("GET", "/api/v1/cases?size=1", null).sendAsAdmin().then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
