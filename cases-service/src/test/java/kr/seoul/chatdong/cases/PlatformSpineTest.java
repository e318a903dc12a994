package kr.seoul.chatdong.cases;

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
                "/api/v1/cases",
                "/api/v1/cases/{id}",
                "/api/v1/events/catalog",
                "/api/v1/cases/{id}/start",
                "/api/v1/cases/{id}/submit",
                "/api/v1/cases/{id}/reject",
                "/api/v1/cases/{id}/publish",
                "/api/v1/cases/{id}/archive",
                "/api/v1/cases/{id}/withdraw",
                "/api/v1/cases/{id}/revisions",
                "/api/v1/cases/{id}/comments",
                "/api/v1/cases/feed.atom",
                "/api/v1/cases/{id}/assign",
                "/api/v1/discovery-team/members",
                "/api/v1/discovery-team/members/{id}",
                "/api/v1/discovery-team/workload",
                "/api/v1/publishing/cadence",
                "/api/v1/publishing/quota",
                "/api/v1/casebooks",
                "/api/v1/casebooks/{id}",
                "/api/v1/casebooks/{id}.pdf",
                "/api/v1/casebooks/{id}/print-runs",
                "/api/v1/contests",
                "/api/v1/contests/{id}",
                "/api/v1/contests/{id}/entries",
                "/api/v1/contests/{id}/entries/{entryId}",
                "/api/v1/contests/{id}/judges",
                "/api/v1/contests/{id}/entries/{entryId}/scores",
                "/api/v1/contests/{id}/ranking",
                "/api/v1/contests/{id}/publish-results",
                "/api/v1/questions",
                "/api/v1/questions/{id}",
                "/api/v1/questions/{id}/answers",
                "/api/v1/questions/{id}/publish-as-faq",
                "/api/v1/questions/{id}/adopt",
                "/api/v1/manuals",
                "/api/v1/manuals/{volumeId}",
                "/api/v1/manuals/{volumeId}/versions",
                "/api/v1/manuals/{volumeId}/versions/{version}",
                "/api/v1/manuals/{volumeId}/versions/{version}/submit",
                "/api/v1/manuals/{volumeId}/versions/{version}/approve",
                "/api/v1/manuals/{volumeId}/versions/{version}/distribute",
                "/api/v1/manuals/{volumeId}/feedback",
                "/api/v1/manuals/{volumeId}/feedback/{id}",
                "/api/v1/manuals/{volumeId}/feedback/{id}/decline");
    }

    @Override
    protected String migratedTable() {
        return "best_practice_case";
    }
}
