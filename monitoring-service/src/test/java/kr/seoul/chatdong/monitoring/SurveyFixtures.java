package kr.seoul.chatdong.monitoring;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.restassured.response.Response;

import kr.seoul.chatdong.testing.ApiRequest;
import kr.seoul.chatdong.testing.Tokens;

/** Surveys, waves and response files the survey tests share. */
final class SurveyFixtures {

    static final String HEADER = "respondentId,dongCode,group,awareness,satisfaction";
    /** 성북구 성북동: a phase-1 dong (participating). */
    static final String SEONGBUK = "1129052500";
    /** 노원구 월계1동: not in phase 1 (non-participating in 2016). */
    static final String WOLGYE1 = "1135056000";

    private SurveyFixtures() {}

    /** A residents' survey with a YES_NO and a LIKERT5 question, under a code no other test uses. */
    static String survey() {
        return "{\"code\":\"residents-" + UUID.randomUUID()
                + "\",\"title\":\"서울시민 인식조사\",\"population\":\"RESIDENTS\",\"questions\":["
                + "{\"code\":\"awareness\",\"text\":\"‘찾아가는 동주민센터’ 사업을 알고 계십니까?\",\"scale\":\"YES_NO\"},"
                + "{\"code\":\"satisfaction\",\"text\":\"동 주민센터 복지서비스에 얼마나 만족하십니까?\",\"scale\":\"LIKERT5\"}]}";
    }

    static String wave(String code, String kind, String from, String to) {
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"fieldedFrom\":\"" + from + "\",\"fieldedTo\":\""
                + to + "\"}";
    }

    static final String BASELINE = wave("2015-baseline", "BASELINE", "2015-09-01", "2015-11-30");
    static final String FOLLOW_UP = wave("2016-follow-up", "FOLLOW_UP", "2016-05-01", "2016-06-30");

    /** A new survey's location (as a city admin). */
    static String createdSurvey() {
        return ApiRequest.of("POST", "/api/v1/surveys", survey())
                .sendAsAdmin()
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
    }

    /** A new survey with a 2015 baseline wave; answers the survey's location. */
    static String surveyWithBaseline() {
        String survey = createdSurvey();
        ApiRequest.of("POST", survey + "/waves", BASELINE).sendAsAdmin().then().statusCode(201);
        return survey;
    }

    /** Sends a response file (UTF-8 bytes) with the token of {@code role}; null: no token. */
    static Response importCsv(String waveLocation, byte[] csv, String token) {
        var request = given().spec(new io.restassured.builder.RequestSpecBuilder().build())
                .contentType("text/csv")
                .body(csv);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post(waveLocation + "/responses");
    }

    static Response importCsv(String waveLocation, String csv) {
        return importCsv(waveLocation, csv.getBytes(StandardCharsets.UTF_8), Tokens.cityAdmin());
    }
}
