package kr.seoul.chatdong.commons.persistence;

/**
 * The one test of whether a failure is the database being out of reach (down, refusing connections,
 * the pool unable to hand one out in time) rather than a fault of the request or the code: the
 * REST layer answers it with 503 and Retry-After, the event consumer waits it out instead of
 * dead-lettering the event.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean is(Throwable e) {
        return is(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Walks the causes and the suppressed exceptions: a commit that fails because the server ended
     * the connection arrives as a RollbackException whose PSQLException is suppressed, not a cause.
     */
    private static boolean is(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof java.sql.SQLTransientException
                || t instanceof java.sql.SQLRecoverableException) {
            return true;
        }
        if (t instanceof java.sql.SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") // connection exceptions
                        || sql.getSQLState().equals("53300") // too many connections
                        || sql.getSQLState().equals("57P01")
                        || sql.getSQLState().equals("57P03") // shutting down, starting up
                        || sql.getSQLState().equals("55000"))) { // the database does not accept connections now
            return true;
        }
        String message = String.valueOf(t.getMessage());
        // "EntityManagerFactory is closed": the application is stopping (SIGTERM) under a consumer that
        // still handles an event — wait, don't dead-letter: the uncommitted offset brings it back.
        if (message.contains("Acquisition timeout")
                || message.contains("Unable to acquire JDBC Connection")
                || message.contains("EntityManagerFactory is closed")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (is(suppressed, seen)) {
                return true;
            }
        }
        return is(t.getCause(), seen);
    }
}
