package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.language.events.EventType;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * The derived indicators, fed each producer's own example (read from the event catalog) through
 * the real broker with CloudEvents headers: the value each derives, computed here by hand; the
 * same event delivered twice counting once; the same cohort, meeting or case reported again by a
 * new event replacing, not adding to, what it counted. Each test moves the example to years of its
 * own so that tests do not add to each other's values.
 */
@QuarkusTest
class IndicatorEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    /** The producer's example with its id and date fields replaced. */
    static String example(EventType<?> type, Map<String, String> replaced) throws Exception {
        ObjectNode example = (ObjectNode) EventContracts.exampleNode(type).deepCopy();
        replaced.forEach(example::put);
        return JSON.writeValueAsString(example);
    }

    /** Publishes {@code payload} as an event of {@code type} about {@code key}; returns its ce_id. */
    static String publish(EventType<?> type, String key, String payload) {
        Map<String, String> headers = TestKafka.cloudEvent(type.type(), key);
        TestKafka.send(type.topic(), key, headers, payload);
        return headers.get("ce_id");
    }

    static Response value(String indicator, String scope, String period) {
        return given().when().get("/api/v1/indicators/" + indicator + "/values/" + scope + "/" + period);
    }

    static void awaitValue(
            String indicator, String scope, String period, String value, long numerator, long denominator) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            Response response = value(indicator, scope, period);
            response.then()
                    .statusCode(200)
                    .body("numerator", equalTo((int) numerator))
                    .body("denominator", equalTo((int) denominator));
            assertEquals(value, IndicatorResourceTest.number(response, "value"));
        });
    }

    // --- training cohort.planned → TRAINING_EXECUTION_RATE (cohorts held ÷ cohorts planned) ---

    /** The producer's cohort.planned example as a cohort of its own, of an organiser, year and status. */
    static String cohortPlan(String cohort, String organiser, int year, String status) throws Exception {
        ObjectNode example = (ObjectNode) JSON.readTree(example(
                EventCatalog.COHORT_PLANNED,
                Map.of(
                        "cohortId", cohort,
                        "organiser", organiser,
                        "status", status,
                        "startsOn", year + "-03-09",
                        "endsOn", year + "-03-11")));
        example.put("year", year);
        return JSON.writeValueAsString(example);
    }

    @Test
    void aDistrictsCohortsDeriveItsRateAsHeldOverPlannedTheCitysCountForNoDistrict() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        for (String cohort : java.util.List.of(first, second, third)) {
            publish(EventCatalog.COHORT_PLANNED, cohort, cohortPlan(cohort, "11290", 2031, "PLANNED"));
        }
        awaitValue("TRAINING_EXECUTION_RATE", "11290", "2031", "0.0", 0, 3);

        // the first is held, the second cancelled (planned, not held): 1 of 3
        publish(EventCatalog.COHORT_PLANNED, second, cohortPlan(second, "11290", 2031, "CANCELLED"));
        // a cohort the city runs, held, on the first cohort's partition so that it is handled before the next
        publish(EventCatalog.COHORT_PLANNED, first, cohortPlan(UUID.randomUUID().toString(), "CITY", 2031, "HELD"));
        String held = publish(EventCatalog.COHORT_PLANNED, first, cohortPlan(first, "11290", 2031, "HELD"));
        // 성동구's one cohort, held: 1 of 1
        String seongdong = UUID.randomUUID().toString();
        publish(EventCatalog.COHORT_PLANNED, seongdong, cohortPlan(seongdong, "11200", 2031, "HELD"));

        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> value("TRAINING_EXECUTION_RATE", "11290", "2031")
                        .then()
                        .statusCode(200)
                        .body("sourceEventId", equalTo(held)));
        awaitValue("TRAINING_EXECUTION_RATE", "11290", "2031", "33.3", 1, 3);
        awaitValue("TRAINING_EXECUTION_RATE", "11200", "2031", "100.0", 1, 1);
        value("TRAINING_EXECUTION_RATE", "11290", "2031").then().body("districtCode", equalTo("11290"));
        given().queryParam("period", "2031")
                .when()
                .get("/api/v1/indicators/TRAINING_EXECUTION_RATE/values")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.scopeCode", equalTo(java.util.List.of("11200", "11290")));
    }

    @Test
    void aCohortPlanDeliveredTwiceCountsOnceAndItsNewestStandingReplacesTheOld() throws Exception {
        String first = UUID.randomUUID().toString();
        String payload = cohortPlan(first, "11290", 2032, "PLANNED");
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.COHORT_PLANNED.type(), first);
        TestKafka.send(EventCatalog.COHORT_PLANNED.topic(), first, headers, payload);
        TestKafka.send(EventCatalog.COHORT_PLANNED.topic(), first, headers, payload);
        // a second cohort of the year, held: 1 of 2; the duplicate would make it 1 of 3
        String second = UUID.randomUUID().toString();
        publish(EventCatalog.COHORT_PLANNED, second, cohortPlan(second, "11290", 2032, "HELD"));
        awaitValue("TRAINING_EXECUTION_RATE", "11290", "2032", "50.0", 1, 2);

        // the first cohort reported again by a new event (a new ce_id): it replaces what the cohort counted
        String again = publish(EventCatalog.COHORT_PLANNED, first, payload);
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> value("TRAINING_EXECUTION_RATE", "11290", "2032")
                        .then()
                        .statusCode(200)
                        .body("sourceEventId", equalTo(again)));
        awaitValue("TRAINING_EXECUTION_RATE", "11290", "2032", "50.0", 1, 2);

        // then held, and moved to the next year (its dates changed): it leaves 2032 for 2033
        publish(EventCatalog.COHORT_PLANNED, first, cohortPlan(first, "11290", 2033, "HELD"));
        awaitValue("TRAINING_EXECUTION_RATE", "11290", "2033", "100.0", 1, 1);
        awaitValue("TRAINING_EXECUTION_RATE", "11290", "2032", "100.0", 1, 1);
    }

    // --- governance meeting.held → PUBLIC_PRIVATE_COLLABORATION ---

    @Test
    void meetingsOfADistrictCouncilAreCountedPerHalfYearOnceEachCityCouncilsForNoDistrict() throws Exception {
        String meeting = UUID.randomUUID().toString();
        String payload = example(EventCatalog.MEETING_HELD, Map.of("meetingId", meeting, "heldOn", "2031-04-20"));
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.MEETING_HELD.type(), meeting);
        TestKafka.send(EventCatalog.MEETING_HELD.topic(), meeting, headers, payload);
        TestKafka.send(EventCatalog.MEETING_HELD.topic(), meeting, headers, payload);
        // the same meeting reported again by a new event counts once too
        publish(EventCatalog.MEETING_HELD, meeting, payload);
        // a city-wide council's meeting (no districtCode) counts for no district
        ObjectNode cityWide = (ObjectNode) JSON.readTree(example(
                EventCatalog.MEETING_HELD,
                Map.of(
                        "meetingId",
                        UUID.randomUUID().toString(),
                        "heldOn",
                        "2031-05-02",
                        "councilKind",
                        "METROPOLITAN")));
        cityWide.putNull("districtCode");
        publish(EventCatalog.MEETING_HELD, meeting, JSON.writeValueAsString(cityWide));
        // a second meeting of the district council in the same half-year, last on the same partition
        String second = UUID.randomUUID().toString();
        String secondEvent = publish(
                EventCatalog.MEETING_HELD,
                meeting,
                example(EventCatalog.MEETING_HELD, Map.of("meetingId", second, "heldOn", "2031-06-30")));

        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> value("PUBLIC_PRIVATE_COLLABORATION", "11290", "2031-H1")
                        .then()
                        .statusCode(200)
                        .body("sourceEventId", equalTo(secondEvent)));
        awaitValue("PUBLIC_PRIVATE_COLLABORATION", "11290", "2031-H1", "2", 2, 0);
        given().queryParam("period", "2031-H1")
                .when()
                .get("/api/v1/indicators/PUBLIC_PRIVATE_COLLABORATION/values")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        assertProblem(value("PUBLIC_PRIVATE_COLLABORATION", "11290", "2031-H2").then(), 404, "not-found");
    }

    // --- cases case.published → BEST_PRACTICE_CASES_PUBLISHED ---

    @Test
    void publishedCasesAreCountedPerDistrictAndSeoulYearOnceEach() throws Exception {
        String first = UUID.randomUUID().toString();
        String payload =
                example(EventCatalog.CASE_PUBLISHED, Map.of("caseId", first, "publishedAt", "2031-05-10T01:00:00Z"));
        Map<String, String> headers = TestKafka.cloudEvent(EventCatalog.CASE_PUBLISHED.type(), first);
        TestKafka.send(EventCatalog.CASE_PUBLISHED.topic(), first, headers, payload);
        TestKafka.send(EventCatalog.CASE_PUBLISHED.topic(), first, headers, payload);
        awaitValue("BEST_PRACTICE_CASES_PUBLISHED", "11290", "2031", "1", 1, 0);

        // 2031-12-31 15:30 UTC is already 2032 in Seoul
        String newYear = UUID.randomUUID().toString();
        publish(
                EventCatalog.CASE_PUBLISHED,
                newYear,
                example(EventCatalog.CASE_PUBLISHED, Map.of("caseId", newYear, "publishedAt", "2031-12-31T15:30:00Z")));
        String second = UUID.randomUUID().toString();
        publish(
                EventCatalog.CASE_PUBLISHED,
                second,
                example(EventCatalog.CASE_PUBLISHED, Map.of("caseId", second, "publishedAt", "2031-08-01T00:00:00Z")));
        awaitValue("BEST_PRACTICE_CASES_PUBLISHED", "11290", "2031", "2", 2, 0);
        awaitValue("BEST_PRACTICE_CASES_PUBLISHED", "11290", "2032", "1", 1, 0);

        // the first case published again, now as a case of 성동구: it moves, it is not counted twice
        String moved = publish(
                EventCatalog.CASE_PUBLISHED,
                first,
                example(
                        EventCatalog.CASE_PUBLISHED,
                        Map.of(
                                "caseId",
                                first,
                                "publishedAt",
                                "2031-05-10T01:00:00Z",
                                "districtCode",
                                "11200",
                                "dongCode",
                                "1120059000")));
        Awaitility.await()
                .atMost(WAIT)
                .untilAsserted(() -> value("BEST_PRACTICE_CASES_PUBLISHED", "11200", "2031")
                        .then()
                        .statusCode(200)
                        .body("sourceEventId", equalTo(moved)));
        awaitValue("BEST_PRACTICE_CASES_PUBLISHED", "11290", "2031", "1", 1, 0);
        awaitValue("BEST_PRACTICE_CASES_PUBLISHED", "11200", "2031", "1", 1, 0);
    }
}
