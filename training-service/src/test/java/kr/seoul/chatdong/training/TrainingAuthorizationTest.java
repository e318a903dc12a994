package kr.seoul.chatdong.training;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class TrainingAuthorizationTest extends AuthorizationMatrixContract {

    private static String course() {
        return ApiRequest.of("POST", "/api/v1/courses", TrainingApiContractTest.COURSE).sendAsAdmin().then().statusCode(201)
                .extract().header("Location");
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("POST /courses", () -> ApiRequest.of("POST", "/api/v1/courses", TrainingApiContractTest.COURSE),
                        Roles.TRAINER, Roles.MONITOR, null, 201),
                new Write("PATCH /courses/{id}", () -> ApiRequest.of("PATCH", course(), "{\"hours\":7}").withHeader("If-Match", "\"0\""),
                        Roles.TRAINER, Roles.DISTRICT_OFFICER, null, 200));
    }
}
