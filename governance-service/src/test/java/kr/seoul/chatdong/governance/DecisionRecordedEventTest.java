package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.language.events.EventCatalog;
import kr.seoul.chatdong.testing.EventContracts;
import kr.seoul.chatdong.testing.TestKafka;
import kr.seoul.chatdong.testing.Tokens;

/** Every recorded decision is on the broker as decision.recorded (cases approves manual versions by it). */
@QuarkusTest
class DecisionRecordedEventTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @Test
    void aRecordedDecisionIsPublishedWithItsMeetingCouncilAndDay() throws Exception {
        String council = CouncilMembersTest.council("{\"name\":\"제작 T/F (매뉴얼)\",\"kind\":\"TASK_FORCE\"}");
        String a = CouncilMembersTest.member(council, "PUBLIC", "CHAIR", "2016-01-01", null);
        String b = CouncilMembersTest.member(council, "PRIVATE", "MEMBER", "2016-01-01", null);
        String meeting = given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + council + "\",\"title\":\"매뉴얼 제작 T/F 제2차 회의\","
                        + "\"scheduledAt\":\"2016-04-20T14:00:00+09:00\",\"place\":\"서울시청\",\"kind\":\"REGULAR\"}")
                .when()
                .post("/api/v1/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("[{\"memberId\":\"" + a + "\",\"present\":true},{\"memberId\":\"" + b + "\",\"present\":true}]")
                .when()
                .put("/api/v1/meetings/" + meeting + "/attendance")
                .then()
                .statusCode(200);
        String decision = given().contentType(ContentType.JSON)
                .body("{\"text\":\"업무매뉴얼 복지·건강 편 제2판 승인\"}")
                .when()
                .post("/api/v1/meetings/" + meeting + "/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("decisions[0].id");

        List<ConsumerRecord<String, String>> recorded = TestKafka.await(
                EventCatalog.DECISION_RECORDED.topic(), r -> decision.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, recorded.size());
        assertEquals(EventCatalog.DECISION_RECORDED.type(), TestKafka.header(recorded.get(0), "ce_type"));
        assertEquals(
                List.of(),
                List.copyOf(EventContracts.violations(
                        EventCatalog.DECISION_RECORDED, recorded.get(0).value())));
        JsonNode event = new ObjectMapper().readTree(recorded.get(0).value());
        assertEquals(meeting, event.get("meetingId").asText());
        assertEquals(decision, event.get("decisionId").asText());
        assertEquals(council, event.get("councilId").asText());
        assertEquals("TASK_FORCE", event.get("councilKind").asText());
        assertEquals("2016-04-20", event.get("decidedOn").asText());
        assertEquals("업무매뉴얼 복지·건강 편 제2판 승인", event.get("summary").asText());
    }
}
