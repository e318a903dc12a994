package kr.seoul.chatdong.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Hundreds of malformed and hostile requests across a service's endpoints (wrong types, huge and
 * control-character strings, Korean and emoji, SQL and script fragments, extreme numbers, unknown
 * codes, broken JSON, bad paging): every answer is a 4xx problem+json, or a 2xx where the input was
 * in fact valid; never a 5xx, a stack trace or SQL; and nothing stored changes when refused.
 */
public abstract class HostileInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values that break, or test the edges of, any JSON field. */
    protected static final List<Object> HOSTILE = List.of(
            "",
            " ",
            "x".repeat(50_000),
            "가".repeat(5_000),
            "'; DROP TABLE council; --",
            "1 OR 1=1",
            "<script>alert('찾동')</script>",
            "😀🏠 이모지",
            "\u0000nul",
            "../../etc/passwd",
            "${jndi:ldap://x}",
            "9999999999",
            "00000",
            "2016-02-30",
            "+9999999-01-01",
            "+300000-01-01T00:00:00Z",
            "NaN",
            -1,
            0,
            101,
            2_147_483_648L,
            -1e308,
            1e308,
            3.5,
            true,
            List.of(),
            List.of("a", 1),
            Map.of("a", 1));

    /** Values for query parameters. */
    protected static final List<String> HOSTILE_QUERY = List.of(
            "-1",
            "abc",
            "100000",
            "21474837",
            "' OR 1=1 --",
            "<script>",
            "😀",
            "%00",
            "9".repeat(40),
            "1e3",
            " ",
            "WELFARE;DROP");

    /** A create endpoint and a valid body for it (the test varies each field). */
    public record Create(String path, Map<String, Object> validBody) {}

    /** A list endpoint and the query parameters it filters by. */
    public record ListQuery(String path, List<String> parameters) {}

    protected abstract List<Create> creates();

    protected abstract List<ListQuery> lists();

    /** How many records the service holds that the creates above would add to (read as a city admin). */
    protected abstract Supplier<Long> storedCount();

    @BeforeEach
    void asCityAdmin() {
        Tokens.actAsCityAdmin();
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void hostileRequestsGetProblemsNeverFailuresAndChangeNothingWhenRefused() throws Exception {
        List<Create> creates = creates();
        long before = storedCount().get();
        int sent = 0;
        int created = 0;
        List<String> failures = new ArrayList<>();
        for (Create create : creates) {
            List<String> bodies = new ArrayList<>(List.of(
                    "not json", "[]", "{", "null", "\"text\"", "{}", "{\"a\":".repeat(2000), "{\"unknownField\": 1}"));
            for (String field : create.validBody().keySet()) {
                for (Object value : HOSTILE) {
                    Map<String, Object> body = new LinkedHashMap<>(create.validBody());
                    body.put(field, value);
                    bodies.add(JSON.writeValueAsString(body));
                }
                Map<String, Object> without = new LinkedHashMap<>(create.validBody());
                without.remove(field);
                bodies.add(JSON.writeValueAsString(without));
            }
            for (String body : bodies) {
                Response response = ApiRequest.of("POST", create.path(), body).sendAsAdmin();
                sent++;
                created += check(response, "POST " + create.path() + " " + abbreviate(body), failures) ? 1 : 0;
            }
            Response tooLarge = ApiRequest.of("POST", create.path(), "{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
                    .sendAsAdmin();
            sent++;
            if (tooLarge.statusCode() != 413) {
                failures.add("POST " + create.path() + " with a 1.1 MB body: " + tooLarge.statusCode());
            }
        }
        for (ListQuery list : lists()) {
            for (String parameter : list.parameters()) {
                for (String value : HOSTILE_QUERY) {
                    Response response =
                            RestAssured.given().queryParam(parameter, value).get(list.path());
                    sent++;
                    check(response, "GET " + list.path() + "?" + parameter + "=" + value, failures);
                }
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + sent + " hostile requests were answered badly:\n"
                        + String.join("\n", failures));
        assertTrue(sent >= 200, "at least 200 hostile requests, sent " + sent);
        assertEquals(before + created, storedCount().get(), "only the requests answered 2xx stored anything");
    }

    /** Returns whether the request created something. */
    private static boolean check(Response response, String what, List<String> failures) {
        int status = response.statusCode();
        String body = response.asString();
        if (status >= 500) {
            failures.add(what + " → " + status + " " + abbreviate(body));
            return false;
        }
        if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.contains("application/problem+json")) {
                failures.add(what + " → " + status + " without problem+json: " + type);
            }
            for (String leak : List.of("Exception", "\tat ", "org.hibernate", "PSQL", "SQLState", "java.")) {
                if (body.contains(leak)) {
                    failures.add(what + " → " + status + " leaks '" + leak + "': " + abbreviate(body));
                }
            }
            return false;
        }
        return status == 201;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…(" + s.length() + " chars)";
    }
}
