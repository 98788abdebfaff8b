package factcheck.original;

import factcheck.article.ArticleDraft;
import factcheck.desk.ArticleDesk;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison page: an editor attaches the original in a form and reads the article beside it. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ComparisonPageTest {

    private static final String ORIGINAL = Api.FACTUAL_TEXT.replace("140 people", "145 people");

    @Inject
    ArticleDesk desk;

    private long articleId;

    /** Imported directly: the reviewer's test may not import through the API. */
    @BeforeEach
    void importArticle() {
        articleId = desk.importArticle(new ArticleDraft(Api.FACTUAL_TEXT, null, null, null, null, null)).id;
    }

    @Test
    void anOriginalPastedIntoTheFormIsComparedSentenceBySentence() {
        given().filter(csrf()).redirects().follow(false).formParam("text", ORIGINAL)
                .when().post("/articles/" + articleId + "/original")
                .then().statusCode(303).header("Location", endsWith("/articles/" + articleId + "/comparison"));

        Document page = page();
        assertTrue(page.selectFirst(".comparison-summary").text().contains("1 state a fact differently"),
                page.selectFirst(".comparison-summary").text());
        List<String> altered = page.select(".comparison-row.status-ALTERED .differences li").eachText();
        assertEquals(List.of("Number: “140” here, “145” in the original"), altered);
        assertNotNull(page.selectFirst(".comparison-row.status-ALTERED a[href*=claim=]"), "a link to the claim");
    }

    @Test
    void aFormWithNeitherTextNorArticleIsShownAgainWithTheMessageAtTheField() {
        Document page = Jsoup.parse(given().filter(csrf()).formParam("text", " ").formParam("articleId", "")
                .when().post("/articles/" + articleId + "/original")
                .then().statusCode(400).extract().asString());

        assertEquals("true", page.selectFirst("#original-text").attr("aria-invalid"));
        assertTrue(page.selectFirst("#text-error").text().contains("Give the original's text"));
        assertNull(page.selectFirst(".comparison"), "nothing was attached");
    }

    @Test
    void anArticleImportedFromTheSameStoryIsOfferedAsItsOriginal() {
        long copy = Api.importArticle(Api.FACTUAL_TEXT.replace("140 people", "150 people")).getLong("id");

        Document article = Jsoup.parse(given().when().get("/articles/" + copy).then().statusCode(200)
                .extract().asString());
        assertTrue(article.selectFirst(".notice").text().contains("shares most of its sentences with"));
        Document comparison = Jsoup.parse(given().when().get("/articles/" + copy + "/comparison").then()
                .statusCode(200).extract().asString());
        assertEquals(String.valueOf(articleId),
                comparison.selectFirst(".relatives input[name=articleId]").attr("value"));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "REVIEWER")
    void reviewersReadTheComparisonButGetNoFormToChangeIt() {
        Document page = page();

        assertNull(page.selectFirst("form[action$=/original]"));
        given().filter(csrf()).formParam("text", ORIGINAL).when().post("/articles/" + articleId + "/original")
                .then().statusCode(403);
    }

    private Document page() {
        return Jsoup.parse(given().when().get("/articles/" + articleId + "/comparison").then().statusCode(200)
                .extract().asString());
    }
}
