package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Load: 50 API clients with the right HTTP Basic credentials of one account, from one address, each sending
 * {@value #REQUESTS_PER_CLIENT} requests one after another, all starting at the same instant; none may be refused.
 * Runs against the application on 127.0.0.1 only, outside the normal build: {@code ./mvnw -Pload-test test}
 * (docs/benchmarks.md, "Load: parallel sign-in").
 */
@QuarkusTest
@EmptyDatabase
@Tag("load")
class ParallelSignInLoadTest {

    private static final Logger LOG = Logger.getLogger(ParallelSignInLoadTest.class);
    private static final int CLIENTS = 50;
    private static final int REQUESTS_PER_CLIENT = 10;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The whole run is given up after this, so a hang fails the test rather than the build. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URI baseUri;

    @BeforeEach
    void createAccount() {
        accounts.create(Role.REVIEWER);
    }

    @Test
    void fiftyClientsWithTheRightPasswordAreNeverRefused() throws Exception {
        URI articles = URI.create("http://127.0.0.1:" + baseUri.getPort() + "/api/articles");
        String credentials = Base64.getEncoder()
                .encodeToString(("reviewer:" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(articles)
                .header("Authorization", "Basic " + credentials)
                .timeout(REQUEST_TIMEOUT)
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long began;
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                        long sent = System.nanoTime();
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        latencies.add(System.nanoTime() - sent);
                        statuses.merge(status, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            long deadline = began + RUN_TIMEOUT.toNanos();
            for (Future<?> each : clients) {
                each.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        List<Long> sorted = latencies.stream().sorted().toList();
        LOG.infof("%d clients x %d requests in %.1f s (%.1f requests/s); latency median %d ms, 95th percentile %d ms,"
                        + " slowest %d ms; answers by status %s", CLIENTS, REQUESTS_PER_CLIENT, seconds,
                sorted.size() / seconds, millis(sorted, 0.5), millis(sorted, 0.95), millis(sorted, 1.0), statuses);
        assertEquals(Map.of(200, CLIENTS * REQUESTS_PER_CLIENT), statuses);
    }

    private static long millis(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, index)));
    }
}
