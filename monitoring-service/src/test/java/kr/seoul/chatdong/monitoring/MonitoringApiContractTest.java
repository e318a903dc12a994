package kr.seoul.chatdong.monitoring;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ApiContract;
import kr.seoul.chatdong.testing.ApiRequest;

@QuarkusTest
class MonitoringApiContractTest extends ApiContract {

    @Override
    protected ApiRequest create() {
        return ApiRequest.of("POST", "/api/v1/rounds", MonitoringFixtures.ROUND);
    }

    @Override
    protected String patch() {
        return "{\"name\":\"2016년 2차 모니터링 (수정)\",\"endsOn\":\"2016-04-15\"}";
    }

    @Override
    protected String auditedEntity() {
        return "round";
    }
}
