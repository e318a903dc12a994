package kr.seoul.chatdong.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;

/** Asserts that an answer is the platform's problem+json of a given kind, and nothing leaked. */
public final class ProblemAssertions {

    public static final String BASE = "https://chatdong.seoul.go.kr/problems/";

    private ProblemAssertions() {}

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo(BASE + typeSlug))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }
}
