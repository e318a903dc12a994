package kr.seoul.chatdong.governance;

import kr.seoul.chatdong.testing.ApiRequest;

/** Requests the governance API tests share. */
final class GovernanceFixtures {

    static final String COUNCIL = "{\"name\":\"성북구 민관협력 협의체\",\"kind\":\"DISTRICT\",\"districtCode\":\"11290\"}";

    private GovernanceFixtures() {}

    static String councilInSeongbuk() {
        return ApiRequest.of("POST", "/api/v1/councils", COUNCIL)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A meeting of a new Seongbuk council at {@code at}; its Location. */
    static String meetingInSeongbuk(String at) {
        return ApiRequest.of(
                        "POST",
                        "/api/v1/meetings",
                        "{\"councilId\":\"" + id(councilInSeongbuk()) + "\",\"title\":\"정기회의\"," + "\"scheduledAt\":\""
                                + at + "\"}")
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A series of two future meetings of a new Seongbuk council; its Location. */
    static String seriesInSeongbuk() {
        return ApiRequest.of("POST", councilInSeongbuk() + "/meeting-series", SERIES)
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** Two monthly meetings from April 2030. */
    static final String SERIES =
            "{\"title\":\"연석회의\",\"rrule\":\"FREQ=MONTHLY;COUNT=2\",\"scheduledAt\":\"2030-04-10T14:00:00+09:00\",\"durationMinutes\":120}";

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
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

    /** A body for a new support team in {@code district}. */
    static String supportTeamBody(String district) {
        return "{\"districtCode\":\"" + district + "\",\"model\":\"OUTSOURCED\",\"operator\":\"마을공동체지원센터\","
                + "\"startedOn\":\"2016-07-01\",\"staff\":[{\"role\":\"LEAD\"},{\"role\":\"VILLAGE\",\"name\":\"김마을\"},"
                + "{\"role\":\"WELFARE\"}]}";
    }

    /**
     * A new ACTIVE support team in {@code district} (one the seed gives no team), its Location: the
     * district's active team, if any, is ended first, so tests may ask for one as often as they like.
     */
    static String supportTeamIn(String district) {
        endActiveTeamOf(district);
        return ApiRequest.of("POST", "/api/v1/support-teams", supportTeamBody(district))
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    static void endActiveTeamOf(String district) {
        var active = ApiRequest.of("GET", "/api/v1/support-teams?status=ACTIVE&districtCode=" + district, null)
                .sendAsAdmin()
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (active.getInt("total") > 0) {
            ApiRequest.of(
                            "POST",
                            "/api/v1/support-teams/" + active.getString("items[0].id") + "/end",
                            "{\"endedOn\":\"2016-12-31\",\"reason\":\"테스트\"}")
                    .withHeader("If-Match", "\"" + active.getLong("items[0].version") + "\"")
                    .sendAsAdmin()
                    .then()
                    .statusCode(200);
        }
    }
}
