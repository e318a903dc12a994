package kr.seoul.chatdong.governance;

import static kr.seoul.chatdong.governance.GovernanceFixtures.COUNCIL;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ApiContract;
import kr.seoul.chatdong.testing.ApiRequest;

@QuarkusTest
class GovernanceApiContractTest extends ApiContract {

    @Override
    protected ApiRequest create() {
        return ApiRequest.of("POST", "/api/v1/councils", COUNCIL);
    }

    @Override
    protected String patch() {
        return "{\"name\":\"성북구 민관협력 협의체 (2기)\"}";
    }

    @Override
    protected String auditedEntity() {
        return "council";
    }
}
