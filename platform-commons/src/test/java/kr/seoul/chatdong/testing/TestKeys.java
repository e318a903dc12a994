package kr.seoul.chatdong.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A signing key pair made for this test run (never committed): the service under test verifies
 * tokens with its public half instead of the realm's JWKS (test profile only), {@link Tokens} signs
 * with the private half.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path dir = Files.createDirectories(Path.of("target", "test-keys")).toAbsolutePath();
            Path publicKey = dir.resolve("public.pem");
            Path privateKey = dir.resolve("private.pem");
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            return Map.of(
                    "mp.jwt.verify.publickey.location",
                    publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer",
                    Tokens.ISSUER,
                    "smallrye.jwt.sign.key.location",
                    privateKey.toUri().toString());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the test key pair", e);
        }
    }

    @Override
    public void stop() {}

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
