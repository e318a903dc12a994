package kr.seoul.chatdong.training;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.ApiContract;
import kr.seoul.chatdong.testing.ApiRequest;

@QuarkusTest
class TrainingApiContractTest extends ApiContract {

    static final String COURSE = "{\"title\":\"기본과정\",\"track\":\"BASIC\",\"hours\":14,\"fields\":[\"WELFARE\"]}";

    @Override
    protected ApiRequest create() {
        return ApiRequest.of("POST", "/api/v1/courses", COURSE);
    }

    @Override
    protected String patch() {
        return "{\"hours\":21}";
    }

    @Override
    protected String auditedEntity() {
        return "course";
    }
}
