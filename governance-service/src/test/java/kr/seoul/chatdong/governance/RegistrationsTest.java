package kr.seoul.chatdong.governance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.seoul.chatdong.testing.Tokens;

/** An open briefing: seats up to the capacity, a waiting list after, promotion when a seat is given back. */
@QuarkusTest
class RegistrationsTest {

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    private static String register(String meeting, String name, String status) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"organisation\":\"복지관\"}")
                .when()
                .post("/api/v1/meetings/" + meeting + "/registrations")
                .then()
                .statusCode(201)
                .body("status", equalTo(status))
                .extract()
                .path("id");
    }

    @Test
    void pastTheCapacityRegistrationsWaitAndMoveUpWhenASeatIsFreed() {
        String council = CouncilMembersTest.council("{\"name\":\"민간 종사자 설명회\",\"kind\":\"ADVISORY\"}");
        String briefing = given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + council + "\",\"title\":\"민간 종사자 설명회\","
                        + "\"scheduledAt\":\"2030-03-10T14:00:00+09:00\",\"kind\":\"BRIEFING\",\"capacity\":2}")
                .when()
                .post("/api/v1/meetings")
                .then()
                .statusCode(201)
                .body("capacity", equalTo(2))
                .extract()
                .path("id");
        String a = register(briefing, "가", "REGISTERED");
        register(briefing, "나", "REGISTERED");
        String c = register(briefing, "다", "WAITLISTED");
        register(briefing, "라", "WAITLISTED");
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/meetings/" + briefing + "/registrations/" + a + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().queryParam("status", "REGISTERED")
                .when()
                .get("/api/v1/meetings/" + briefing + "/registrations")
                .then()
                .body("total", equalTo(2))
                .body("items.name", contains("나", "다"));
        given().queryParam("status", "WAITLISTED")
                .when()
                .get("/api/v1/meetings/" + briefing + "/registrations")
                .then()
                .body("items.name", contains("라"));
        given().when()
                .get("/api/v1/meetings/" + briefing + "/registrations")
                .then()
                .body("total", equalTo(4));
        given().when()
                .get("/api/v1/meetings/" + briefing + "/registrations")
                .then()
                .body("items.find { it.id == '" + c + "' }.status", equalTo("REGISTERED"));

        String regular = given().contentType(ContentType.JSON)
                .body("{\"councilId\":\"" + council + "\",\"title\":\"정기회의\","
                        + "\"scheduledAt\":\"2030-03-10T14:00:00+09:00\"}")
                .when()
                .post("/api/v1/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"가\"}")
                .when()
                .post("/api/v1/meetings/" + regular + "/registrations")
                .then()
                .statusCode(422)
                .body("rule", equalTo("not-open-for-registration"));
    }
}
