package kr.seoul.chatdong.platform.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The end-to-end run's own token signer: an RSA key pair made for the run, the public half given to
 * the services (JWT_PUBLIC_KEY_LOCATION), tokens signed RS256 as the platform's issuer would.
 */
final class SigningKey {

    private final KeyPair pair;
    private final Path publicKey;
    private final Path privateKey;

    SigningKey(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
        Files.createDirectories(dir);
        publicKey = dir.resolve("public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        // The web console's development sign-in signs with the private half (PKCS#8, as openssl genpkey writes it).
        privateKey = dir.resolve("private.pem");
        Files.writeString(privateKey, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    }

    Path privateKeyFile() {
        return privateKey;
    }

    String publicKeyLocation() {
        return publicKey.toUri().toString();
    }

    String token(String role) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            long now = Instant.now().getEpochSecond();
            String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String claims = b64.encodeToString(("{\"iss\":\"https://chatdong.seoul.go.kr\",\"sub\":\"e2e-" + role + "\",\"upn\":\"e2e-" + role
                    + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 7200) + "}").getBytes(StandardCharsets.UTF_8));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(pair.getPrivate());
            rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + b64.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
