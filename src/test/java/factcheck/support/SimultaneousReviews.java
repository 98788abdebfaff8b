package factcheck.support;

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

/** Many reviewers saving one claim at the same instant, all based on version 0: the race optimistic locking settles. */
public final class SimultaneousReviews {

    private SimultaneousReviews() {
    }

    /** Reviewer i saves verdict MIXED with the rationale "Reviewer i"; the answers come back in reviewer order. */
    public static List<HttpResponse<String>> save(URI claim, int reviewers) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int reviewer = 0; reviewer < reviewers; reviewer++) {
                HttpRequest request = HttpRequest.newBuilder(claim)
                        .header("Content-Type", "application/json")
                        .header("If-Match", "\"0\"")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(
                                "{\"verdict\": \"MIXED\", \"rationale\": \"Reviewer " + reviewer + "\"}"))
                        .build();
                pending.add(pool.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
