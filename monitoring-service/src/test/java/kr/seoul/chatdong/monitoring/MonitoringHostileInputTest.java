package kr.seoul.chatdong.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.HostileInputContract;

@QuarkusTest
class MonitoringHostileInputTest extends HostileInputContract {

    @Override
    protected List<Create> creates() {
        return List.of(new Create("/api/v1/rounds", Map.of("name", "2016년 3차 모니터링", "startsOn", "2016-08-01", "endsOn", "2016-11-30",
                "dongCodes", List.of("1129052500"), "underperformingBelow", 60, "excellentFrom", 90)));
    }

    @Override
    protected List<ListQuery> lists() {
        return List.of(new ListQuery("/api/v1/rounds", List.of("status", "page", "size")),
                new ListQuery("/api/v1/dongs", List.of("district", "phase", "q", "page", "size")),
                new ListQuery("/api/v1/districts", List.of("phase", "size")),
                new ListQuery("/api/v1/consulting-assignments", List.of("roundId", "district", "dongCode", "field", "status")),
                new ListQuery("/api/v1/indicators", List.of("kind", "page", "size")),
                new ListQuery("/api/v1/indicators/WELFARE_PLANNER_VISITS/values", List.of("period", "districtCode", "page", "size")));
    }

    @Override
    protected Supplier<Long> storedCount() {
        return () -> MonitoringFixtures.total("/api/v1/rounds");
    }
}
