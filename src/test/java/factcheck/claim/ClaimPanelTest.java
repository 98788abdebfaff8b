package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim panel beside the article text, and the forms in it as htmx sends them (HX-Request). */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimPanelTest {

    private long articleId;
    private long claimId;

    @BeforeEach
    void importArticle() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        articleId = article.getLong("id");
        claimId = Api.claimContaining(article, "140 people");
    }

    @Test
    void panelHoldsTheReviewSourcesNotesReasonsAndEditingOfTheClaim() {
        Document panel = html(given().when().get(panelPath()).then().statusCode(200).extract().asString());

        assertEquals("Claim 1", panel.selectFirst("#panel-title").text());
        assertEquals("/claims/" + claimId, panel.selectFirst("form.review-form").attr("data-hx-post"));
        assertEquals(claimId + ":rationale", panel.selectFirst("#rationale").attr("data-draft"));
        assertEquals(claimId + ":note", panel.selectFirst("#note-text").attr("data-draft"));
        assertEquals("1", panel.selectFirst("button[value=TRUE]").attr("data-shortcut"));
        assertEquals("7", panel.selectFirst("button[value=UNVERIFIABLE]").attr("data-shortcut"));
        assertEquals("d", panel.selectFirst("button[value=DISMISSED]").attr("data-shortcut"));
        assertNotNull(panel.selectFirst("#source-url"));
        assertTrue(panel.text().contains("Why it was proposed"));
        assertNotNull(panel.selectFirst("form[action=/claims/" + claimId + "/split]"));
        assertNotNull(panel.selectFirst("form[action=/claims/" + claimId + "/merge] input[name=with]"));
        assertTrue(panel.select("[data-hx-swap-oob]").isEmpty(), "nothing changed, so nothing to update elsewhere");
    }

    @Test
    void claimOfAnotherArticleHasNoPanelHere() {
        long other = Api.importArticle("The council approved 12 million euros for schools in May 2024.").getLong("id");

        given().when().get("/articles/" + other + "/claims/" + claimId + "/panel").then().statusCode(404);
    }

    @Test
    void verdictSavedFromThePanelUpdatesTheMarkTheListAndTheProgressInPlace() {
        Document answer = html(given().filter(csrf()).header("HX-Request", "true")
                .formParam("decision", "UNREVIEWED").formParam("quick", "MOSTLY_FALSE")
                .formParam("rationale", "The toll was 145.").formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(200).extract().asString());

        assertTrue(answer.selectFirst(".saved-note").text().contains("Saved"));
        assertEquals("The toll was 145.", answer.selectFirst("#rationale").wholeText().strip());
        Element mark = answer.selectFirst("#claim-" + claimId);
        assertEquals("true", mark.attr("data-hx-swap-oob"));
        assertEquals("true", mark.attr("aria-current"));
        assertEquals("claim-mark verdict-mostly-false", mark.className());
        assertEquals("1 ● Mostly false", mark.selectFirst(".claim-badge").attr("data-badge"));
        Element entry = answer.selectFirst("#claim-item-" + claimId);
        assertEquals("true", entry.attr("data-hx-swap-oob"));
        assertTrue(entry.text().contains("Mostly false"));
        assertTrue(answer.selectFirst("#progress[data-hx-swap-oob]").text().contains("1 / 2 done"));
        given().when().get("/api/claims/" + claimId)
                .then().body("verdict", equalTo("MOSTLY_FALSE")).body("rationale", equalTo("The toll was 145."));
    }

    @Test
    void withoutHtmxTheSameFormStillRedirects() {
        given().filter(csrf()).redirects().follow(false)
                .formParam("decision", "IN_PROGRESS").formParam("quick", "DISMISSED").formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(303).header("Location", endsWith("/claims/" + claimId));
        given().when().get("/api/claims/" + claimId).then().body("status", equalTo("DISMISSED"));
    }

    @Test
    void staleSaveInThePanelShowsTheirVersionNextToTheUnsavedText() {
        given().filter(csrf()).formParam("decision", "TRUE").formParam("rationale", "First reviewer's reasoning.")
                .formParam("version", 0).header("HX-Request", "true")
                .when().post("/claims/" + claimId).then().statusCode(200);

        Document answer = html(given().filter(csrf()).header("HX-Request", "true")
                .formParam("decision", "FALSE").formParam("rationale", "My unsaved reasoning.").formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(409).extract().asString());

        Element conflict = answer.selectFirst(".conflict[role=alert]");
        assertTrue(conflict.text().contains("Someone else saved this claim while you were editing it"));
        assertTrue(conflict.text().contains("True"));
        assertTrue(conflict.text().contains("First reviewer's reasoning."));
        assertEquals("My unsaved reasoning.", answer.selectFirst("#rationale").wholeText().strip());
        assertEquals("1", answer.selectFirst("form.review-form input[name=version]").val(), "saving again is possible");
        given().when().get("/api/claims/" + claimId).then().body("verdict", equalTo("TRUE"));
    }

    @Test
    void sourceAndNoteAddedFromThePanelAnswerWithThePanel() {
        Document withSource = html(given().filter(csrf()).header("HX-Request", "true")
                .formParam("url", "https://example.org/toll").formParam("title", "Official toll").formParam("stance", "REFUTES")
                .when().post("/claims/" + claimId + "/sources")
                .then().statusCode(200).extract().asString());
        assertEquals("Sources (1)", withSource.selectFirst("#sources h2").text());

        Document withNote = html(given().filter(csrf()).header("HX-Request", "true").formParam("text", "Ask the ministry.")
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(200).extract().asString());
        assertEquals("Notes (1) internal, never published", withNote.selectFirst("#notes h2").text());
        assertEquals("", withNote.selectFirst("#note-text").wholeText().strip());

        long sourceId = given().when().get("/api/claims/" + claimId).then().extract().jsonPath().getLong("sources[0].id");
        Document removed = html(given().filter(csrf()).header("HX-Request", "true")
                .when().post("/sources/" + sourceId + "/delete")
                .then().statusCode(200).extract().asString());
        assertEquals("Sources (0)", removed.selectFirst("#sources h2").text());
    }

    @Test
    void refusedSourceInThePanelKeepsWhatWasTypedNextToTheMessage() {
        String body = given().filter(csrf()).header("HX-Request", "true")
                .formParam("url", "javascript:alert(1)").formParam("title", "Kept").formParam("stance", "SUPPORTS")
                .when().post("/claims/" + claimId + "/sources")
                .then().statusCode(400).extract().asString();
        Document answer = html(body);

        assertNotNull(answer.selectFirst("#url-error"));
        assertEquals("Kept", answer.selectFirst("#source-title").val());
        assertFalse(body.contains("<html"), "the panel alone, not a whole page");
        given().when().get("/api/claims/" + claimId).then().body("sources", hasSize(0));
    }

    private String panelPath() {
        return "/articles/" + articleId + "/claims/" + claimId + "/panel";
    }

    private static Document html(String body) {
        return Jsoup.parseBodyFragment(body);
    }
}
