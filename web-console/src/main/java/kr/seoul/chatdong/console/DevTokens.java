package kr.seoul.chatdong.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Development tokens, the same as {@code ./chatdong token} makes: RS256 with the development private
 * key (PKCS#8 PEM, as {@code openssl genpkey} writes it), issuer, subject, {@code groups} with the
 * role and, for a district officer, {@code district}.
 */
final class DevTokens {

    static final Set<String> ROLES = Set.of("city-admin", "district-officer", "monitor", "consultant", "trainer", "editor");
    private static final Pattern DISTRICT = Pattern.compile("\\d{5}");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,200}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrivateKey key;
    private final String issuer;
    private final Duration lifetime;

    DevTokens(PrivateKey key, String issuer, Duration lifetime) {
        this.key = key;
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    static PrivateKey readPrivateKey(Path pem) throws Exception {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException(pem + " is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** The refusal of a sign-in request, in words; null when the request is acceptable. */
    static String refusal(String role, String district, String subject) {
        if (role == null || !ROLES.contains(role)) {
            return "role must be one of " + String.join(", ", ROLES.stream().sorted().toList());
        }
        if ("district-officer".equals(role) && (district == null || !DISTRICT.matcher(district).matches())) {
            return "a district officer needs the 5-digit district code, e.g. 11290";
        }
        if (district != null && !DISTRICT.matcher(district).matches()) {
            return "district must be a 5-digit district code";
        }
        if (subject != null && !SUBJECT.matcher(subject).matches()) {
            return "subject takes letters, digits and . _ @ -";
        }
        return null;
    }

    String sign(String role, String district, String subject, Instant now) {
        String sub = subject != null ? subject : "console-" + role;
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", issuer).put("sub", sub).put("upn", sub)
                .put("iat", now.getEpochSecond()).put("exp", now.plus(lifetime).getEpochSecond());
        claims.putArray("groups").add(role);
        if (district != null) {
            claims.put("district", district);
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }
}
