package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Save and next" and "next unreviewed" keep the reviewer in the article's workbench. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "reviewer", roles = {"EDITOR", "REVIEWER"})
class SaveAndNextTest {

    private long articleId;
    private long attack;
    private long migrants;

    @BeforeEach
    void anArticle() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        articleId = article.getLong("id");
        attack = Api.claimContaining(article, "140 people");
        migrants = Api.claimContaining(article, "10 million");
    }

    @Test
    void inThePanelSaveAndNextAnswersWithTheNextClaimsPanelAndUpdatesTheSavedOne() {
        Response answer = saveAndNext(attack, true);

        answer.then().statusCode(200).header("HX-Replace-Url", "/articles/" + articleId + "?claim=" + migrants);
        Document panel = Jsoup.parseBodyFragment(answer.asString());
        assertEquals("Claim 2", panel.selectFirst("#panel-title").text());
        assertEquals("/claims/" + migrants, panel.selectFirst("form.review-form").attr("data-hx-post"));
        assertTrue(panel.selectFirst(".saved-note").text().contains("Claim 1 saved"));
        Element saved = panel.selectFirst("#claim-" + attack + "[data-hx-swap-oob]");
        assertTrue(saved.className().contains("verdict-false"), saved.className());
        assertFalse(saved.hasAttr("aria-current"), "the saved claim is no longer the one open");
        assertEquals("true", panel.selectFirst("#claim-item-" + migrants + "[data-hx-swap-oob]").attr("aria-current"));
        assertNotNull(panel.selectFirst("#progress[data-hx-swap-oob]"));
        given().get("/api/claims/" + attack).then().body("verdict", equalTo("FALSE"));
    }

    @Test
    void whenTheArticleIsDoneSaveAndNextOpensTheNextArticlesWorkbench() {
        JsonPath otherArticle = Api.importArticle("The council approved 12 million euros for schools in May 2024.");
        long other = Api.firstClaimOf(otherArticle);
        Reviews.save(migrants, Map.of("status", "DISMISSED"));

        saveAndNext(attack, true).then().statusCode(200)
                .header("HX-Redirect", "/articles/" + otherArticle.getLong("id") + "?claim=" + other);
    }

    @Test
    void withoutHtmxSaveAndNextGoesToTheWorkbenchWithTheNextClaimOpen() {
        saveAndNext(attack, false).then().statusCode(303)
                .header("Location", endsWith("/articles/" + articleId + "?claim=" + migrants));
    }

    @Test
    void afterTheLastClaimThePanelSaysNothingIsLeft() {
        Reviews.save(migrants, Map.of("status", "DISMISSED"));

        Document panel = Jsoup.parseBodyFragment(saveAndNext(attack, true).then().statusCode(200).extract().asString());

        assertEquals("Claim 1", panel.selectFirst("#panel-title").text());
        assertTrue(panel.selectFirst(".saved-note").text().contains("No unreviewed claims are left"));
    }

    @Test
    void nextUnreviewedOpensTheClaimInItsArticlesWorkbench() {
        given().redirects().follow(false).get("/claims/next?after=" + attack)
                .then().statusCode(303).header("Location", endsWith("/articles/" + articleId + "?claim=" + migrants));
        given().redirects().follow(false).get("/claims/next?after=" + migrants)
                .then().statusCode(303).header("Location", endsWith("/articles/" + articleId + "?claim=" + attack));
    }

    private Response saveAndNext(long claimId, boolean inPanel) {
        var request = given().filter(csrf()).redirects().follow(false)
                .formParam("decision", "FALSE").formParam("rationale", "The toll was 145.")
                .formParam("version", 0).formParam("then", "next");
        if (inPanel) {
            request.header("HX-Request", "true");
        }
        return request.when().post("/claims/" + claimId);
    }
}
