package factcheck.claim.history;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.claim.history.HistoryApi.history;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claim's history tells what a reader cares about: no position-only moves field by field, no values that did
 * not change, whom a claim was assigned to, and a change back as a change like any other.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReadableHistoryTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.";
    static final String TEXT = "Attack on Moscow concert hall\n\n" + ATTACK + "\n";

    @Inject
    Accounts accounts;

    private long articleId;
    private long claimId;

    @BeforeEach
    void aReviewedClaim() {
        JsonPath article = Api.importArticle(TEXT);
        articleId = article.getLong("id");
        claimId = Api.claimContaining(article, "140 people");
        Reviews.save(claimId, 0, Map.of("verdict", "FALSE", "rationale", "The toll was 145."));
    }

    @Test
    void correctionsElsewhereAreOneMovedWithTheTextEntry() {
        correctText("Updated. " + TEXT);
        correctText("Updated twice. " + TEXT);

        JsonPath history = history(claimId);

        assertEquals(List.of("CREATED", "UPDATED", "MOVED"), history.getList("action"));
        assertEquals(List.of(), history.getList("[2].changes"));
        List<String> timeline = timeline();
        assertEquals(1, timeline.stream().filter(line -> line.contains("Moved with the text")).count(), timeline.toString());
        assertTrue(timeline.stream().noneMatch(line -> line.contains("Starts at character")), timeline.toString());
    }

    @Test
    void aCorrectionOfTheClaimListsOnlyWhatChanged() {
        correctText(TEXT.replace("The attack", "The deadly attack"));

        JsonPath history = history(claimId);
        int last = history.getList("action").size() - 1;

        assertEquals("UPDATED", history.getString("[" + last + "].action"));
        List<String> fields = history.getList("[" + last + "].changes.field");
        assertTrue(fields.contains("text"), fields.toString());
        assertFalse(fields.contains("quantities"), "the quantities only moved: " + fields);
        assertFalse(fields.contains("textPrefix") || fields.contains("textSuffix"), fields.toString());
    }

    @Test
    void anAssignmentAndItsUndoingSayWhomTheClaimWentTo() {
        accounts.create("maria", Role.REVIEWER);
        assign("maria");
        assign(null);

        JsonPath history = history(claimId);
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED", "UPDATED"), history.getList("action"));
        assertEquals("assignee", history.getString("[2].changes[0].field"));
        assertEquals("maria", history.getString("[2].changes[0].to"));
        assertEquals("maria", history.getString("[3].changes[0].from"));
        List<String> timeline = timeline();
        assertTrue(timeline.get(0).contains("No longer assigned to maria"), timeline.toString());
        assertTrue(timeline.get(1).contains("Assigned to maria"), timeline.toString());
    }

    private void assign(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/claims/" + claimId + "/assignee").then().statusCode(200);
    }

    private void correctText(String text) {
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", text))
                .when().put("/api/articles/" + articleId + "/text").then().statusCode(200);
    }

    /** The claim page's timeline, newest first, one line per entry. */
    private List<String> timeline() {
        String page = given().get("/claims/" + claimId).then().statusCode(200).extract().asString();
        return Jsoup.parse(page).select("#history .timeline-entry").stream().map(Element::text).toList();
    }
}
