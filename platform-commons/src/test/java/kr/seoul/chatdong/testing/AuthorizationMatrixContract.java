package kr.seoul.chatdong.testing;

import static kr.seoul.chatdong.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.restassured.RestAssured;

import kr.seoul.chatdong.commons.security.Roles;

/**
 * Every write endpoint of a service × (no token, a role it does not allow, a district officer of
 * another district, the right role) → 401 / 403 / 403 / 2xx, all refusals problem+json.
 */
public abstract class AuthorizationMatrixContract {

    /**
     * One write endpoint: {@code request} makes a fresh, valid request (it may create what it needs
     * as a city admin first); {@code allowed} is a role that may do it, {@code denied} one that may not;
     * {@code district} is the district the write touches when a district officer may do it (else null).
     */
    public record Write(
            String name, Supplier<ApiRequest> request, String allowed, String denied, String district, int success) {}

    protected abstract List<Write> writes();

    /** A district other than any {@link Write#district()} used. */
    protected String otherDistrict() {
        return "11110";
    }

    @BeforeEach
    void noDefaultToken() {
        RestAssured.requestSpecification = null;
    }

    @AfterEach
    void restore() {
        RestAssured.requestSpecification = null;
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointAnswersEachKindOfCallerAsItShould() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Write write : writes()) {
            tests.add(DynamicTest.dynamicTest(
                    write.name() + ": no token → 401",
                    () -> assertProblem(write.request().get().send(null).then(), 401, "unauthorized")));
            tests.add(DynamicTest.dynamicTest(
                    write.name() + ": role " + write.denied() + " → 403",
                    () -> assertProblem(
                            write.request()
                                    .get()
                                    .send(Tokens.of(write.denied()))
                                    .then(),
                            403,
                            "forbidden")));
            if (write.district() != null) {
                tests.add(DynamicTest.dynamicTest(
                        write.name() + ": district officer of another district → 403",
                        () -> assertProblem(
                                write.request()
                                        .get()
                                        .send(Tokens.districtOfficer(otherDistrict()))
                                        .then(),
                                403,
                                "forbidden")));
                tests.add(DynamicTest.dynamicTest(
                        write.name() + ": district officer of district " + write.district() + " → " + write.success(),
                        () -> {
                            var response = write.request().get().send(Tokens.districtOfficer(write.district()));
                            assertEquals(write.success(), response.statusCode(), response.asString());
                        }));
            }
            String token = Roles.DISTRICT_OFFICER.equals(write.allowed())
                    ? Tokens.districtOfficer(write.district())
                    : Tokens.of(write.allowed());
            tests.add(DynamicTest.dynamicTest(
                    write.name() + ": role " + write.allowed() + " → " + write.success(), () -> {
                        var response = write.request().get().send(token);
                        assertEquals(write.success(), response.statusCode(), response.asString());
                    }));
        }
        return tests.stream();
    }
}
