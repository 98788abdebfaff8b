package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article page's forms that mark, resize, split and merge claims: post, then back to the article. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimEditingPageTest {

    static final String FLOOD = "The flood damaged 120 homes in Ennis on 3 May 2024.";
    static final String REPAIRS = "Repairs will cost 4 million euros, the council said.";
    static final String TEXT = "Who could have seen the flood coming?\n" + FLOOD + " " + REPAIRS + "\n";

    private long articleId;

    @BeforeEach
    void importArticle() {
        articleId = Api.importArticle(TEXT).getLong("id");
    }

    @Test
    void markedTextBecomesAClaimSelectedOnTheArticlePage() {
        int start = TEXT.indexOf("Who");
        int end = TEXT.indexOf('\n');

        String location = given().filter(csrf()).redirects().follow(false)
                .formParam("start", start).formParam("end", end)
                .when().post("/articles/" + articleId + "/claims")
                .then().statusCode(303).extract().header("Location");

        long added = claimWithText("Who could have seen the flood coming?").getLong("id");
        assertEquals("/articles/" + articleId + "?claim=" + added, location.replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void textOverlappingAClaimIsRefusedWithTheReasonOnTheArticlePage() {
        int start = TEXT.indexOf("coming");
        int end = TEXT.indexOf("homes");

        given().filter(csrf())
                .formParam("start", start).formParam("end", end)
                .when().post("/articles/" + articleId + "/claims")
                .then().statusCode(409)
                .body(containsString("<div class=\"notice problem\" role=\"alert\"><p>That text overlaps claim 1"))
                .body(containsString("class=\"article-text\""));
        assertEquals(List.of(FLOOD, REPAIRS), texts());
    }

    @Test
    void positionThatIsNotANumberIsRefusedWithAMessage() {
        given().filter(csrf())
                .formParam("start", "first").formParam("end", "10")
                .when().post("/articles/" + articleId + "/claims")
                .then().statusCode(400)
                .body(containsString("&#39;first&#39; is not a whole number."));
    }

    @Test
    void mergeSplitAndResizeGoBackToTheArticleWithTheClaim() {
        JsonPath flood = claimWithText(FLOOD);
        long id = flood.getLong("id");
        long repairs = claimWithText(REPAIRS).getLong("id");

        given().filter(csrf()).redirects().follow(false)
                .formParam("with", repairs).formParam("version", flood.getLong("version"))
                .when().post("/claims/" + id + "/merge")
                .then().statusCode(303).header("Location", endsWith("/articles/" + articleId + "?claim=" + id));
        assertEquals(List.of(FLOOD + " " + REPAIRS), texts());

        given().filter(csrf()).redirects().follow(false)
                .formParam("at", TEXT.indexOf("Repairs")).formParam("version", claimWithText(FLOOD + " " + REPAIRS).getLong("version"))
                .when().post("/claims/" + id + "/split")
                .then().statusCode(303).header("Location", endsWith("?claim=" + id));
        assertEquals(List.of(FLOOD, REPAIRS), texts());

        given().filter(csrf()).redirects().follow(false)
                .formParam("start", TEXT.indexOf("The flood")).formParam("end", TEXT.indexOf(" on 3 May"))
                .formParam("version", claimWithText(FLOOD).getLong("version"))
                .when().post("/claims/" + id + "/span")
                .then().statusCode(303).header("Location", endsWith("?claim=" + id));
        given().when().get("/api/claims/" + id).then().body("text", equalTo("The flood damaged 120 homes in Ennis"));
    }

    @Test
    void editOfAClaimSomeoneChangedMeanwhileIsRefused() {
        long id = claimWithText(FLOOD).getLong("id");
        Reviews.save(id, Reviews.verdict("TRUE"));

        given().filter(csrf())
                .formParam("at", TEXT.indexOf(" in Ennis")).formParam("version", 0)
                .when().post("/claims/" + id + "/split")
                .then().statusCode(409)
                .body(containsString("was changed by someone else"))
                .body(containsString("data-selected=\"" + id + "\""));
        assertEquals(List.of(FLOOD, REPAIRS), texts());
    }

    @Test
    void theReviewerChoosesWhichPartKeepsTheReviewNoneByDefaultAndFlaggedPartsSaySo() {
        long merged = mergedClaimWithAVerdict();
        Document panel = Jsoup.parse(given().get("/articles/" + articleId + "/claims/" + merged + "/panel")
                .then().statusCode(200).extract().asString());
        assertEquals("none", panel.selectFirst(".split-form input[name=keep][checked]").val());
        assertEquals(List.of("none", "first", "second"), panel.select(".split-form input[name=keep]").eachAttr("value"));

        given().filter(csrf()).redirects().follow(false)
                .formParam("at", TEXT.indexOf("Repairs")).formParam("keep", "second")
                .formParam("version", claimWithText(FLOOD + " " + REPAIRS).getLong("version"))
                .when().post("/claims/" + merged + "/split")
                .then().statusCode(303);

        JsonPath first = claimWithText(FLOOD);
        JsonPath second = claimWithText(REPAIRS);
        assertNull(first.get("verdict"));
        assertTrue(first.getBoolean("needsReview"));
        assertEquals("TRUE", second.getString("verdict"));
        assertFalse(second.getBoolean("needsReview"));
        Document flaggedPanel = Jsoup.parse(given().get("/articles/" + articleId + "/claims/" + merged + "/panel")
                .then().statusCode(200).extract().asString());
        assertTrue(flaggedPanel.selectFirst(".conflict.needs-review").text().contains("Needs review"));
        Document article = Jsoup.parse(given().get("/articles/" + articleId).then().statusCode(200).extract().asString());
        assertEquals("⚑ needs review: split or merged", article.selectFirst("#claim-item-" + merged + " .flag").text());
        assertTrue(article.select("#claim-item-" + second.getLong("id") + " .flag").isEmpty());
        Document list = Jsoup.parse(given().get("/claims").then().statusCode(200).extract().asString());
        assertEquals("⚑ needs review", list.selectFirst("tr[data-claim-id=" + merged + "] .flag").text());
    }

    @Test
    void theMergeFormOffersEitherClaimsReviewNoneByDefault() {
        JsonPath flood = claimWithText(FLOOD);
        long repairs = claimWithText(REPAIRS).getLong("id");
        Document panel = Jsoup.parse(given().get("/articles/" + articleId + "/claims/" + flood.getLong("id") + "/panel")
                .then().statusCode(200).extract().asString());
        assertEquals("", panel.selectFirst(".merge-form input[name=keep][checked]").val());
        assertEquals(List.of("", String.valueOf(flood.getLong("id")), String.valueOf(repairs)),
                panel.select(".merge-form input[name=keep]").eachAttr("value"));
        Reviews.save(repairs, Reviews.verdict("FALSE"));

        given().filter(csrf()).redirects().follow(false)
                .formParam("with", repairs).formParam("keep", repairs).formParam("version", flood.getLong("version"))
                .when().post("/claims/" + flood.getLong("id") + "/merge")
                .then().statusCode(303);

        JsonPath merged = claimWithText(FLOOD + " " + REPAIRS);
        assertEquals("FALSE", merged.getString("verdict"));
        assertEquals(Reviews.RATIONALE, merged.getString("rationale"));
    }

    /** The two claims merged into one, which is then given a verdict; its id. */
    private long mergedClaimWithAVerdict() {
        JsonPath flood = claimWithText(FLOOD);
        given().filter(csrf()).redirects().follow(false)
                .formParam("with", claimWithText(REPAIRS).getLong("id")).formParam("version", flood.getLong("version"))
                .when().post("/claims/" + flood.getLong("id") + "/merge")
                .then().statusCode(303);
        Reviews.save(flood.getLong("id"), Reviews.verdict("TRUE"));
        return flood.getLong("id");
    }

    @Test
    void splitOutsideTheClaimIsRefused() {
        JsonPath flood = claimWithText(FLOOD);

        given().filter(csrf())
                .formParam("at", 2).formParam("version", flood.getLong("version"))
                .when().post("/claims/" + flood.getLong("id") + "/split")
                .then().statusCode(400)
                .body(containsString("Split inside the claim"));
        assertEquals(List.of(FLOOD, REPAIRS), texts());
    }

    private List<Object> texts() {
        return claims().stream().map(claim -> claim.get("text")).toList();
    }

    private List<Map<String, Object>> claims() {
        return given().when().get("/api/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private JsonPath claimWithText(String text) {
        long id = claims().stream().filter(claim -> text.equals(claim.get("text")))
                .map(claim -> ((Number) claim.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no claim reads “" + text + "” in " + claims()));
        return given().when().get("/api/claims/" + id).then().extract().jsonPath();
    }
}
