package factcheck.report;

import factcheck.claim.Verdict;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.report;
import static factcheck.support.Api.claimContaining;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A verdict goes out only for the words it was given for: a reviewed claim whose sentence a correction changed is
 * flagged, and no report publishes it as rated until it is reviewed again.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class PublishedVerdictTest {

    private long articleId;

    @BeforeEach
    void aReviewedClaimWhoseSentenceWasCorrected() {
        JsonPath article = importArticle("Attack report", ATTACK_TEXT);
        articleId = article.getLong("id");
        long attack = claimContaining(article, "140 people");
        ReviewApi.giveVerdict(attack, Verdict.FALSE, "The toll was 145.");
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", ATTACK_TEXT.replace("killed 140 people", "killed 145 people")))
                .when().put("/api/articles/{id}/text", articleId)
                .then().statusCode(200);
    }

    @Test
    void theFlaggedVerdictIsNeitherCountedNorShownAsARating() {
        JsonPath json = JsonPath.from(report(articleId, "json"));
        assertEquals(0, json.getInt("summary.verdictCounts.FALSE"));
        assertEquals(1, json.getInt("summary.statusCounts.REVIEWED"));
        assertEquals(true, json.getBoolean("claims.find { it.text.contains('145 people') }.needsReview"));

        assertEquals(List.of(), JsonPath.from(report(articleId, "claimreview")).getList("claimReviewed"));

        String markdown = report(articleId, "md");
        assertThat(markdown, containsString("- Verdict: needs review"));
        assertThat(markdown, not(containsString("- Verdict: FALSE")));
        assertThat(markdown, containsString("FALSE 0"));

        Document html = Jsoup.parse(report(articleId, "html"));
        assertEquals("Needs review", html.selectFirst("article.claim h3 .verdict").text());
        assertEquals("1", html.select(".chart tr").stream()
                .filter(row -> row.selectFirst("th").text().equals("Needs review"))
                .findFirst().orElseThrow().selectFirst(".count").text());
    }

    @Test
    void reportsOfClaimsRatedFalseLeaveItOut() {
        JsonPath reports = given().queryParam("format", "json").queryParam("verdict", "FALSE")
                .when().get("/api/reports").then().statusCode(200).extract().jsonPath();

        assertEquals(0, reports.getInt("articleCount"));
    }
}
