package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finding claims across articles: filters, full-text search, sorting, paging, and the next claim to review. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimSearchTest {

    static final String MOSCOW = "The attack in March 2024 killed 140 people at a concert hall in Moscow.\n\n"
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";
    static final String BUDGET = "The finance ministry said on 3 May 2024 that the deficit reached 4.1 % of GDP.\n\n"
            + "Exports of wheat fell by 12 per cent in 2023, according to the customs agency.";

    @Inject
    SessionFactory sessionFactory;

    private long moscowId;
    private long budgetId;

    @BeforeEach
    void twoArticles() {
        moscowId = Api.importArticle(MOSCOW).getLong("id");
        budgetId = Api.importArticle(BUDGET).getLong("id");
    }

    @Test
    void listsEveryClaimAcrossArticlesWithItsArticle() {
        JsonPath page = claims(Map.of());

        assertEquals(4, page.getInt("total"));
        assertThat(page.getList("items.articleTitle"), everyItem(not(equalTo(null))));
        assertThat(page.getList("items.articleId"), hasItems((int) moscowId, (int) budgetId));
    }

    @Test
    void fullTextSearchMatchesWordFormsInTextAndRationale() {
        JsonPath killing = claims(Map.of("q", "killing"));
        assertEquals(1, killing.getInt("total"), "'killing' finds 'killed'");
        assertThat(killing.getString("items[0].text"), containsString("killed 140 people"));

        long wheat = claimIdContaining("wheat");
        Reviews.save(wheat, Map.of("verdict", "MISLEADING", "rationale", "Customs counted barley separately."));

        JsonPath barley = claims(Map.of("q", "barley"));
        assertEquals(List.of((int) wheat), barley.getList("items.id"), "the rationale is searched too");
        assertEquals(0, claims(Map.of("q", "elephants")).getInt("total"));
    }

    @Test
    void filtersCombine() {
        long wheat = claimIdContaining("wheat");
        Reviews.save(wheat, Reviews.verdict("FALSE"));

        assertEquals(List.of((int) wheat), claims(Map.of("verdict", "FALSE")).getList("items.id"));
        assertEquals(List.of((int) wheat), claims(Map.of("status", "reviewed", "article", budgetId)).getList("items.id"));
        assertEquals(0, claims(Map.of("status", "REVIEWED", "article", moscowId)).getInt("total"));
        assertEquals(3, claims(Map.of("status", "UNREVIEWED")).getInt("total"));
        assertThat(claims(Map.of("kind", "STATISTIC")).getList("items.kind"), everyItem(equalTo("STATISTIC")));
    }

    @Test
    void sortsByScoreOrByLastChangeAndPages() {
        List<Float> scores = claims(Map.of("sort", "score")).getList("items.score");
        List<Float> sorted = scores.stream().sorted((a, b) -> Float.compare(b, a)).toList();
        assertEquals(sorted, scores);

        long wheat = claimIdContaining("wheat");
        Reviews.save(wheat, Map.of("status", "IN_PROGRESS"));
        assertEquals((int) wheat, claims(Map.of()).getInt("items[0].id"), "the latest change comes first");

        JsonPath second = claims(Map.of("size", 3, "page", 1));
        assertEquals(4, second.getInt("total"));
        assertThat(second.getList("items"), hasSize(1));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status, FINISHED", "verdict, MAYBE", "kind, RUMOUR", "sort, popularity", "article, first",
            "page, -1", "size, 1000"})
    void badFilterIsA400NamingTheField(String field, String value) {
        given().queryParam(field, value).get("/api/claims")
                .then().spec(problem(400)).body("errors[0].field", equalTo(field));
    }

    @Test
    void claimListPageShowsMatchesAndKeepsTheFilter() {
        String page = given().queryParam("q", "wheat").queryParam("status", "UNREVIEWED")
                .get("/claims").then().statusCode(200).extract().asString();

        assertThat(page, containsString("Exports of wheat fell"));
        assertThat(page, not(containsString("killed 140 people")));
        assertThat(page, containsString("value=\"wheat\""));
        assertThat(page, containsString("<option value=\"UNREVIEWED\" selected>"));
        assertThat(page, containsString("data-claim-id=\"" + claimIdContaining("wheat") + "\""));
    }

    @Test
    void claimListPageShowsABadFilterNextToItsField() {
        given().queryParam("status", "FINISHED").get("/claims")
                .then().statusCode(400).body(containsString("id=\"status-error\""));
    }

    @Test
    void nextUnreviewedFollowsTheArticleThenTheQueueThenTheNewestArticle() {
        long attack = claimIdContaining("140 people");
        long migrants = claimIdContaining("interior ministry");
        long deficit = claimIdContaining("deficit");

        assertEquals(migrants, nextAfter(attack), "the next claim of the same article");
        Reviews.save(migrants, Reviews.verdict("TRUE"));
        assertEquals(deficit, nextAfter(attack), "then the newest article's first unreviewed claim");

        given().redirects().follow(false).get("/claims/next?after=" + attack)
                .then().statusCode(303).header("Location", matchesPattern(".*/articles/\\d+\\?claim=" + deficit));
    }

    @Test
    void aPageOfClaimsCostsThreeQueriesWhateverItsSize() {
        assertEquals(3, statementsFor("/api/claims?size=1"), "ids, count, claims with their articles");
        assertEquals(3, statementsFor("/api/claims?size=100"));
        assertEquals(statementsFor("/claims?q=ministry"), statementsFor("/claims"));
    }

    private long statementsFor(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void nothingLeftToReview() {
        for (long id : claims(Map.of()).getList("items.id", Long.class)) {
            Reviews.save(id, Map.of("status", "DISMISSED"));
        }

        given().get("/api/claims/next").then().statusCode(204);
        given().redirects().follow(false).get("/claims/next")
                .then().statusCode(303).header("Location", containsString("nothingLeft=true"));
        given().get("/claims?status=UNREVIEWED&nothingLeft=true").then().body(containsString("No unreviewed claims are left"));
    }

    private long nextAfter(long claimId) {
        return given().queryParam("after", claimId).get("/api/claims/next")
                .then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private static JsonPath claims(Map<String, ?> query) {
        return given().queryParams(query).get("/api/claims").then().statusCode(200).extract().jsonPath();
    }

    private long claimIdContaining(String fragment) {
        return claims(Map.of("size", 100)).getLong("items.find { it.text.contains('" + fragment + "') }.id");
    }
}
