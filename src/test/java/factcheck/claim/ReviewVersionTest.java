package factcheck.claim;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static factcheck.support.Accounts.basic;
import static factcheck.support.PageForms.csrf;
import static factcheck.support.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review is guarded by the review's own version: corrections that only move a claim leave an open review valid;
 * a correction of the claim's own words makes it stale, and the refusal says who saved last, when, and how the
 * wording changed.
 */
@QuarkusTest
@EmptyDatabase
class ReviewVersionTest {

    static final String BYLINE = "By Anna Petrova";
    static final String CLAIM = "In January 2022, 225 people died in protests in Kazakhstan.";
    static final String TEXT = "Unrest in Kazakhstan\n\n" + BYLINE + "\n\n" + CLAIM + "\n\n"
            + "The interior ministry said 10,000 people were detained in the week after.\n";

    @Inject
    Accounts accounts;

    private long articleId;
    private long claimId;

    @BeforeEach
    void anArticleAndItsPeople() {
        accounts.create("maria", Role.EDITOR);
        accounts.create("joe", Role.REVIEWER);
        JsonPath article = Api.importArticleAs("maria", TEXT);
        articleId = article.getLong("id");
        claimId = article.getLong("claims.find { it.text == '" + CLAIM + "' }.id");
    }

    @Test
    void reviewOpenedBeforeACorrectionElsewhereIsStillSaved() {
        String etag = basic("joe").get("/api/claims/" + claimId).then().statusCode(200).extract().header("ETag");
        int startBefore = basic("joe").get("/api/claims/" + claimId).then().extract().path("start");

        correctText(TEXT.replace(BYLINE, "By Anna Petrova and Jonas Weber, in Almaty"));

        int startAfter = basic("joe").get("/api/claims/" + claimId).then().extract().path("start");
        assertNotEquals(startBefore, startAfter, "the claim moved with the text");
        basic("joe").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("verdict", "TRUE", "rationale", "The government's toll was 225."))
                .when().patch("/api/claims/" + claimId)
                .then().statusCode(200).body("verdict", equalTo("TRUE"));
    }

    @Test
    void reviewOfWordsACorrectionChangedIsStaleAndTheConflictShowsBothWordings() {
        String etag = startReview();
        String corrected = CLAIM.replace("225 people", "227 people");

        correctText(TEXT.replace(CLAIM, corrected));

        JsonPath problem = basic("joe").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("verdict", "TRUE", "rationale", "The government's toll was 225."))
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(409)).body("detail", containsString("now reads differently"))
                .extract().jsonPath();
        assertTrue(problem.getBoolean("wordingChanged"));
        assertEquals(CLAIM, problem.getString("previousText"));
        assertEquals(corrected, problem.getString("currentText"));
        assertEquals("maria", problem.getString("savedBy"));
        basic("joe").get("/api/claims/" + claimId).then().body("verdict", equalTo(null));
    }

    /** Joe starts on the claim (so a correction keeps it), and reads its ETag. */
    private String startReview() {
        return basic("joe").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_PROGRESS"))
                .when().patch("/api/claims/" + claimId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void staleSaveIsToldWhoSavedLastAndWhen() {
        basic("maria").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("verdict", "MOSTLY_TRUE", "rationale", "Official toll, rounded."))
                .when().patch("/api/claims/" + claimId).then().statusCode(200);

        JsonPath problem = basic("joe").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("verdict", "FALSE", "rationale", "My reading."))
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(409)).body("detail", containsString("saved by maria"))
                .extract().jsonPath();

        assertEquals("maria", problem.getString("savedBy"));
        Instant savedAt = Instant.parse(problem.getString("savedAt"));
        assertTrue(Duration.between(savedAt, Instant.now()).abs().compareTo(Duration.ofMinutes(5)) < 0,
                savedAt.toString());
        assertEquals(false, problem.getBoolean("wordingChanged"));
    }

    @Test
    void panelConflictSaysWhoSavedAndRefreshesTheClaimsMarkAndListEntry() {
        basic("maria").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("verdict", "MOSTLY_TRUE", "rationale", "Official toll, rounded."))
                .when().patch("/api/claims/" + claimId).then().statusCode(200);

        Document answer = Jsoup.parseBodyFragment(Accounts.session(Accounts.signIn("joe")).filter(csrf())
                .header("HX-Request", "true")
                .formParam("decision", "FALSE").formParam("rationale", "My reading.").formParam("version", 0)
                .formParam("wording", CLAIM)
                .when().post("/claims/" + claimId)
                .then().statusCode(409).extract().asString());

        Element conflict = answer.selectFirst(".conflict[role=alert]");
        assertTrue(conflict.text().matches(".*Saved by maria at \\d{2}:\\d{2} UTC\\..*"), conflict.text());
        Element entry = answer.selectFirst("#claim-item-" + claimId + "[data-hx-swap-oob]");
        assertNotNull(entry, "the list entry is refreshed");
        assertTrue(entry.text().contains("Mostly true"), entry.text());
        String markClass = answer.selectFirst("#claim-" + claimId + "[data-hx-swap-oob]").className();
        assertTrue(markClass.contains("verdict-mostly-true"), markClass);
        assertNotNull(answer.selectFirst("#progress[data-hx-swap-oob]"));
        assertEquals("My reading.", answer.selectFirst("#rationale").wholeText().strip());
    }

    @Test
    void panelConflictAfterACorrectionShowsTheOldAndNewWordingSideBySide() {
        startReview();
        String corrected = CLAIM.replace("225 people", "227 people");
        correctText(TEXT.replace(CLAIM, corrected));

        Document answer = Jsoup.parseBodyFragment(Accounts.session(Accounts.signIn("joe")).filter(csrf())
                .header("HX-Request", "true")
                .formParam("decision", "TRUE").formParam("rationale", "The toll was 225.").formParam("version", 1)
                .formParam("wording", CLAIM)
                .when().post("/claims/" + claimId)
                .then().statusCode(409).extract().asString());

        Element conflict = answer.selectFirst(".conflict[role=alert]");
        assertTrue(conflict.text().contains("The claim's wording changed while you were reviewing it"), conflict.text());
        assertEquals(CLAIM, conflict.selectFirst(".wording-before").text());
        assertEquals(corrected, conflict.selectFirst(".wording-after").text());
        assertTrue(conflict.text().contains("Changed by maria at"), conflict.text());
        assertEquals(corrected, answer.selectFirst("#claim-" + claimId + "[data-hx-swap-oob]").text());
    }

    private void correctText(String text) {
        long version = basic("maria").get("/api/articles/" + articleId).then().extract().jsonPath().getLong("version");
        basic("maria").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("text", text))
                .when().put("/api/articles/" + articleId + "/text")
                .then().statusCode(200);
    }
}
