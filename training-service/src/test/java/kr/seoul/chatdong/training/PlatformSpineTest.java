package kr.seoul.chatdong.training;

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
                "/api/v1/courses",
                "/api/v1/courses/{id}",
                "/api/v1/training-needs",
                "/api/v1/events/catalog",
                "/api/v1/cohorts",
                "/api/v1/cohorts/{id}",
                "/api/v1/cohorts/{id}/open",
                "/api/v1/cohorts/{id}/close",
                "/api/v1/cohorts/{id}/complete",
                "/api/v1/cohorts/{id}/cancel",
                "/api/v1/cohorts/{id}/sessions",
                "/api/v1/cohorts/{id}/enrolments",
                "/api/v1/enrolments/{id}",
                "/api/v1/enrolments/{id}/cancel",
                "/api/v1/trainees",
                "/api/v1/trainees/{id}",
                "/api/v1/sessions/{id}/attendance",
                "/api/v1/enrolments/{id}/certificate",
                "/api/v1/certificates/{number}");
    }

    @Override
    protected String migratedTable() {
        return "course";
    }
}
