package kr.seoul.chatdong.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * What every service of the platform proves about itself, against the real PostgreSQL and Kafka:
 * its migrations ran, its API is documented, and its readiness tells the truth. A service's test
 * extends this (annotated {@code @QuarkusTest}) and names its endpoints and tables.
 */
public abstract class ServiceSpineContract {

    @BeforeEach
    void actAsCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    public static final String DATABASE_CHECK = "Database connections health check";

    @Inject
    DataSource dataSource;

    /** Paths the service's OpenAPI document must list. */
    protected abstract List<String> documentedPaths();

    /** A table the service's first migration creates. */
    protected abstract String migratedTable();

    @Test
    void flywayMigratedTheSchema() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            ResultSet applied =
                    s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL");
            applied.next();
            assertTrue(applied.getInt(1) >= 1, "at least one versioned migration applied");
            ResultSet table = s.executeQuery("SELECT to_regclass('public." + migratedTable() + "') IS NOT NULL");
            table.next();
            assertTrue(table.getBoolean(1), migratedTable() + " exists");
        }
    }

    @Test
    void openApiListsTheEndpointsAndTheirProblems() {
        var response = given().accept(ContentType.JSON)
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("components.schemas", hasKey("Problem"));
        for (String path : documentedPaths()) {
            response.body("paths", hasKey(path));
        }
        String first = documentedPaths().get(0);
        response.body("paths.'" + first + "'.get.responses.'400'.content.'application/problem+json'", notNullValue());
    }

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(DATABASE_CHECK, "Kafka broker"));
    }

    @Test
    void readinessSaysDownWhenTheDatabaseIsUnreachableAndRecovers() throws Exception {
        try (DatabaseOutage outage = DatabaseOutage.start()) {
            given().when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN"));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().when()
                        .get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UP")));
    }
}
