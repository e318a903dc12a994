package kr.seoul.chatdong.cases;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ApiContract;
import kr.seoul.chatdong.testing.ApiRequest;

@QuarkusTest
class CasesApiContractTest extends ApiContract {

    static final String CASE = "{\"title\":\"골목 돌봄 지도\",\"dongCode\":\"1129052500\",\"field\":\"WELFARE\"}";

    @Override
    protected ApiRequest create() {
        return ApiRequest.of("POST", "/api/v1/cases", CASE);
    }

    @Override
    protected String patch() {
        return "{\"summary\":\"통반장과 복지플래너가 함께 만든 지도\"}";
    }

    @Override
    protected String auditedEntity() {
        return "case";
    }
}
