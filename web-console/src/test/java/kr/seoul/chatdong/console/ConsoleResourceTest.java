package kr.seoul.chatdong.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The console as a container runs it: the services and the identity provider from the environment, no other sign-in. */
@QuarkusTest
class ConsoleResourceTest {

    @Test
    void configNamesTheServicesAndTheIdentityProvider() {
        given().when()
                .get("/config.json")
                .then()
                .statusCode(200)
                .body("monitoringUrl", equalTo("http://127.0.0.1:8082"))
                .body("casesUrl", equalTo("http://127.0.0.1:8084"))
                .body("oidcIssuer", equalTo("http://127.0.0.1:8180/realms/chatdong"))
                .body("oidcClientId", equalTo("chatdong-console"))
                .body("devLogin", nullValue());
    }

    @Test
    void theDevelopmentSignInIsGone() {
        given().contentType("application/json")
                .body("{\"role\":\"city-admin\"}")
                .when()
                .post("/api/dev-login")
                .then()
                .statusCode(404);
    }

    @Test
    void servesTheSinglePageApp() {
        given().when().get("/").then().statusCode(200).body(containsString("<div id=\"app\""));
    }
}
