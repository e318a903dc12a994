package kr.seoul.chatdong.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DevTokensTest {

    @Test
    void signsWhatTheServicesVerify(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path pem = dir.resolve("private.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");

        Instant now = Instant.parse("2016-04-20T05:00:00Z");
        String token = new DevTokens(DevTokens.readPrivateKey(pem), "https://chatdong.seoul.go.kr", Duration.ofHours(8))
                .sign("district-officer", "11290", null, now);

        String[] parts = token.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(pair.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])), "RS256 signature verifies with the public half");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("https://chatdong.seoul.go.kr", claims.get("iss").asText());
        assertEquals("district-officer", claims.get("groups").get(0).asText());
        assertEquals("11290", claims.get("district").asText());
        assertEquals("console-district-officer", claims.get("sub").asText());
        assertEquals(now.getEpochSecond() + 8 * 3600, claims.get("exp").asLong());
    }

    @Test
    void refusesWhatNoServiceKnows() {
        assertNull(DevTokens.refusal("city-admin", null, null));
        assertNull(DevTokens.refusal("district-officer", "11290", null));
        assertNotNull(DevTokens.refusal("district-officer", null, null));
        assertNotNull(DevTokens.refusal("root", null, null));
        assertNotNull(DevTokens.refusal("monitor", "1129", null));
        assertNotNull(DevTokens.refusal("consultant", null, "kim lee"));
    }
}
