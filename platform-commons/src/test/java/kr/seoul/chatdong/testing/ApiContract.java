package kr.seoul.chatdong.testing;

import static io.restassured.RestAssured.given;
import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The API contract every service keeps, on one of its resources: If-Match on updates (428 missing,
 * 412 stale, exactly one of two concurrent editors wins), Idempotency-Key on creates, the audit
 * trail, CORS for the configured front-end origin only, and body-less actions that take a request whatever its
 * Content-Type (Python's urllib and Java's HttpURLConnection send a form type on every POST).
 */
public abstract class ApiContract {

    /** A valid create (POST) of the resource, as a city admin would send it. */
    protected abstract ApiRequest create();

    /** A valid PATCH body for the created resource. */
    protected abstract String patch();

    /** The entity name its audit entries carry. */
    protected abstract String auditedEntity();

    @BeforeEach
    void noDefaultToken() {
        RestAssured.requestSpecification = null;
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    private String created() {
        return create().sendAsAdmin().then().statusCode(201).extract().header("Location");
    }

    private Response patch(String location, String ifMatch) {
        ApiRequest request = ApiRequest.of("PATCH", location, patch());
        return (ifMatch == null ? request : request.withHeader("If-Match", ifMatch)).sendAsAdmin();
    }

    @Test
    void anUpdateWithoutIfMatchIsRefusedWith428() {
        assertProblem(patch(created(), null).then(), 428, "precondition-required")
                .body("currentETag", equalTo("\"0\""));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndTheCurrentVersion() {
        String location = created();
        patch(location, "\"0\"").then().statusCode(200).header("ETag", "\"1\"");
        assertProblem(patch(location, "\"0\"").then(), 412, "precondition-failed")
                .body("currentVersion", equalTo(1));
        ApiRequest.of("GET", location, null)
                .sendAsAdmin()
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
    }

    @Test
    void ofTwoConcurrentEditorsWithTheSameETagExactlyOneWins() throws Exception {
        String location = created();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> edit = () -> patch(location, "\"0\"").statusCode();
            List<Future<Integer>> results = pool.invokeAll(List.of(edit, edit));
            List<Integer> statuses =
                    List.of(results.get(0).get(), results.get(1).get());
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one 200 in " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 412).count(), "exactly one 412 in " + statuses);
        } finally {
            pool.shutdownNow();
        }
        ApiRequest.of("GET", location, null).sendAsAdmin().then().header("ETag", "\"1\"");
    }

    @Test
    void theSameIdempotencyKeyCreatesOnceAndAnswersTheSameAgain() {
        String key = UUID.randomUUID().toString();
        ApiRequest request = create().withHeader("Idempotency-Key", key);
        Response first = request.sendAsAdmin();
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = request.sendAsAdmin();
        again.then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"));
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertNotEquals(
                first.jsonPath().getString("id"),
                create().sendAsAdmin().jsonPath().getString("id"),
                "without a key, a second create");
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        ApiRequest original = create();
        original.withHeader("Idempotency-Key", key).sendAsAdmin().then().statusCode(201);
        String different = original.body().replaceFirst(":\\s*\"", ":\"(수정) ");
        assertNotEquals(original.body(), different);
        assertProblem(
                new ApiRequest("POST", original.path(), different, original.headers())
                        .withHeader("Idempotency-Key", key)
                        .sendAsAdmin()
                        .then(),
                422,
                "domain-rule");
    }

    @Test
    void everyWriteIsInTheAuditTrailForCityAdminsOnly() {
        String location = created();
        String id = location.substring(location.lastIndexOf('/') + 1);
        patch(location, "\"0\"").then().statusCode(200);
        given().auth()
                .oauth2(Tokens.cityAdmin())
                .queryParam("entity", auditedEntity())
                .queryParam("id", id)
                .when()
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[0].subject", equalTo("test-city-admin@seoul.go.kr"))
                .body("items[1].changedFields", hasItem(org.hamcrest.Matchers.anything()));
        assertProblem(
                given().auth()
                        .oauth2(Tokens.of("editor"))
                        .when()
                        .get("/api/v1/audit")
                        .then(),
                403,
                "forbidden");
        assertProblem(given().when().get("/api/v1/audit").then(), 401, "unauthorized");
    }

    @Test
    void corsAllowsTheConfiguredFrontEndOriginOnly() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options(create().path())
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options(create().path())
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /** A form type as HTTP clients send it by default, without the charset RestAssured would append. */
    private static final String FORM = "application/x-www-form-urlencoded";

    private static RequestSpecification asSent() {
        return given().spec(new io.restassured.builder.RequestSpecBuilder().build())
                .noFilters()
                .config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth()
                .oauth2(Tokens.cityAdmin());
    }

    /**
     * Every POST the served OpenAPI document declares without a request body (an action such as
     * {@code /rounds/{id}/complete}), its path parameters filled with ids nothing has.
     */
    private static List<String> bodylessActions() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<String> actions = new ArrayList<>();
        paths.forEach((path, operations) -> {
            Map<String, Object> post = operations.get("post");
            if (post != null && !post.containsKey("requestBody")) {
                actions.add(path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
            }
        });
        return actions;
    }

    @Test
    void aBodylessActionTakesAnEmptyBodyWhateverItsContentType() {
        List<String> actions = bodylessActions();
        assertNotEquals(List.of(), actions, "the service declares body-less actions");
        List<String> failures = new ArrayList<>();
        for (String action : actions) {
            for (String contentType : new String[] {null, FORM, "application/json", "text/plain"}) {
                RequestSpecification request = asSent().header("If-Match", "\"0\"");
                if (contentType != null) {
                    request.contentType(contentType).body("");
                }
                Response response = request.when().post(action);
                // an authorised request with If-Match about an id nothing has: the id is what is wrong, never the media
                // type
                if (response.statusCode() != 404) {
                    failures.add("POST " + action + " (Content-Type " + contentType + ", empty body) → "
                            + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertEquals(List.of(), failures, actions.size() + " body-less actions");
    }

    @Test
    void aFormBodyToAJsonEndpointIsStillRefusedWith415() {
        ApiRequest create = create();
        assertProblem(
                asSent().contentType(FORM)
                        .body("name=x")
                        .when()
                        .post(create.path())
                        .then(),
                415,
                "unsupported-media-type");
    }
}
