package kr.seoul.chatdong.governance;

import kr.seoul.chatdong.testing.ApiRequest;

/** Requests the governance API tests share. */
final class GovernanceFixtures {

    static final String COUNCIL = "{\"name\":\"성북구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\"}";

    private GovernanceFixtures() {
    }

    static String councilInSeongbuk() {
        return ApiRequest.of("POST", "/api/v1/councils", COUNCIL).sendAsAdmin().then().statusCode(201).extract().header("Location");
    }

    /** A meeting of a new Seongbuk council at {@code at}; its Location. */
    static String meetingInSeongbuk(String at) {
        return ApiRequest.of("POST", "/api/v1/meetings", "{\"councilId\":\"" + id(councilInSeongbuk()) + "\",\"title\":\"정기회의\","
                + "\"scheduledAt\":\"" + at + "\"}").sendAsAdmin().then().statusCode(201).extract().header("Location");
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static long total(String path) {
        return ApiRequest.of("GET", path + "?size=1", null).sendAsAdmin().then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
