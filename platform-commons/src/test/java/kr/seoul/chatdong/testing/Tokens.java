package kr.seoul.chatdong.testing;

import java.util.Set;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.smallrye.jwt.build.Jwt;

import kr.seoul.chatdong.commons.security.Roles;

/** Tokens the tests sign themselves (with {@link TestKeys}' private key), as the platform's issuer would. */
public final class Tokens {

    public static final String ISSUER = "https://chatdong.seoul.go.kr";

    private Tokens() {
    }

    public static String of(String role) {
        return Jwt.issuer(ISSUER).subject("test-" + role + "@seoul.go.kr").groups(Set.of(role)).expiresIn(3600).sign();
    }

    /** A token of {@code role} whose subject is {@code subject} (a consultant acts as the consultant registered with it). */
    public static String withSubject(String role, String subject) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of(role)).expiresIn(3600).sign();
    }

    public static String districtOfficer(String districtCode) {
        return Jwt.issuer(ISSUER).subject("test-officer-" + districtCode + "@seoul.go.kr").groups(Set.of(Roles.DISTRICT_OFFICER))
                .claim(Roles.DISTRICT_CLAIM, districtCode).expiresIn(3600).sign();
    }

    public static String cityAdmin() {
        return of(Roles.CITY_ADMIN);
    }

    /** Makes every {@code given()} of the calling test carry a city admin's token (tests of the domain, not of access). */
    public static void actAsCityAdmin() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + cityAdmin()).build();
    }

    public static void actAnonymously() {
        RestAssured.requestSpecification = null;
    }
}
