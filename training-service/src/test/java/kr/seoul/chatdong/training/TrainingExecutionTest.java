package kr.seoul.chatdong.training;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/**
 * 교육실행율 = cohorts held ÷ cohorts planned for the year, per organiser: training's own read, and each
 * cohort's standing published through the outbox (cohort.planned) when it is planned, completed or
 * cancelled — and, by V14, for every cohort recorded before the event existed. 2013 and 강북구 are this
 * test's alone.
 */
@QuarkusTest
class TrainingExecutionTest {

    private static final String GANGBUK = "11305";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static String course(String organiser) {
        return given().contentType(ContentType.JSON)
                .body("{\"title\":\"실행율 교육 " + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"track\":\"BASIC\",\"hours\":3,\"fields\":[\"WELFARE\"],\"organiser\":\"" + organiser
                        + "\",\"audiences\":[\"SUPPORT_TEAM\"]}")
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String cohort(String course, int number, String day) {
        return given().contentType(ContentType.JSON)
                .body("{\"courseId\":\"" + course + "\",\"number\":" + number + ",\"startsOn\":\"" + day
                        + "\",\"endsOn\":\"" + day + "\",\"capacity\":10}")
                .post("/api/v1/cohorts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void step(String cohort, String step, long version) {
        given().header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON)
                .body(step.equals("cancel") ? "{\"reason\":\"강사 사정\"}" : "{}")
                .post("/api/v1/cohorts/" + cohort + "/" + step)
                .then()
                .statusCode(200);
    }

    /** The cohort.planned events of a cohort, in order, once {@code count} have arrived. */
    private static List<JsonPath> standings(String cohort, int count) throws Exception {
        List<ConsumerRecord<String, String>> events = TestKafka.await(
                EventCatalog.COHORT_PLANNED.topic(),
                r -> r.key().equals(cohort)
                        && EventCatalog.COHORT_PLANNED.type().equals(TestKafka.header(r, "ce_type")),
                count,
                WAIT);
        for (ConsumerRecord<String, String> event : events) {
            assertEquals(List.of(), List.copyOf(EventContracts.violations(EventCatalog.COHORT_PLANNED, event.value())));
        }
        return events.stream().map(e -> JsonPath.from(e.value())).toList();
    }

    @Test
    void aDistrictsRateIsItsCohortsHeldOverThoseOfTheYearACancelledOneStaysPlanned() throws Exception {
        String gangbuk = course(GANGBUK);
        String held = cohort(gangbuk, 1, "2013-04-10");
        String cancelled = cohort(gangbuk, 2, "2013-05-10");
        String open = cohort(gangbuk, 3, "2013-06-10");
        cohort(gangbuk, 4, "2013-07-10");
        cohort(gangbuk, 5, "2014-01-10"); // another year's
        step(held, "open", 0);
        step(held, "close", 1);
        step(held, "complete", 2);
        step(cancelled, "cancel", 0);
        step(open, "open", 0);
        String city = cohort(course("CITY"), 1, "2013-09-10");
        step(city, "open", 0);
        step(city, "close", 1);
        step(city, "complete", 2);

        given().get("/api/v1/training-execution/2013")
                .then()
                .statusCode(200)
                .body("year", equalTo(2013))
                .body("organisers[0].organiser", equalTo("CITY"))
                .body("organisers[0].organiserName", equalTo("서울시"))
                .body("organisers.find { it.organiser == '11305' }.organiserName", equalTo("강북구"))
                .body("organisers.find { it.organiser == '11305' }.planned", equalTo(4))
                .body("organisers.find { it.organiser == '11305' }.held", equalTo(1))
                .body("organisers.find { it.organiser == '11305' }.cancelled", equalTo(1))
                .body("organisers.find { it.organiser == '11305' }.pending", equalTo(2))
                .body("organisers.find { it.organiser == '11305' }.rate", equalTo(0.25f))
                .body("organisers.find { it.organiser == 'CITY' }.held", greaterThanOrEqualTo(1))
                .body("total.organiser", equalTo(null));
        given().get("/api/v1/training-execution/2014")
                .then()
                .statusCode(200)
                .body("organisers.find { it.organiser == '11305' }.planned", equalTo(1))
                .body("organisers.find { it.organiser == '11305' }.rate", equalTo(0.0f));
        assertProblem(given().get("/api/v1/training-execution/1999").then(), 400, "validation");

        // published: planned, then held; planned, then cancelled; opening and closing publish nothing
        List<JsonPath> heldEvents = standings(held, 2);
        assertEquals(
                List.of("PLANNED", "HELD"),
                heldEvents.stream().map(e -> e.getString("status")).toList());
        assertEquals(GANGBUK, heldEvents.get(1).getString("organiser"));
        assertEquals(2013, heldEvents.get(1).getInt("year"));
        assertEquals(gangbuk, heldEvents.get(1).getString("courseId"));
        assertEquals(
                List.of("PLANNED", "CANCELLED"),
                standings(cancelled, 2).stream().map(e -> e.getString("status")).toList());
        assertEquals(
                1,
                TestKafka.readToEnd(
                                EventCatalog.COHORT_PLANNED.topic(),
                                r -> r.key().equals(open))
                        .size(),
                "the opened cohort was published once, when it was planned");
        assertEquals("CITY", standings(city, 2).get(1).getString("organiser"));
    }

    /** V14: the cohorts seeded before the event existed (the practice course's 2016 cohorts) were published. */
    @Test
    void theCohortsRecordedBeforeTheEventWerePublishedByTheMigration() throws Exception {
        JsonPath first = standings("b0000000-0000-4000-8000-000000000001", 1).get(0);
        assertEquals("CITY", first.getString("organiser"));
        assertEquals(2016, first.getInt("year"));
        assertEquals("2016-02-24", first.getString("startsOn"));
        assertEquals("PLANNED", first.getString("status"));
        given().get("/api/v1/training-execution/2016")
                .then()
                .statusCode(200)
                .body("organisers.find { it.organiser == 'CITY' }.planned", greaterThanOrEqualTo(3));
    }
}
