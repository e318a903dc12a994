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
        return List.of(new Create("/api/v1/courses", Map.of("title", "심화과정", "track", "ADVANCED", "hours", 21,
                "fields", List.of("VILLAGE"), "description", "마을 생태계")));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(new ListQuery("/api/v1/courses", List.of("track", "field", "page", "size")),
                new ListQuery("/api/v1/training-needs", List.of("roundId", "district", "dongCode", "field", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> ApiRequest.of("GET", "/api/v1/courses?size=1", null).sendAsAdmin().then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
