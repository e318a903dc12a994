package kr.seoul.chatdong.platform.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * The services trust the realm, and only the realm (issue 21): against the test suite's real
 * Keycloak, every forged, foreign or stale token is a 401 problem+json and writes nothing; a district
 * officer's genuine token on another district is a 403; a rotated realm key is accepted without a
 * restart; a disabled user can no longer refresh; another city system's client-credentials token
 * reads a list.
 */
class HostileTokenTest extends RunningPlatform {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** 성북구 돈암1동 (district 11290): the value every hostile token tries to write. */
    private static final String VALUE = "/api/v1/indicators/VISITING_NURSE_CASELOAD/values/1129058000/2016-06";

    private static final String BODY = "{\"value\": 7}";

    private String monitoring;

    @BeforeEach
    void nobodyActsByDefault() {
        monitoring = platform.url("monitoring-service");
        RestAssured.requestSpecification = null;
    }

    @AfterEach
    void backToTheCityAdmin() {
        platform.actAsCityAdmin();
    }

    @Test
    void forgedForeignAndStaleTokensAreRefusedAndWriteNothing() throws Exception {
        String genuine = platform.realm.token("district-officer");
        JsonNode claims = TestRealm.claims(genuine);
        assertEquals(platform.realm.issuer(), claims.path("iss").asText());
        assertEquals("11290", claims.path("district").asText());
        String[] parts = genuine.split("\\.");
        String kid = TestRealm.header(genuine).path("kid").asText();

        // alg none: the genuine claims, no signature
        refused("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        // HS256 keyed with the realm's own public key (the key-confusion attack), as PEM text and as DER bytes
        PublicKey realmKey = realmPublicKey(kid);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(realmKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        refused(
                "HS256 keyed with the realm's PEM",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", parts[1], pem.getBytes()));
        refused(
                "HS256 keyed with the realm's DER",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", parts[1], realmKey.getEncoded()));
        // RS256 with a key the JWKS does not hold: under the realm key's kid, and under a kid of its own
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        refused(
                "a key not in the JWKS (realm kid)",
                rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", parts[1], stranger));
        refused(
                "a key not in the JWKS (own kid)",
                rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"e2e-stranger\"}", parts[1], stranger));
        // the payload changed after signing: the role raised, the district changed
        ObjectNode raised = (ObjectNode) claims.deepCopy();
        raised.putObject("realm_access").putArray("roles").add("city-admin");
        refused("role raised after signing", parts[0] + "." + b64(raised.toString()) + "." + parts[2]);
        ObjectNode moved = (ObjectNode) claims.deepCopy();
        moved.put("district", "11110");
        refused("district changed after signing", parts[0] + "." + b64(moved.toString()) + "." + parts[2]);
        // signed by Keycloak, but by another realm (master), and a token of this realm without the audience
        // chatdong-api
        refused("another realm", platform.realm.masterRealmToken());
        String noAudience = platform.realm.tokenWithoutAudience("district-officer");
        assertFalse(TestRealm.claims(noAudience).path("aud").toString().contains("chatdong-api"), noAudience);
        refused("wrong audience", noAudience);
        // nothing was written by any of them
        platform.actAsCityAdmin();
        assertProblem(given().get(monitoring + VALUE).then(), 404, "not-found");
        RestAssured.requestSpecification = null;
        // the same request with the genuine token is written
        given().auth()
                .oauth2(genuine)
                .contentType(ContentType.JSON)
                .body(BODY)
                .put(monitoring + VALUE)
                .then()
                .statusCode(201);
        // and a genuine district officer's token on another district is a 403
        assertProblem(
                        given().auth()
                                .oauth2(genuine)
                                .contentType(ContentType.JSON)
                                .body(BODY)
                                .put(monitoring
                                        + "/api/v1/indicators/VISITING_NURSE_CASELOAD/values/1111051500/2016-06")
                                .then(),
                        403,
                        "forbidden")
                .body("detail", equalTo("Your token is limited to district 11290; this is district 11110"));
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        String shortLived = platform.realm.shortLivedToken("district-officer");
        long exp = TestRealm.claims(shortLived).path("exp").asLong();
        given().auth()
                .oauth2(shortLived)
                .get(monitoring + "/api/v1/rounds")
                .then()
                .statusCode(200);
        // past its exp and the services' allowed clock skew (OIDC_CLOCK_SKEW, 10 s by default)
        org.awaitility.Awaitility.await("the token's exp and the clock skew past")
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> System.currentTimeMillis() > exp * 1000 + 11_000);
        refused("expired", shortLived);
    }

    @Test
    void aRotatedRealmKeyIsAcceptedWithoutARestart() {
        String before = platform.realm.token("monitor");
        given().auth().oauth2(before).get(monitoring + "/api/v1/rounds").then().statusCode(200);
        String rotated = platform.realm.rotateKey();
        try {
            String after = platform.realm.token("monitor");
            assertNotEquals(
                    TestRealm.header(before).path("kid").asText(),
                    TestRealm.header(after).path("kid").asText(),
                    "the realm signs with the new key");
            for (String service : platform.services.keySet()) {
                given().auth()
                        .oauth2(after)
                        .get(platform.url(service) + "/api/v1/events/catalog")
                        .then()
                        .statusCode(200);
            }
        } finally {
            platform.realm.removeKey(rotated);
        }
    }

    @Test
    void aDisabledUserCanNoLongerRefresh() {
        String name = "e2e-disabled-" + Long.toString(System.nanoTime(), 36);
        platform.realm.user(name, "monitor", null);
        JsonNode session = platform.realm.signIn(name);
        String refreshToken = session.path("refresh_token").asText();
        assertEquals(200, platform.realm.refresh(refreshToken).statusCode(), "refresh works while the user is enabled");
        platform.realm.setEnabled(name, false);
        var refused = platform.realm.refresh(refreshToken);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());
    }

    @Test
    void anotherCitySystemReadsWithItsClientCredentials() {
        String token = platform.realm.clientToken("city-welfare-system");
        assertTrue(TestRealm.claims(token).path("aud").toString().contains("chatdong-api"), token);
        given().auth().oauth2(token).get(monitoring + "/api/v1/rounds").then().statusCode(200);
        // its service account holds monitor only: no city admin's write
        assertProblem(
                given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body("{\"phase\": 2}")
                        .put(monitoring + "/api/v1/dongs/1123054500/rollout")
                        .then(),
                403,
                "forbidden");
    }

    private void refused(String what, String token) {
        Response answer = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(BODY)
                .put(monitoring + VALUE);
        assertEquals(401, answer.statusCode(), what + ": " + answer.asString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.contentType());
        assertProblem(answer.then(), 401, "unauthorized");
    }

    /** A problem+json answer of STATUS whose type ends in SLUG. */
    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/problems/" + slug))
                .body("status", equalTo(status));
    }

    private PublicKey realmPublicKey(String kid) throws Exception {
        for (JsonNode key : platform.realm.jwks().path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                BigInteger n = new BigInteger(
                        1, Base64.getUrlDecoder().decode(key.path("n").asText()));
                BigInteger e = new BigInteger(
                        1, Base64.getUrlDecoder().decode(key.path("e").asText()));
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
            }
        }
        throw new AssertionError("the realm's JWKS has no key " + kid);
    }

    private static String hs256(String header, String payload, byte[] key) throws Exception {
        String signed = b64(header) + "." + payload;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return signed + "." + B64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String rs256(String header, String payload, PrivateKey key) throws Exception {
        String signed = b64(header) + "." + payload;
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + B64.encodeToString(rsa.sign());
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
