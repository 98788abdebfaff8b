package factcheck.database;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A load run: clients read and write through the API with real credentials while the database ends all the
 * workbench's connections again and again. No answer is a 500, every 503 says when to retry, and every note whose
 * creation was confirmed is there afterwards. Logs the figures for docs/benchmarks.md.
 */
@QuarkusTest
@EmptyDatabase
class ConnectionLossUnderLoadTest {

    private static final Logger LOG = Logger.getLogger(ConnectionLossUnderLoadTest.class);
    private static final int CLIENTS = 8;
    private static final Duration RUN = Duration.ofSeconds(15);
    private static final Duration BETWEEN_KILLS = Duration.ofMillis(1500);

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL server;

    @Test
    void noAnswerIsA500AndNoConfirmedWriteIsLostWhileConnectionsAreKilled() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        String token = Accounts.basic(editor).contentType(ContentType.JSON).body(Map.of("name", "load"))
                .when().post("/api/tokens").then().statusCode(201).extract().path("token");
        long claimId = Api.claimContaining(Api.importArticleAs(editor, Api.FACTUAL_TEXT), "140 people");

        ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> confirmedNotes = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger without = new AtomicInteger();
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger killedConnections = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + RUN.toNanos();

        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            killer.scheduleAtFixedRate(() -> {
                killedConnections.addAndGet(DatabaseSessions.endAll());
                kills.incrementAndGet();
            }, BETWEEN_KILLS.toMillis(), BETWEEN_KILLS.toMillis(), TimeUnit.MILLISECONDS);
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int clientNumber = client;
                running.add(clients.submit(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String note = "note " + clientNumber + "-" + i;
                        HttpRequest request = i % 2 == 0
                                ? authorized(token, "/api/claims/" + claimId).GET().build()
                                : authorized(token, "/api/claims/" + claimId + "/notes")
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + note + "\"}")).build();
                        long started = System.nanoTime();
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - started);
                        statuses.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
                        if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isEmpty()) {
                            without.incrementAndGet();
                        }
                        if (answer.statusCode() == 201) {
                            confirmedNotes.add(note);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            killer.shutdownNow();
            clients.shutdownNow();
        }

        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        LOG.infof("Connection loss under load: %d clients for %d s, %d kills ending %d connections; %d requests,"
                        + " answers %s; latency ms p50 %.1f p99 %.1f max %.1f", CLIENTS, RUN.toSeconds(), kills.get(),
                killedConnections.get(), sorted.size(), counts, percentile(sorted, 0.5), percentile(sorted, 0.99),
                percentile(sorted, 1.0));

        assertTrue(kills.get() >= 5, "connections were ended again and again");
        assertFalse(counts.containsKey(500), "no answer is a 500: " + counts);
        assertTrue(counts.keySet().stream().allMatch(status -> status == 200 || status == 201 || status == 503),
                "only successes and 503s: " + counts);
        assertEquals(0, without.get(), "every 503 says when to retry");
        // The last kill may have ended the connection this read is given: it is answered 503 like any other.
        List<String> stored = await().atMost(Duration.ofSeconds(30))
                .until(() -> Accounts.basic(editor).when().get("/api/claims/{id}", claimId), answer -> answer.statusCode() == 200)
                .jsonPath().getList("notes.text");
        assertTrue(stored.containsAll(confirmedNotes), "every confirmed note was kept");
    }

    private HttpRequest.Builder authorized(String token, String path) {
        return HttpRequest.newBuilder(URI.create(server.toString()).resolve(path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
    }

    private static double percentile(List<Long> sortedNanos, double fraction) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(fraction * sortedNanos.size()) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
