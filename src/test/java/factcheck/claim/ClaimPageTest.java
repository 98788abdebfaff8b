package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimPageTest {

    private long claimId;

    @BeforeEach
    void importArticle() {
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @Test
    void showsTheClaimInItsContextWithItsReasons() {
        given().when().get("/claims/" + claimId)
                .then().statusCode(200)
                .body(containsString("<mark class=\"claim-mark status-unreviewed\" data-claim-id=\"" + claimId
                        + "\">The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.</mark>"))
                .body(containsString("Attack on Moscow concert hall"))
                .body(containsString("Why it was proposed"))
                .body(containsString("○ Unreviewed"));
    }

    @Test
    void savingAVerdictRedirectsAndShowsIt() {
        given().filter(csrf()).redirects().follow(false)
                .formParam("decision", "MOSTLY_FALSE").formParam("rationale", "The toll was 145.").formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(303).header("Location", endsWith("/claims/" + claimId));

        given().when().get("/claims/" + claimId)
                .then().body(containsString("● Mostly false"))
                .body(containsString("The toll was 145.</textarea>"));
        given().when().get("/api/claims/" + claimId)
                .then().body("status", equalTo("REVIEWED")).body("verdict", equalTo("MOSTLY_FALSE"));
    }

    @Test
    void dismissingClearsTheVerdict() {
        postReview("FALSE", "Wrong.", 0);
        postReview("DISMISSED", "", 1);

        given().when().get("/api/claims/" + claimId)
                .then().body("status", equalTo("DISMISSED")).body("verdict", nullValue()).body("rationale", nullValue());
    }

    @Test
    void saveOverSomeoneElsesNewerReviewIsRefusedAndKeepsTheTypedText() {
        postReview("TRUE", "First reviewer's reasoning.", 0);

        given().filter(csrf()).formParam("decision", "FALSE").formParam("rationale", "My unsaved reasoning.").formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(409)
                .body(containsString("Someone else saved this claim while you were editing it"))
                .body(containsString("First reviewer&#39;s reasoning."))
                .body(containsString("My unsaved reasoning.</textarea>"));
        given().when().get("/api/claims/" + claimId)
                .then().body("verdict", equalTo("TRUE")).body("rationale", equalTo("First reviewer's reasoning."));
    }

    @Test
    void unknownDecisionIsShownNextToTheControl() {
        given().filter(csrf()).formParam("decision", "PROBABLY").formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(400)
                .body(containsString("id=\"decision-error\""))
                .body(containsString("&#39;PROBABLY&#39; is neither a status nor a verdict."));
        given().when().get("/api/claims/" + claimId).then().body("status", equalTo("UNREVIEWED"));
    }

    @Test
    void addedSourceIsListedAndCanBeRemoved() {
        given().filter(csrf()).redirects().follow(false)
                .formParam("url", "https://example.org/toll").formParam("title", "Official toll")
                .formParam("publisher", "Ministry").formParam("stance", "REFUTES").formParam("excerpt", "145 dead")
                .when().post("/claims/" + claimId + "/sources")
                .then().statusCode(303).header("Location", endsWith("/claims/" + claimId + "#sources"));

        given().when().get("/claims/" + claimId)
                .then().body(containsString("<a href=\"https://example.org/toll\" rel=\"noopener noreferrer\"><bdi>Official toll</bdi></a>"))
                .body(containsString("Refutes"))
                .body(containsString("145 dead"));

        long sourceId = given().when().get("/api/claims/" + claimId).then().extract().jsonPath().getLong("sources[0].id");
        given().filter(csrf()).redirects().follow(false).when().post("/sources/" + sourceId + "/delete").then().statusCode(303);
        given().when().get("/api/claims/" + claimId).then().body("sources", hasSize(0));
    }

    @Test
    void sourceWithoutAWebAddressIsRefusedNextToTheUrlField() {
        given().filter(csrf()).formParam("url", "javascript:alert(1)").formParam("stance", "SUPPORTS").formParam("title", "Kept")
                .when().post("/claims/" + claimId + "/sources")
                .then().statusCode(400)
                .body(containsString("id=\"url-error\""))
                .body(containsString("is not an http(s) address"))
                .body(containsString("value=\"Kept\""));
        given().when().get("/api/claims/" + claimId).then().body("sources", hasSize(0));
    }

    @Test
    void addedNoteIsListedAndABlankOneIsRefused() {
        given().filter(csrf()).redirects().follow(false).formParam("text", "Call the ministry on Monday.")
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(303);
        given().filter(csrf()).formParam("text", "  ")
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(400)
                .body(containsString("id=\"note-error\""));

        given().when().get("/claims/" + claimId)
                .then().body(containsString("Call the ministry on Monday."))
                .body(containsString("Notes (1)"));
    }

    @Test
    void unknownClaimGetsAnErrorPage() {
        given().when().get("/claims/987654")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Claim 987654 does not exist."));
    }

    @Test
    void scriptInNotesRationaleAndSourcesIsShownAsText() {
        Reviews.save(claimId, Map.of("verdict", "FALSE", "rationale", "<script>alert('r')</script>"));
        Reviews.addNote(claimId, "<script>alert('n')</script>");
        Reviews.addSource(claimId, Map.of("url", "https://example.org/?q=%3Cscript%3E",
                "title", "<script>alert('s')</script>", "stance", "CONTEXT"));

        given().when().get("/claims/" + claimId)
                .then().statusCode(200)
                .body(not(containsString("<script>")))
                .body(containsString("&lt;script&gt;alert(&#39;n&#39;)&lt;/script&gt;"))
                .body(containsString("&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;"));
    }

    private void postReview(String decision, String rationale, long version) {
        given().filter(csrf()).redirects().follow(false)
                .formParam("decision", decision).formParam("rationale", rationale).formParam("version", version)
                .when().post("/claims/" + claimId)
                .then().statusCode(303);
    }
}
