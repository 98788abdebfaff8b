package factcheck.web;

import factcheck.support.EmptyDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send their request body a byte at a time, more of them than there are worker threads: everyone
 * else is still answered at once, and each trickling request is cut off with a 408 when its time is up.
 */
@QuarkusTest
@EmptyDatabase
// Signed in as the API's Basic mechanism would sign the caller in, so the HTTP layer knows the caller too.
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"}, authMechanism = "basic")
class SlowRequestBodyTest {

    /** More than the 200 worker threads Quarkus starts at most. */
    private static final int SLOW_CLIENTS = 250;
    private static final int DECLARED_BYTES = 100_000;
    /** factcheck.http.body-timeout in the test profile. */
    private static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL server;

    @Test
    void tricklingBodiesNeitherStarveOtherRequestsNorOutliveTheirTimeLimit() throws Exception {
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(startSlowImport());
            }
            long started = System.nanoTime();
            trickle.scheduleAtFixedRate(() -> slow.forEach(SlowRequestBodyTest::sendOneByte), 0, 500,
                    TimeUnit.MILLISECONDS);

            HttpResponse<String> ordinary = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            server.toURI().resolve("/api/articles")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ordinary.statusCode(), "an ordinary request answers while the slow ones trickle");

            for (Socket client : slow) {
                String answer = readUntilClosed(client, BODY_TIMEOUT.plusSeconds(20).minusNanos(System.nanoTime() - started));
                assertTrue(answer.startsWith("HTTP/1.1 408"), "a trickling request is cut off with 408: " + answer);
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(BODY_TIMEOUT.plusSeconds(20)) < 0);
        } finally {
            trickle.shutdownNow();
            for (Socket client : slow) {
                client.close();
            }
        }
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
        try (Socket client = new Socket(server.getHost(), server.getPort())) {
            client.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 6000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            String answer = readUntilClosed(client, Duration.ofSeconds(10));

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("at most 5242880 are accepted"));
        }
    }

    @Test
    void aBodySentWithoutALengthIsRefusedOnceItOutgrowsTheLimit() throws IOException {
        try (Socket client = new Socket(server.getHost(), server.getPort())) {
            client.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("100000\r\n" + "a".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 6; i++) {
                    client.getOutputStream().write(chunk);
                }
            } catch (IOException refusedMidway) {
                // The server answers and closes as soon as the limit is passed.
            }

            String answer = readUntilClosed(client, Duration.ofSeconds(10));

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertThat(answer, containsString("application/problem+json"));
        }
    }

    private Socket startSlowImport() throws IOException {
        Socket client = new Socket(server.getHost(), server.getPort());
        client.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + DECLARED_BYTES + "\r\n\r\nIn March")
                .getBytes(StandardCharsets.US_ASCII));
        return client;
    }

    // A client the server has already cut off cannot be written to any more; that is the point.
    private static void sendOneByte(Socket client) {
        try {
            client.getOutputStream().write(' ');
        } catch (IOException cutOff) {
            return;
        }
    }

    /** What the server answered before it closed the connection; fails when it keeps it open too long. */
    private static String readUntilClosed(Socket client, Duration within) throws IOException {
        client.setSoTimeout((int) Math.max(1, within.toMillis()));
        StringBuilder answer = new StringBuilder();
        InputStream in = client.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("a trickling request was still open after its time limit; it had answered: "
                    + answer, stillOpen);
        }
        return answer.toString();
    }
}
