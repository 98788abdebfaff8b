package factcheck.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseTest {

    // Under target/, not the system temp folder: PostgreSQL runs as another user and must reach the directory.
    private final Path dataDir = Path.of("target", "embedded-restart-" + UUID.randomUUID());

    @Test
    void keepsArticlesAcrossARestart() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, "").load().migrate();
            try (Connection connection = connect(database)) {
                connection.createStatement().executeUpdate("""
                        insert into article (id, title, text, content_hash, created_at, updated_at, version)
                        values (1, 'Kept title', 'Kept text.', 'hash', now(), now(), 0)""");
            }
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
             Connection connection = connect(database)) {
            ResultSet row = connection.createStatement().executeQuery("select title, text from article where id = 1");
            assertTrue(row.next(), "the article survives the restart");
            assertEquals("Kept title", row.getString("title"));
            assertEquals("Kept text.", row.getString("text"));
        }
    }

    @Test
    void createsItsDataDirectoryOnFirstStart() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            assertTrue(database.port() > 0);
            assertTrue(Files.exists(dataDir.resolve("PG_VERSION")), "initdb ran in the configured directory");
        }
    }

    @Test
    void startsItsKilledServerAgainOnTheSamePortKeepingWhatWasCommitted() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
            int port = database.port();
            try (Connection connection = connect(database)) {
                connection.createStatement().execute("create table kept (id integer)");
                connection.createStatement().executeUpdate("insert into kept values (1)");
            }
            long killed = postmasterPid();

            assertTrue(ProcessHandle.of(killed).orElseThrow().destroyForcibly(), "the server was killed");

            await("the server runs again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .ignoreExceptions().until(() -> postmasterPid() != killed && answers(database));
            assertEquals(port, database.port());
            try (Connection connection = connect(database);
                 ResultSet rows = connection.createStatement().executeQuery("select count(*) from kept")) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the committed row survived the kill");
            }
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    private static boolean answers(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = connect(database)) {
            return connection.isValid(1);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
