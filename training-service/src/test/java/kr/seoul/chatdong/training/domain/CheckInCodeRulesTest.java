package kr.seoul.chatdong.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.seoul.chatdong.commons.rules.DomainException;

/** The rules of a check-in code: when a trainee may check in with it. */
class CheckInCodeRulesTest {

    private static final Instant START = Instant.parse("2016-03-16T00:00:00Z");
    private final CohortSession session = CohortSession.hold(
            UUID.randomUUID(),
            START,
            START.plus(Duration.ofHours(3)),
            BigDecimal.valueOf(3),
            START.minus(Duration.ofDays(1)));

    @Test
    void aCodeAdmitsWhileTheSessionRunsAndItIsValid() {
        CheckInCode.Issued issued =
                CheckInCode.issue(session, Duration.ofMinutes(10), "trainer", START.minus(Duration.ofMinutes(5)));
        assertTrue(issued.code().matches("[A-HJ-NP-Z2-9]{6}"), issued.code());
        assertEquals(
                CheckInCode.hash(issued.code()),
                CheckInCode.hash(" " + issued.code().toLowerCase() + " "),
                "typed in any case");
        CheckInCode.admit(issued.stored(), session, START.plus(Duration.ofMinutes(4)));
    }

    @Test
    void anExpiredCodeIsRefused() {
        CheckInCode.Issued issued = CheckInCode.issue(session, Duration.ofMinutes(10), "trainer", START);
        DomainException refused = assertThrows(
                DomainException.RuleViolation.class,
                () -> CheckInCode.admit(issued.stored(), session, START.plus(Duration.ofMinutes(10))));
        assertEquals("code-expired", refused.details().get("rule"));
    }

    @Test
    void checkInIsRefusedBeforeTheSessionStartsAndAfterItEnds() {
        CheckInCode.Issued issued =
                CheckInCode.issue(session, Duration.ofHours(5), "trainer", START.minus(Duration.ofHours(1)));
        DomainException early = assertThrows(
                DomainException.StateConflict.class,
                () -> CheckInCode.admit(issued.stored(), session, START.minusSeconds(1)));
        assertEquals("session-not-started", early.details().get("rule"));
        DomainException late = assertThrows(
                DomainException.StateConflict.class,
                () -> CheckInCode.admit(issued.stored(), session, START.plus(Duration.ofHours(3))));
        assertEquals("session-ended", late.details().get("rule"));
    }

    @Test
    void aWrongCodeIsRefusedAndNoCodeIsIssuedOnceTheSessionEnded() {
        DomainException wrong = assertThrows(
                DomainException.RuleViolation.class, () -> CheckInCode.admit(null, session, START.plusSeconds(60)));
        assertEquals("wrong-code", wrong.details().get("rule"));
        assertThrows(
                DomainException.StateConflict.class,
                () -> CheckInCode.issue(session, Duration.ofMinutes(10), "trainer", START.plus(Duration.ofHours(3))));
    }
}
