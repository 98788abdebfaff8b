package factcheck.claim.history;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.SimultaneousReviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static factcheck.claim.history.HistoryApi.history;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Refused saves leave no trace: of twenty reviewers saving the same version at once, one change is recorded. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ConcurrentReviewHistoryTest {

    private static final int REVIEWERS = 20;

    @TestHTTPResource("/api/claims/")
    URI claimsUri;

    private long claimId;

    @BeforeEach
    void importArticle() {
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @Test
    void ofTwentySimultaneousChangesOnlyTheSavedOneIsInTheHistory() throws Exception {
        List<String> saved = new ArrayList<>();
        for (HttpResponse<String> result : SimultaneousReviews.save(claimsUri.resolve(Long.toString(claimId)), REVIEWERS)) {
            if (result.statusCode() == 200) {
                saved.add(result.body());
            } else {
                assertEquals(409, result.statusCode(), result.body());
            }
        }

        assertEquals(1, saved.size(), "exactly one change is saved");
        String winner = JsonPath.from(saved.get(0)).getString("rationale");
        JsonPath history = history(claimId);
        assertEquals(List.of("CREATED", "UPDATED"), history.getList("action"));
        assertEquals(winner, history.getString("[1].changes.find { it.field == 'rationale' }.to"));
    }
}
