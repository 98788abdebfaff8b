package factcheck.article;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article page and its claim panel cost the same few queries for 3 claims as for 300. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticlePageQueryCountTest {

    static final int MANY = 300;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void articlePageQueriesDoNotGrowWithTheNumberOfClaims() {
        JsonPath small = importArticle(3);
        JsonPath large = importArticle(MANY);
        assertEquals(MANY, large.getList("claims").size(), "one claim per sentence");
        List<Long> claimIds = large.getList("claims.id", Long.class);
        for (long claimId : claimIds.subList(0, 40)) {
            Reviews.save(claimId, Reviews.verdict("MIXED"));
            Reviews.addSource(claimId, Map.of("url", "https://stats.example.org/" + claimId, "stance", "SUPPORTS"));
        }

        long forSmall = statementsFor("/articles/" + small.getLong("id"));
        long forLarge = statementsFor("/articles/" + large.getLong("id"));

        assertEquals(forSmall, forLarge);
        assertTrue(forLarge <= 5, "article, claims, progress counts, its original, likely relatives; got " + forLarge);
        given().when().get("/articles/" + large.getLong("id"))
                .then().body(containsString("40 / " + MANY + " done"));
    }

    @Test
    void panelQueriesDoNotGrowWithSourcesNotesOrClaims() {
        JsonPath large = importArticle(MANY);
        List<Long> claimIds = large.getList("claims.id", Long.class);
        long bare = claimIds.get(0);
        long busy = claimIds.get(150);
        for (int i = 0; i < 5; i++) {
            Reviews.addSource(busy, Map.of("url", "https://stats.example.org/" + i, "stance", "CONTEXT"));
            Reviews.addNote(busy, "Checked region " + i);
        }
        String panel = "/articles/" + large.getLong("id") + "/claims/%d/panel";

        long forBare = statementsFor(panel.formatted(bare));
        long forBusy = statementsFor(panel.formatted(busy));

        assertEquals(forBare, forBusy);
        assertTrue(forBusy <= 4, "claim, sources, notes, next claim; got " + forBusy);
    }

    private long statementsFor(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** An article of {@code sentences} check-worthy sentences, each with a figure, a year and a place. */
    private static JsonPath importArticle(int sentences) {
        String text = IntStream.rangeClosed(1, sentences)
                .mapToObj(n -> "In 2024 the agency counted 1,234 cases in Region " + n + ".")
                .collect(Collectors.joining(" "));
        return Api.importArticle(Map.of("text", text, "title", sentences + " claims"));
    }
}
