package kr.seoul.chatdong.testing;

import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import kr.seoul.chatdong.commons.security.Roles;

/**
 * Tokens the service tests sign themselves (with {@link TestKeys}' private key, trusted only in the
 * test profile), shaped as the realm's: issuer, audience {@code chatdong-api}, the role in
 * {@code realm_access.roles}, the account name in {@code preferred_username}, a district officer's
 * district in {@code district}. The end-to-end tests use the real Keycloak instead.
 */
public final class Tokens {

    public static final String ISSUER = "https://test.chatdong.invalid/realms/chatdong";
    public static final String AUDIENCE = "chatdong-api";

    private Tokens() {}

    public static String of(String role) {
        return withSubject(role, "test-" + role + "@seoul.go.kr");
    }

    /** A token of {@code role} whose account name is {@code account} (a consultant acts as the consultant registered with it). */
    public static String withSubject(String role, String account) {
        return claims(role, account).sign();
    }

    public static String districtOfficer(String districtCode) {
        return claims(Roles.DISTRICT_OFFICER, "test-officer-" + districtCode + "@seoul.go.kr")
                .claim(Roles.DISTRICT_CLAIM, districtCode)
                .sign();
    }

    public static String cityAdmin() {
        return of(Roles.CITY_ADMIN);
    }

    /** Makes every {@code given()} of the calling test carry a city admin's token (tests of the domain, not of access). */
    public static void actAsCityAdmin() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + cityAdmin())
                .build();
    }

    public static void actAnonymously() {
        RestAssured.requestSpecification = null;
    }

    private static JwtClaimsBuilder claims(String role, String account) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("sub-" + account)
                .claim("preferred_username", account)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(3600);
    }
}
