package kr.seoul.chatdong.training.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 출석 코드: a short-lived code a trainer shows (as a QR code) at a session; a trainee enrolled in the
 * cohort posts it to be marked PRESENT. Six characters without look-alikes (0/O, 1/I), typed in any
 * case; only its SHA-256 is stored.
 */
@Entity
@Table(name = "check_in_code")
public class CheckInCode {

    public static final int LENGTH = 6;
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CheckInCode() {}

    /** A fresh code and what is stored of it. */
    public record Issued(String code, CheckInCode stored) {}

    /** A code for the session, valid for {@code ttl} from now; not once the session has ended. */
    public static Issued issue(CohortSession session, Duration ttl, String issuedBy, Instant now) {
        if (!now.isBefore(session.endsAt())) {
            throw new DomainException.StateConflict("The session ended at " + session.endsAt()
                            + "; a check-in code is issued only until it ends" + " (세션이 종료되어 출석 코드를 발급할 수 없습니다)")
                    .with("endsAt", session.endsAt().toString());
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        CheckInCode stored = new CheckInCode();
        stored.codeHash = hash(code.toString());
        stored.sessionId = session.id();
        stored.expiresAt = now.plus(ttl);
        stored.issuedBy = issuedBy;
        stored.createdAt = now;
        return new Issued(code.toString(), stored);
    }

    /** The key a code is stored and found under: SHA-256 (hex) of the code as typed, stripped, in upper case. */
    public static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A trainee checks in with a code: refused (409) before the session starts and after it ends, and
     * (422) with a code of another session or one that has expired ({@code code} null: no such code).
     */
    public static void admit(CheckInCode code, CohortSession session, Instant now) {
        if (now.isBefore(session.startsAt())) {
            throw new DomainException.StateConflict("The session starts at " + session.startsAt()
                            + "; check-in opens when it starts" + " (세션이 아직 시작되지 않았습니다)")
                    .with("rule", "session-not-started")
                    .with("startsAt", session.startsAt().toString());
        }
        if (!now.isBefore(session.endsAt())) {
            throw new DomainException.StateConflict(
                            "The session ended at " + session.endsAt() + "; check-in is closed" + " (세션이 종료되었습니다)")
                    .with("rule", "session-ended")
                    .with("endsAt", session.endsAt().toString());
        }
        if (code == null || !code.sessionId.equals(session.id())) {
            throw new DomainException.RuleViolation(
                            "The check-in code is not this session's; check the code shown at the session"
                                    + " (출석 코드가 올바르지 않습니다)")
                    .with("rule", "wrong-code");
        }
        if (!now.isBefore(code.expiresAt)) {
            throw new DomainException.RuleViolation("The check-in code expired at " + code.expiresAt
                            + "; ask the trainer for a new one" + " (출석 코드가 만료되었습니다)")
                    .with("rule", "code-expired")
                    .with("expiredAt", code.expiresAt.toString());
        }
    }

    public UUID sessionId() {
        return sessionId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
