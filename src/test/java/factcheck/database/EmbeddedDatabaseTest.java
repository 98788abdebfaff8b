package factcheck.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

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

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
