package kr.seoul.chatdong.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** One HTTP request of a contract test, sent with exactly the token it names (or none). */
public record ApiRequest(String method, String path, String body, Map<String, String> headers) {

    public static ApiRequest of(String method, String path, String body) {
        return new ApiRequest(method, path, body, Map.of());
    }

    public ApiRequest withHeader(String name, String value) {
        var all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return new ApiRequest(method, path, body, Map.copyOf(all));
    }

    /** Sends it with {@code token} (null: no Authorization header), ignoring any default specification. */
    public Response send(String token) {
        RequestSpecification request = given().spec(new io.restassured.builder.RequestSpecBuilder().build())
                .noFilters();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }

    /** Sends it as a city admin. */
    public Response sendAsAdmin() {
        return send(Tokens.cityAdmin());
    }
}
