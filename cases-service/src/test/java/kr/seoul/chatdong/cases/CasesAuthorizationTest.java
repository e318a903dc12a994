package kr.seoul.chatdong.cases;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.AuthorizationMatrixContract;

@QuarkusTest
class CasesAuthorizationTest extends AuthorizationMatrixContract {

    private static String aCase() {
        return ApiRequest.of("POST", "/api/v1/cases", CasesApiContractTest.CASE).sendAsAdmin().then().statusCode(201)
                .extract().header("Location");
    }

    @Override
    protected List<Write> writes() {
        return List.of(
                new Write("POST /cases", () -> ApiRequest.of("POST", "/api/v1/cases", CasesApiContractTest.CASE),
                        Roles.DISTRICT_OFFICER, Roles.TRAINER, "11290", 201),
                new Write("POST /cases (editor)", () -> ApiRequest.of("POST", "/api/v1/cases", CasesApiContractTest.CASE),
                        Roles.EDITOR, Roles.MONITOR, null, 201),
                new Write("PATCH /cases/{id}", () -> ApiRequest.of("PATCH", aCase(), "{\"title\":\"새 제목\"}").withHeader("If-Match", "\"0\""),
                        Roles.DISTRICT_OFFICER, Roles.CONSULTANT, "11290", 200));
    }
}
