package kr.seoul.chatdong.monitoring;

import kr.seoul.chatdong.testing.ApiRequest;

/** Requests the monitoring API tests share. */
final class MonitoringFixtures {

    static final String ROUND = "{\"name\":\"2016년 2차 모니터링\",\"startsOn\":\"2016-02-01\",\"endsOn\":\"2016-03-31\","
            + "\"dongCodes\":[\"1129052500\",\"1120059000\"]}";

    static final String ALL_FIELDS_OF_ONE_DONG = "[{\"dongCode\":\"1129052500\",\"field\":\"WELFARE\",\"score\":70},"
            + "{\"dongCode\":\"1129052500\",\"field\":\"VILLAGE\",\"score\":70},"
            + "{\"dongCode\":\"1129052500\",\"field\":\"ADMINISTRATION\",\"score\":70},"
            + "{\"dongCode\":\"1129052500\",\"field\":\"HEALTH\",\"score\":70}]";

    private MonitoringFixtures() {}

    static String round() {
        return ApiRequest.of("POST", "/api/v1/rounds", ROUND)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A round of one dong with all four fields assessed, ready to complete. */
    static String assessedRound() {
        String location = ApiRequest.of("POST", "/api/v1/rounds", ROUND.replace(",\"1120059000\"", ""))
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        ApiRequest.of("PUT", location + "/assessments", ALL_FIELDS_OF_ONE_DONG)
                .withHeader("If-Match", "\"0\"")
                .sendAsAdmin()
                .then()
                .statusCode(200);
        return location;
    }

    static long total(String path) {
        return ApiRequest.of("GET", path + "?size=1", null)
                .sendAsAdmin()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
