package kr.seoul.chatdong.commons.persistence;

/**
 * The one test of whether a failure is the database being out of reach (down, refusing connections,
 * the pool unable to hand one out in time) rather than a fault of the request or the code: the
 * REST layer answers it with 503 and Retry-After, the event consumer waits it out instead of
 * dead-lettering the event.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.sql.SQLTransientException
                    || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") // connection exceptions
                            || sql.getSQLState().equals("53300") // too many connections
                            || sql.getSQLState().equals("57P01") || sql.getSQLState().equals("57P03") // shutting down, starting up
                            || sql.getSQLState().equals("55000"))) { // the database does not accept connections now
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Acquisition timeout") || message.contains("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }
}
