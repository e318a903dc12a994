package kr.seoul.chatdong.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures mean "the database is out of reach" (503), whatever wraps them. */
class DatabaseUnavailableTest {

    @Test
    void aCommitRefusedBecauseTheServerEndedTheConnectionIsUnavailability() {
        // As Narayana reports it: a RollbackException with the driver's error suppressed, not as its cause.
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseUnavailable.is(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void tooManyConnectionsAndAPoolTimeoutAreUnavailability() {
        assertTrue(DatabaseUnavailable.is(new SQLException("too many connections for role", "53300")));
        assertTrue(DatabaseUnavailable.is(
                new RuntimeException("Unable to acquire JDBC Connection [Sorry, acquisition timeout!]")));
    }

    @Test
    void aStoppingApplicationIsUnavailabilityNotAPoisonEvent() {
        assertTrue(DatabaseUnavailable.is(
                new IllegalStateException("x", new IllegalStateException("EntityManagerFactory is closed"))));
    }

    @Test
    void aConstraintViolationIsNot() {
        Exception unique = new SQLException("duplicate key value violates unique constraint", "23505");
        unique.addSuppressed(new IllegalStateException("other"));
        assertFalse(DatabaseUnavailable.is(new RuntimeException(unique)));
    }
}
