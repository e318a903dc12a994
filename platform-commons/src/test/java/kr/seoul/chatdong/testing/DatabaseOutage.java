package kr.seoul.chatdong.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes a service's real database unreachable for a moment: no new connections are allowed and the
 * open ones are terminated, as when PostgreSQL goes away under a running service. Done as the
 * database's owner from a second connection, and undone by {@link #close()}.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final Connection admin;
    private final String database;

    private DatabaseOutage(Connection admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    /** Cuts the database the running application under test uses. */
    public static DatabaseOutage start() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        Connection admin = DriverManager.getConnection(
                adminUrl,
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        try (Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                    + "' AND pid <> pg_backend_pid()");
        }
        return new DatabaseOutage(admin, database);
    }

    @Override
    public void close() throws SQLException {
        try (admin;
                Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
        }
    }
}
