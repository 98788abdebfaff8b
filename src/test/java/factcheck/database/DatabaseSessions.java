package factcheck.database;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Ends the workbench's database sessions from a connection of its own, as an administrator or a failover would. */
final class DatabaseSessions {

    private DatabaseSessions() {
    }

    /** Returns how many sessions it ended. */
    static int endAll() {
        Config config = ConfigProvider.getConfig();
        try (Connection admin = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             ResultSet ended = admin.createStatement().executeQuery("select count(*) filter (where"
                     + " pg_terminate_backend(pid)) from pg_stat_activity where pid <> pg_backend_pid()"
                     + " and datname = current_database() and backend_type = 'client backend'")) {
            ended.next();
            return ended.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the workbench's database sessions", e);
        }
    }
}
