package factcheck.database;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The running PostgreSQL server of a data directory: its process, named by the first line of
 * {@code postmaster.pid}, and the command line it was started with. {@code pg_ctl} starts the server apart from
 * the JVM, so the operating system, not a {@link Process} of ours, tells when it ends; and the same binary with
 * the same options (port included) starts it again.
 */
final class Postmaster {

    private final Path dataDirectory;
    private final long pid;
    private final Optional<String> command;
    private final Optional<String[]> arguments;

    private Postmaster(Path dataDirectory, long pid, Optional<String> command, Optional<String[]> arguments) {
        this.dataDirectory = dataDirectory;
        this.pid = pid;
        this.command = command;
        this.arguments = arguments;
    }

    /** The server now running on the data directory. */
    static Postmaster of(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info).orElseThrow(() ->
                    new IllegalStateException("The PostgreSQL server of " + dataDirectory + " is not running"));
            return new Postmaster(dataDirectory, pid, info.command(), info.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException("The running PostgreSQL leaves its process id in " + dataDirectory, e);
        }
    }

    long pid() {
        return pid;
    }

    /** Runs {@code ended} once the server has ended, however it ended. */
    void whenEnded(Runnable ended) {
        ProcessHandle.of(pid).ifPresentOrElse(process -> process.onExit().thenRun(ended), ended);
    }

    /**
     * Starts the server again as it was started, and waits until it accepts connections (after replaying its
     * write-ahead log).
     *
     * @throws IOException when it does not start: its old processes may still hold its shared memory for a moment
     */
    Postmaster startAgain(Duration wait) throws IOException {
        String postgres = command.orElseThrow(() -> new IOException("The server's command line cannot be read"));
        List<String> options = new ArrayList<>(Arrays.asList(arguments.orElseThrow(() ->
                new IOException("The server's command line cannot be read"))));
        int directoryOption = options.indexOf("-D");
        if (directoryOption >= 0) {
            options.subList(directoryOption, directoryOption + 2).clear();
        }
        List<String> start = new ArrayList<>();
        // As root, the library runs PostgreSQL's commands in a user namespace of their own, which refuse root.
        if (LinuxUtils.isUnshareAvailable()) {
            start.addAll(List.of("unshare", "-U"));
        }
        start.addAll(List.of(Path.of(postgres).resolveSibling("pg_ctl").toString(),
                "-D", dataDirectory.toAbsolutePath().toString(), "-o", String.join(" ", options),
                "-w", "-t", Long.toString(wait.toSeconds()), "start"));
        Process pgCtl = new ProcessBuilder(start)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (pgCtl.waitFor() != 0) {
                throw new IOException("pg_ctl could not start the server (exit status " + pgCtl.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the server started", e);
        }
        return of(dataDirectory);
    }
}
