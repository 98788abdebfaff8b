package factcheck.support;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends requests from many threads released at the same instant, as many people clicking at once. */
public final class SimultaneousRequests {

    private SimultaneousRequests() {
    }

    /** Request i is {@code request.apply(i)}; the answers come back in that order. */
    public static List<HttpResponse<String>> send(int count, IntFunction<HttpRequest> request) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest next = request.apply(i);
                pending.add(pool.submit(() -> {
                    start.await();
                    return client.send(next, HttpResponse.BodyHandlers.ofString());
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
