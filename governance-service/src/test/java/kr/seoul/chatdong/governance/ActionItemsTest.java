package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.governance.service.ActionItemService;
import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** Action items: the workflow, the overdue filter and the job that marks them overdue once with an event. */
@QuarkusTest
class ActionItemsTest {

    @Inject
    ActionItemService actionItems;

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static String item(String council, String title, String dueOn) {
        return given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + council + "\",\"title\":\"" + title
                        + "\",\"owner\":\"서울시 복지정책과\",\"dueOn\":\"" + dueOn + "\"}")
                .when()
                .post("/api/v1/action-items")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .extract()
                .path("id");
    }

    private static String etag(String item) {
        return given().when()
                .get("/api/v1/action-items/" + item)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void anItemPastItsDateGoesOverdueOnceWithAnEvent() throws Exception {
        String council = CouncilMembersTest.council("{\"name\":\"민관협력 T/F\",\"kind\":\"TASK_FORCE\"}");
        String late = item(council, "협의체 운영 현황 조사", "2016-05-31");
        String done = item(council, "설명회 개최", "2016-05-15");
        String later = item(council, "연차 보고", "2099-12-31");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(done))
                .when()
                .post("/api/v1/action-items/" + done + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("progress", equalTo(100));
        given().queryParam("councilId", council)
                .queryParam("overdue", "true")
                .when()
                .get("/api/v1/action-items")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(late))
                .body("items[0].overdue", equalTo(true));

        LocalDate today =
                LocalDate.of(2026, 1, 1).isAfter(LocalDate.now()) ? LocalDate.of(2026, 1, 1) : LocalDate.now();
        actionItems.markOverdue(today);
        actionItems.markOverdue(today);
        given().when().get("/api/v1/action-items/" + late).then().body("overdueSince", equalTo(today.toString()));
        given().when().get("/api/v1/action-items/" + later).then().body("overdueSince", equalTo(null));

        List<ConsumerRecord<String, String>> overdue = TestKafka.await(
                EventCatalog.ACTION_ITEM_OVERDUE.topic(), r -> r.key().equals(late), 1, Duration.ofSeconds(20));
        assertEquals(1, overdue.size());
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.ACTION_ITEM_OVERDUE, overdue.get(0).value())));
        JsonNode event = new ObjectMapper().readTree(overdue.get(0).value());
        assertEquals("2016-05-31", event.get("dueOn").asText());
        assertEquals("TASK_FORCE", event.get("councilKind").asText());
        assertEquals(true, event.get("districtCode").isNull());
        assertEquals(
                1,
                TestKafka.readToEnd(
                                EventCatalog.ACTION_ITEM_OVERDUE.topic(),
                                r -> r.key().equals(late))
                        .size(),
                "once only");
        assertEquals(
                0,
                TestKafka.readToEnd(
                                EventCatalog.ACTION_ITEM_OVERDUE.topic(),
                                r -> r.key().equals(done))
                        .size());
    }

    @Test
    void theWorkflowRefusesStepsOutOfOrder() {
        String council = CouncilMembersTest.council("{\"name\":\"자문위원회\",\"kind\":\"ADVISORY\"}");
        String id = item(council, "자문 결과 정리", "2030-06-30");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .when()
                .post("/api/v1/action-items/" + id + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .contentType(ContentType.JSON)
                .body("{\"progress\":40}")
                .when()
                .post("/api/v1/action-items/" + id + "/progress")
                .then()
                .statusCode(200)
                .body("progress", equalTo(40));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .contentType(ContentType.JSON)
                .body("{\"progress\":140}")
                .when()
                .post("/api/v1/action-items/" + id + "/progress")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"사업 변경\"}")
                .when()
                .post("/api/v1/action-items/" + id + "/drop")
                .then()
                .statusCode(200)
                .body("status", equalTo("DROPPED"))
                .body("dropReason", equalTo("사업 변경"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .when()
                .post("/api/v1/action-items/" + id + "/start")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("DROPPED"));
        given().queryParam("overdue", "false")
                .when()
                .get("/api/v1/action-items")
                .then()
                .statusCode(400);
    }
}
