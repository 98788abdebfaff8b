package factcheck.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server run from the application's own jar, keeping its data in a directory that survives
 * restarts. Used when no database URL is configured, so the workbench runs on a machine with nothing installed.
 * <p>
 * Should the server die (killed, or crashed), it is started again at once, on the same port and data directory
 * so the connection pool's URL stays valid. PostgreSQL replays its write-ahead log as it starts, and a commit
 * returns only once it is in that log, so nothing committed is lost.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** Crash recovery after a kill can outlast the library's default wait of ten seconds. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(1);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);

    private final EmbeddedPostgres postgres;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgresql-restarts");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on a free port; creates the data directory (and runs initdb) on first use. The server is
     * started again whenever it ends, until {@link #close()} or the end of the JVM.
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedDatabase database = new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    // The directory is the user's data: never wipe it, on start or on stop.
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    // The library's default answers a commit before it is in the write-ahead log: a server killed
                    // in that moment would come back without it.
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .start());
            database.watch(Postmaster.of(dataDirectory));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void watch(Postmaster server) {
        server.whenEnded(() -> {
            if (isStopping()) {
                return;
            }
            LOG.warnf("The embedded PostgreSQL (process %d) ended; starting it again on port %d", server.pid(), port());
            restarts.execute(() -> restart(server, FIRST_RETRY));
        });
    }

    private void restart(Postmaster ended, Duration retryAfter) {
        if (isStopping()) {
            return;
        }
        try {
            Postmaster restarted = ended.startAgain(STARTUP_WAIT);
            LOG.infof("The embedded PostgreSQL is running again (process %d)", restarted.pid());
            watch(restarted);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not start the embedded PostgreSQL again (%s); next try in %d ms", e.getMessage(),
                    retryAfter.toMillis());
            Duration longer = retryAfter.multipliedBy(2).compareTo(LAST_RETRY) < 0 ? retryAfter.multipliedBy(2) : LAST_RETRY;
            restarts.schedule(() -> restart(ended, longer), retryAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Whether the server's end is wanted: this database was closed, or the JVM shuts down (the library's own
     * shutdown hook stops the server then). Registering a shutdown hook is refused exactly once shutdown began.
     */
    private boolean isStopping() {
        if (closed) {
            return true;
        }
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return jdbcUrl(port());
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** Stops the server (restarted or not) and stops watching it. */
    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
