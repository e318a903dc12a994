package kr.seoul.chatdong.governance;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ServiceSpineContract;
import kr.seoul.chatdong.testing.TestKeys;

/** Also installs the test run's signing keys ({@link TestKeys}) for every test of this module. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class PlatformSpineTest extends ServiceSpineContract {

    @Override
    protected List<String> documentedPaths() {
        return List.of(
                "/api/v1/councils",
                "/api/v1/councils/{id}",
                "/api/v1/councils/{id}/members",
                "/api/v1/councils/{id}/composition",
                "/api/v1/meetings",
                "/api/v1/meetings/{id}",
                "/api/v1/agenda-items",
                "/api/v1/meetings/{id}/record",
                "/api/v1/meetings/{id}/attendance",
                "/api/v1/meetings/{id}/decisions",
                "/api/v1/meetings/{id}/minutes",
                "/api/v1/meetings/{id}/close",
                "/api/v1/councils/{id}/meetings.ics",
                "/api/v1/action-items",
                "/api/v1/action-items/{id}",
                "/api/v1/plans/{year}",
                "/api/v1/support-teams",
                "/api/v1/plans/{year}/due",
                "/api/v1/events/catalog");
    }

    @Override
    protected String migratedTable() {
        return "council";
    }
}
