package factcheck.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Many reviewers saving the same claim at once, all based on version 0. */
public final class SimultaneousReviews {

    private SimultaneousReviews() {
    }

    /** Reviewer i saves verdict MIXED with the rationale "Reviewer i"; the answers come back in reviewer order. */
    public static List<HttpResponse<String>> save(URI claim, int reviewers) throws Exception {
        return SimultaneousRequests.send(reviewers, reviewer -> HttpRequest.newBuilder(claim)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"verdict\": \"MIXED\", \"rationale\": \"Reviewer " + reviewer + "\"}"))
                .build());
    }
}
