package factcheck.claim.history;

import factcheck.support.Api;
import factcheck.support.TestDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static factcheck.claim.history.HistoryApi.history;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Refused saves leave no trace: of twenty reviewers saving the same version at once, one change is recorded. */
@QuarkusTest
class ConcurrentReviewHistoryTest {

    private static final int REVIEWERS = 20;

    @Inject
    TestDatabase db;

    @TestHTTPResource("/api/claims/")
    URI claimsUri;

    private long claimId;

    @BeforeEach
    void importArticle() {
        db.reset();
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @Test
    void ofTwentySimultaneousChangesOnlyTheSavedOneIsInTheHistory() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int reviewer = 0; reviewer < REVIEWERS; reviewer++) {
            HttpRequest request = HttpRequest.newBuilder(claimsUri.resolve(Long.toString(claimId)))
                    .header("Content-Type", "application/json")
                    .header("If-Match", "\"0\"")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(
                            "{\"verdict\": \"MIXED\", \"rationale\": \"Reviewer " + reviewer + "\"}"))
                    .build();
            responses.add(pool.submit(() -> {
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        List<String> saved = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            HttpResponse<String> result = response.get();
            if (result.statusCode() == 200) {
                saved.add(result.body());
            } else {
                assertEquals(409, result.statusCode(), result.body());
            }
        }
        pool.shutdown();

        assertEquals(1, saved.size(), "exactly one change is saved");
        String winner = JsonPath.from(saved.get(0)).getString("rationale");
        JsonPath history = history(claimId);
        assertEquals(List.of("CREATED", "UPDATED"), history.getList("action"));
        assertEquals(winner, history.getString("[1].changes.find { it.field == 'rationale' }.to"));
    }
}
