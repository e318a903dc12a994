package kr.seoul.chatdong.platform.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm {@code chatdong} of the test suite's own Keycloak ({@code ./chatdong test-keycloak}:
 * process keycloak-test, http://127.0.0.1:18180, with the development users of
 * infra/keycloak/realm-chatdong-dev.json). Tokens come from Keycloak itself, by the password grant of
 * the development client; the admin REST API (admin password in .chatdong/keycloak-test) makes
 * users, disables them and rotates the realm's keys for the tests that need it.
 */
final class TestRealm {

    static final String REALM = "chatdong";
    static final String PASSWORD = "chatdong";
    static final String DEV_CLIENT = "chatdong-dev-cli";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String origin;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Cached> tokens = new ConcurrentHashMap<>();

    private record Cached(String token, Instant until) {}

    private TestRealm(String issuer) {
        this.issuer = issuer;
        this.origin = issuer.substring(0, issuer.indexOf("/realms/"));
    }

    /** Starts the test Keycloak when it does not run (through ./chatdong, as the suite does) and waits until its realm is ready. */
    static TestRealm start() {
        return new TestRealm(JvmOptions.testKeycloak());
    }

    String issuer() {
        return issuer;
    }

    /** An access token of the development user named as the role (district-officer: district 11290), signed by the realm. */
    String token(String role) {
        Cached cached = tokens.get(role);
        if (cached != null && Instant.now().isBefore(cached.until())) {
            return cached.token();
        }
        JsonNode answer = signIn(role);
        String token = answer.path("access_token").asText();
        tokens.put(
                role,
                new Cached(
                        token,
                        Instant.now().plusSeconds(answer.path("expires_in").asLong(300) - 60)));
        return token;
    }

    /** The token endpoint's answer (access_token, refresh_token, ...) for USERNAME with the development password. */
    JsonNode signIn(String username) {
        HttpResponse<String> answer = post(
                issuer + "/protocol/openid-connect/token",
                null,
                form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        DEV_CLIENT,
                        "username",
                        username,
                        "password",
                        PASSWORD)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "Keycloak refused to sign in " + username + ": " + answer.statusCode() + " " + answer.body());
        }
        return read(answer.body());
    }

    /** The token endpoint's answer to a refresh (status and body): 200 while the session and the user are valid. */
    HttpResponse<String> refresh(String refreshToken) {
        return post(
                issuer + "/protocol/openid-connect/token",
                null,
                form(Map.of("grant_type", "refresh_token", "client_id", DEV_CLIENT, "refresh_token", refreshToken)));
    }

    /** A client-credentials token of a confidential client of the realm (its secret read with the admin API). */
    String clientToken(String clientId) {
        String secret = read(admin("GET", "/clients/" + clientUuid(clientId) + "/client-secret", null))
                .path("value")
                .asText();
        HttpResponse<String> answer = post(
                issuer + "/protocol/openid-connect/token",
                null,
                form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(clientId + " got no token: " + answer.statusCode() + " " + answer.body());
        }
        return read(answer.body()).path("access_token").asText();
    }

    /** An access token of the master realm's administrator: signed by Keycloak, but by another realm. */
    String masterRealmToken() {
        return adminToken();
    }

    /** Makes (or resets) user NAME with ROLE only, DISTRICT when given, enabled, password "chatdong". */
    void user(String name, String role, String district) {
        ObjectNode rep = JSON.createObjectNode()
                .put("username", name)
                .put("enabled", true)
                .put("emailVerified", true)
                .put("email", name + "@e2e.chatdong.local")
                .put("firstName", name)
                .put("lastName", role);
        rep.putArray("requiredActions");
        ObjectNode attributes = rep.putObject("attributes");
        if (district != null) {
            attributes.putArray("district").add(district);
        }
        String id = userId(name);
        if (id == null) {
            admin("POST", "/users", rep.toString());
            id = userId(name);
        } else {
            admin("PUT", "/users/" + id, rep.toString());
        }
        admin(
                "PUT",
                "/users/" + id + "/reset-password",
                "{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}");
        String roleRep = admin("GET", "/roles/" + role, null);
        admin("POST", "/users/" + id + "/role-mappings/realm", "[" + roleRep + "]");
    }

    void setEnabled(String name, boolean enabled) {
        admin("PUT", "/users/" + userId(name), "{\"enabled\":" + enabled + "}");
    }

    /**
     * Rotates the realm's signing key: a new RS256 key with a higher priority than every other, so the
     * realm signs with it from now on (the older ones stay in the JWKS). Answers the new key's component
     * id, for {@link #removeKey}.
     */
    String rotateKey() {
        String realmId = read(admin("GET", "", null)).path("id").asText();
        ObjectNode component = JSON.createObjectNode()
                .put("name", "e2e-rotated-" + System.currentTimeMillis())
                .put("providerId", "rsa-generated")
                .put("providerType", "org.keycloak.keys.KeyProvider")
                .put("parentId", realmId);
        ObjectNode config = component.putObject("config");
        config.putArray("priority").add(String.valueOf(10_000 + System.currentTimeMillis() % 100_000));
        config.putArray("keySize").add("2048");
        config.putArray("active").add("true");
        config.putArray("enabled").add("true");
        config.putArray("algorithm").add("RS256");
        HttpResponse<String> made =
                send(HttpRequest.newBuilder(URI.create(origin + "/admin/realms/" + REALM + "/components"))
                        .header("Authorization", "Bearer " + adminToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(component.toString())));
        if (made.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not add a key: " + made.statusCode() + " " + made.body());
        }
        tokens.clear();
        String location = made.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Removes a key {@link #rotateKey} added (tokens it signed are no longer accepted; the cache is emptied). */
    void removeKey(String componentId) {
        admin("DELETE", "/components/" + componentId, null);
        tokens.clear();
    }

    /** The realm's JWKS as Keycloak publishes it. */
    JsonNode jwks() {
        return read(send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/certs"))
                        .GET())
                .body());
    }

    /** A public client of the realm allowed the password grant, WITHOUT the audience chatdong-api (for the wrong-audience test). */
    String tokenWithoutAudience(String username) {
        String clientId = "e2e-no-audience";
        if (clientUuidOrNull(clientId) == null) {
            admin(
                    "POST",
                    "/clients",
                    "{\"clientId\":\"" + clientId + "\",\"enabled\":true,\"publicClient\":true,"
                            + "\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":true,\"fullScopeAllowed\":true}");
        }
        HttpResponse<String> answer = post(
                issuer + "/protocol/openid-connect/token",
                null,
                form(Map.of(
                        "grant_type", "password", "client_id", clientId, "username", username, "password", PASSWORD)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        }
        return read(answer.body()).path("access_token").asText();
    }

    /**
     * An access token valid for 2 seconds (a public client of the realm made for it, with the audience
     * chatdong-api and access.token.lifespan 2), for the expiry test.
     */
    String shortLivedToken(String username) {
        String clientId = "e2e-short-lived";
        if (clientUuidOrNull(clientId) == null) {
            admin(
                    "POST",
                    "/clients",
                    "{\"clientId\":\"" + clientId + "\",\"enabled\":true,\"publicClient\":true,"
                            + "\"standardFlowEnabled\":false,\"directAccessGrantsEnabled\":true,\"fullScopeAllowed\":true,"
                            + "\"attributes\":{\"access.token.lifespan\":\"2\"},"
                            + "\"protocolMappers\":[{\"name\":\"audience chatdong-api\",\"protocol\":\"openid-connect\","
                            + "\"protocolMapper\":\"oidc-audience-mapper\",\"config\":{\"included.custom.audience\":\"chatdong-api\","
                            + "\"access.token.claim\":\"true\",\"id.token.claim\":\"false\"}},"
                            + "{\"name\":\"district\",\"protocol\":\"openid-connect\",\"protocolMapper\":\"oidc-usermodel-attribute-mapper\","
                            + "\"config\":{\"user.attribute\":\"district\",\"claim.name\":\"district\",\"jsonType.label\":\"String\","
                            + "\"access.token.claim\":\"true\"}}]}");
        }
        HttpResponse<String> answer = post(
                issuer + "/protocol/openid-connect/token",
                null,
                form(Map.of(
                        "grant_type", "password", "client_id", clientId, "username", username, "password", PASSWORD)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        }
        return read(answer.body()).path("access_token").asText();
    }

    /** The claims of a JWT (its payload, decoded). */
    static JsonNode claims(String jwt) {
        return read(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** The header of a JWT, decoded. */
    static JsonNode header(String jwt) {
        return read(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    // --- admin REST API ---

    private String adminToken() {
        String password;
        try {
            password = Files.readString(Platform.root().resolve(".chatdong/keycloak-test/admin-password"))
                    .strip();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "The test Keycloak's admin password is missing (./chatdong test-keycloak makes it)", e);
        }
        HttpResponse<String> answer = post(
                origin + "/realms/master/protocol/openid-connect/token",
                null,
                form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        "admin",
                        "password",
                        password)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "The test Keycloak refused its admin: " + answer.statusCode() + " " + answer.body());
        }
        return read(answer.body()).path("access_token").asText();
    }

    private String admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    private String userId(String name) {
        JsonNode found = read(
                admin("GET", "/users?exact=true&username=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null));
        return found.isEmpty() ? null : found.get(0).path("id").asText();
    }

    private String clientUuid(String clientId) {
        String id = clientUuidOrNull(clientId);
        if (id == null) {
            throw new IllegalStateException("No client " + clientId + " in the realm " + REALM);
        }
        return id;
    }

    private String clientUuidOrNull(String clientId) {
        JsonNode found =
                read(admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null));
        return found.isEmpty() ? null : found.get(0).path("id").asText();
    }

    private HttpResponse<String> post(String url, String bearer, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The test Keycloak at " + origin + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }
}
