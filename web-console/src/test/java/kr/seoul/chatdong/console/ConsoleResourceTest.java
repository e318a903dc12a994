package kr.seoul.chatdong.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The console as a container runs it: no CONSOLE_DEV_LOGIN, so no development sign-in. */
@QuarkusTest
class ConsoleResourceTest {

    @Test
    void configNamesTheServicesAndNoDevLogin() {
        given().when().get("/config.json").then().statusCode(200)
                .body("monitoringUrl", equalTo("http://127.0.0.1:8082"))
                .body("casesUrl", equalTo("http://127.0.0.1:8084"))
                .body("devLogin", equalTo(false));
    }

    @Test
    void devLoginIsNotFoundUnlessTurnedOn() {
        given().contentType("application/json").body("{\"role\":\"city-admin\"}")
                .when().post("/api/dev-login").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void servesTheSinglePageApp() {
        given().when().get("/").then().statusCode(200).body(containsString("<div id=\"app\""));
    }
}
