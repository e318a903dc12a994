package kr.seoul.chatdong.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ServiceSpineContract;
import kr.seoul.chatdong.testing.TestKeys;

/** Also installs the test run's signing keys ({@link TestKeys}) for every test of this module. */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class PlatformSpineTest extends ServiceSpineContract {

    @Inject
    DataSource db;

    @Override
    protected List<String> documentedPaths() {
        return List.of(
                "/api/v1/rounds",
                "/api/v1/rounds/{id}",
                "/api/v1/districts",
                "/api/v1/districts/{code}",
                "/api/v1/districts/{code}/rollout",
                "/api/v1/dongs",
                "/api/v1/dongs/{code}",
                "/api/v1/dongs/{code}/rollout",
                "/api/v1/rollout-phases",
                "/api/v1/rounds/{id}/assessments",
                "/api/v1/rounds/{id}/assessments/{dongCode}/{field}",
                "/api/v1/rounds/{id}/complete",
                "/api/v1/consulting-assignments",
                "/api/v1/events/catalog",
                "/api/v1/indicators",
                "/api/v1/indicators/{code}",
                "/api/v1/indicators/{code}/values",
                "/api/v1/indicators/{code}/values/{scopeCode}/{period}",
                "/api/v1/rounds/{id}/results",
                "/api/v1/dongs/{code}/scores");
    }

    @Override
    protected String migratedTable() {
        return "monitoring_round";
    }

    @Test
    void phasesAreSeededAsThe2016PlanSetsThem() throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            ResultSet phases = s.executeQuery(
                    "SELECT string_agg(number || ':' || starts_in || ':' || planned_districts || '/' || planned_dongs, ',' ORDER BY number) FROM rollout_phase");
            phases.next();
            assertEquals("1:2015-07:13/80,2:2016-07:17/282,3:2017:25/424", phases.getString(1));
        }
    }
}
