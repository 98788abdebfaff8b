package factcheck.article;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article page as the workbench script finds it: exact text with offsets, the selection, progress, scripts. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticleWorkbenchPageTest {

    @Test
    void articleTextIsRenderedCharacterForCharacterWithEachPiecesOffset() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        String stored = given().when().get("/api/articles/" + article.getLong("id")).then().extract().path("text");

        Element text = articlePage(article.getLong("id"), "").selectFirst("article.article-text");

        assertNotNull(text);
        assertEquals(stored, text.wholeText(), "no line break or space may be added to the pre-wrapped text");
        int offset = 0;
        for (Element piece : text.children()) {
            assertEquals(offset, Integer.parseInt(piece.attr("data-start")), "offset of “" + piece.wholeText() + "”");
            offset += piece.wholeText().length();
        }
        assertEquals(stored.length(), offset);
    }

    @Test
    void everyClaimIsMarkedInTheTextAndListedWithItsIdAndBadge() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long claimId = Api.claimContaining(article, "140 people");

        Document page = articlePage(article.getLong("id"), "");

        Element mark = page.selectFirst(".article-text [data-claim-id=" + claimId + "]");
        Element entry = page.selectFirst(".claim-list [data-claim-id=" + claimId + "]");
        assertNotNull(mark);
        assertNotNull(entry);
        assertEquals("1 ○", mark.selectFirst(".claim-badge").attr("data-badge"), "number and status symbol, not colour alone");
        assertEquals("/claims/" + claimId, mark.selectFirst("a.claim-badge").attr("href"), "a link where scripts are off");
        assertEquals(article.getList("claims").size(), page.select(".article-text [data-claim-id]").size());
        assertEquals(article.getList("claims").size(), page.select(".claim-list [data-claim-id]").size());
        assertTrue(page.select("[aria-current]").isEmpty(), "nothing is selected without ?claim=");
    }

    @Test
    void claimInTheQueryIsTheOneTheWorkbenchOpens() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long claimId = Api.claimContaining(article, "10 million");

        Document page = articlePage(article.getLong("id"), "?claim=" + claimId);

        assertEquals(String.valueOf(claimId), page.selectFirst(".workbench").attr("data-selected"));
        assertFalse(articlePage(article.getLong("id"), "?claim=first").selectFirst(".workbench").hasAttr("data-selected"));
    }

    @Test
    void progressBarBreaksTheReviewedClaimsDownByVerdict() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long attack = Api.claimContaining(article, "140 people");
        long migrants = Api.claimContaining(article, "10 million");
        Reviews.save(attack, Reviews.verdict("MOSTLY_FALSE"));
        Reviews.save(migrants, Map.of("status", "DISMISSED"));

        Element progress = articlePage(article.getLong("id"), "").selectFirst("#progress .progress");

        assertNotNull(progress);
        assertTrue(progress.text().contains("2 / 2 done · 1 reviewed · 1 dismissed"), progress.text());
        assertEquals("Mostly false 1 Dismissed 1", progress.selectFirst(".progress-breakdown").text());
        Element verdict = progress.selectFirst("rect.verdict-mostly-false");
        Element dismissed = progress.selectFirst("rect.status-dismissed");
        assertEquals("0", verdict.attr("x"));
        assertEquals("500", verdict.attr("width"));
        assertEquals("500", dismissed.attr("x"));
        assertEquals("500", dismissed.attr("width"));
    }

    @Test
    void articleListShowsTheSameBreakdown() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        Reviews.save(Api.claimContaining(article, "140 people"), Reviews.verdict("TRUE"));

        given().when().get("/articles")
                .then().statusCode(200)
                .body(containsString("1 / 2 done"))
                .body(containsString("<li><span class=\"swatch verdict-true\"></span>True 1</li>"));
    }

    @Test
    void theLayoutsScriptsAreServedByTheApplication() {
        Document page = articlePage(Api.importArticle(Api.FACTUAL_TEXT).getLong("id"), "");

        for (Element script : page.select("script")) {
            assertTrue(script.hasAttr("src"), "no inline script: the Content-Security-Policy forbids them");
            given().when().get(script.attr("src"))
                    .then().statusCode(200).contentType(containsString("javascript"));
        }
        assertEquals(2, page.select("script[src]").size(), "htmx and the workbench script");
        assertNotNull(page.selectFirst("meta[name=csrf-token][content]"));
        assertTrue(page.selectFirst("meta[name=htmx-config]").attr("content").contains("\"includeIndicatorStyles\":false"));
    }

    private static Document articlePage(long id, String query) {
        String html = given().when().get("/articles/" + id + query).then().statusCode(200).extract().asString();
        return Jsoup.parse(html);
    }
}
