package factcheck.claim;

import factcheck.article.ArticleDraft;
import factcheck.desk.ArticleDesk;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marking, resizing, splitting and merging claims through the API. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "reviewer", roles = "REVIEWER")
class ClaimEditingApiTest {

    /** Opinion the extractor leaves alone, then two check-worthy sentences. */
    static final String TEXT = "I think the city is lovely in spring.\n\n"
            + "The attack in March 2024 killed 140 people at a concert hall in Moscow. "
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";

    @Inject
    ArticleDesk desk;

    private long articleId;

    @BeforeEach
    void anArticle() {
        articleId = desk.importArticle(new ArticleDraft(TEXT, null, null, null, null, null)).id;
    }

    @Test
    void reviewerMarksUnproposedTextAsAClaim() {
        int start = TEXT.indexOf("the city");
        int end = TEXT.indexOf(" in spring");

        JsonPath claim = given().contentType(ContentType.JSON).body(Map.of("start", start - 1, "end", end + 1))
                .when().post("/api/articles/" + articleId + "/claims")
                .then().statusCode(201)
                .extract().jsonPath();

        assertEquals("the city is lovely", claim.getString("text"), "surrounding white space is left out");
        assertEquals(start, claim.getInt("start"));
        assertEquals("UNREVIEWED", claim.getString("status"));
        assertEquals(1, claim.getInt("ordinal"), "claims are numbered in text order");
        assertEquals(List.of(1, 2, 3), claims().getList("ordinal"));
        assertEquals(List.of("marked by hand by reviewer"), claim.getList("reasons"),
                "a claim marked by hand shows who marked it, not the machine's reasons");
    }

    @Test
    void markedClaimGetsTheQuantitiesInItsSpan() {
        int start = TEXT.indexOf("The attack");
        List<Map<String, Object>> existing = claims().getList("");
        long attackId = ((Number) existing.get(0).get("id")).longValue();
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("start", start, "end", start + 10))
                .put("/api/claims/" + attackId + "/span").then().statusCode(200);

        JsonPath claim = given().contentType(ContentType.JSON)
                .body(Map.of("start", TEXT.indexOf("killed"), "end", TEXT.indexOf(" at a concert")))
                .when().post("/api/articles/" + articleId + "/claims")
                .then().statusCode(201).extract().jsonPath();

        assertEquals("killed 140 people", claim.getString("text"));
        assertThat(claim.getList("quantities.text"), hasItem("140 people"));
    }

    @Test
    void overlappingAnExistingClaimIsRefused() {
        int inside = TEXT.indexOf("140");

        given().contentType(ContentType.JSON).body(Map.of("start", inside, "end", inside + 3))
                .when().post("/api/articles/" + articleId + "/claims")
                .then().spec(problem(409)).body("detail", containsString("overlaps claim"));

        assertEquals(2, claims().getList("").size());
    }

    @Test
    void spanOutsideTheTextIsRefusedNextToItsField() {
        given().contentType(ContentType.JSON).body(Map.of("start", 5, "end", TEXT.length() + 1))
                .post("/api/articles/" + articleId + "/claims")
                .then().spec(problem(400)).body("errors[0].field", equalTo("end"));
        given().contentType(ContentType.JSON).body(Map.of("start", -1, "end", 3))
                .post("/api/articles/" + articleId + "/claims")
                .then().spec(problem(400)).body("errors[0].field", equalTo("start"));
        given().contentType(ContentType.JSON).body(Map.of("start", 37, "end", 39))
                .post("/api/articles/" + articleId + "/claims")
                .then().spec(problem(400)).body("detail", containsString("white space"));

        assertEquals(2, claims().getList("").size());
    }

    @Test
    void splitKeepingTheFirstPartGivesItTheReviewAndFlagsTheSecond() {
        long claimId = claimContaining("interior ministry");
        Reviews.save(claimId, 0, Map.of("verdict", "MOSTLY_TRUE", "rationale", "Census figures agree."));
        Reviews.addNote(claimId, "Keep this.");
        int at = TEXT.indexOf(" an estimated");

        JsonPath parts = given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("at", at, "keep", "first"))
                .when().post("/api/claims/" + claimId + "/split")
                .then().statusCode(200).body("", hasSize(2))
                .extract().jsonPath();

        assertEquals(claimId, parts.getLong("[0].id"));
        assertEquals("According to the interior ministry,", parts.getString("[0].text"));
        assertEquals("MOSTLY_TRUE", parts.getString("[0].verdict"));
        assertEquals("Census figures agree.", parts.getString("[0].rationale"));
        assertFalse(parts.getBoolean("[0].needsReview"), "the reviewer chose this part for the review");
        assertEquals(List.of("Keep this."), parts.getList("[0].notes.text"));
        assertEquals("an estimated 10 million migrants live in Russia.", parts.getString("[1].text"));
        assertEquals("UNREVIEWED", parts.getString("[1].status"));
        assertTrue(parts.getBoolean("[1].needsReview"));
        assertEquals(List.of("Keep this."), parts.getList("[1].notes.text"), "notes are copied to both parts");
        assertThat(parts.getList("[1].quantities.text"), hasItem("10 million migrants"));
        assertEquals(List.of(1, 2, 3), claims().getList("ordinal"));
    }

    @Test
    void splitNeedsAPointInsideTheClaimAndAVersion() {
        long claimId = claimContaining("interior ministry");

        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("at", 0))
                .post("/api/claims/" + claimId + "/split").then().spec(problem(400)).body("errors[0].field", equalTo("at"));
        given().contentType(ContentType.JSON).body(Map.of("at", TEXT.indexOf(" an estimated")))
                .post("/api/claims/" + claimId + "/split").then().spec(problem(428));
        given().header("If-Match", "\"7\"").contentType(ContentType.JSON).body(Map.of("at", TEXT.indexOf(" an estimated")))
                .post("/api/claims/" + claimId + "/split").then().spec(problem(409));

        assertEquals(2, claims().getList("").size());
    }

    @Test
    void aSplitPositionReadBeforeACorrectionMovedTheClaimIsRefused() {
        long claimId = claimContaining("interior ministry");
        int seenStart = TEXT.indexOf("According");
        int at = TEXT.indexOf(" an estimated");
        desk.replaceText(articleId, "Breaking. " + TEXT, null, "editor");

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("at", at, "claimStart", seenStart))
                .when().post("/api/claims/" + claimId + "/split")
                .then().spec(problem(409)).body("detail", containsString("moved when the article's text was corrected"))
                .body("currentStart", equalTo(seenStart + "Breaking. ".length()));

        assertEquals(2, claims().getList("").size());
    }

    @Test
    void mergeJoinsNeighboursAndKeepsBothClaimsEvidence() {
        long attack = claimContaining("140 people");
        long migrants = claimContaining("interior ministry");
        Reviews.addSource(migrants, Map.of("url", "https://example.org/census", "stance", "SUPPORTS"));
        Reviews.save(migrants, 0, Reviews.verdict("TRUE"));

        JsonPath merged = given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("with", migrants))
                .when().post("/api/claims/" + attack + "/merge")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(attack, merged.getLong("id"));
        assertTrue(merged.getString("text").startsWith("The attack") && merged.getString("text").endsWith("in Russia."));
        assertEquals(1, merged.getList("sources").size(), "the neighbour's source moved over");
        assertTrue(merged.getBoolean("anchor.needsReview"), "the neighbour had a verdict: look again");
        given().get("/api/claims/" + migrants).then().spec(problem(404));
        assertEquals(List.of(1), claims().getList("ordinal"));
    }

    @Test
    void onlyNeighboursMerge() {
        int start = TEXT.indexOf("the city");
        long opinion = given().contentType(ContentType.JSON).body(Map.of("start", start, "end", start + 8))
                .post("/api/articles/" + articleId + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");

        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("with", claimContaining("interior ministry")))
                .post("/api/claims/" + opinion + "/merge")
                .then().spec(problem(422)).body("detail", containsString("lies between"));
        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("with", opinion))
                .post("/api/claims/" + opinion + "/merge").then().spec(problem(400));

        assertEquals(3, claims().getList("").size());
    }

    @Test
    void mergingWithAClaimThatDoesNotExistIsNotFound() {
        long attack = claimContaining("140 people");

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("with", attack + 1000))
                .when().post("/api/claims/" + attack + "/merge")
                .then().spec(problem(404)).body("detail", containsString(String.valueOf(attack + 1000)));

        assertEquals(2, claims().getList("").size());
    }

    @Test
    void offsetsMustBeWholeNumbers() {
        int start = TEXT.indexOf("the city");

        given().contentType(ContentType.JSON).body("{\"start\": " + start + ".5, \"end\": " + (start + 8) + "}")
                .when().post("/api/articles/" + articleId + "/claims")
                .then().spec(problem(400)).body("detail", containsString("start"));
        given().contentType(ContentType.JSON).body("{\"start\": " + start + ", \"end\": " + (start + 8) + ".0}")
                .when().post("/api/articles/" + articleId + "/claims")
                .then().spec(problem(400)).body("detail", containsString("end"));
        long attack = claimContaining("140 people");
        given().header("If-Match", "*").contentType(ContentType.JSON).body("{\"at\": 1e1}")
                .when().post("/api/claims/" + attack + "/split")
                .then().spec(problem(400)).body("detail", containsString("at"));

        assertEquals(2, claims().getList("").size());
    }

    @Test
    void resizeMovesTheBoundariesAndRefusesOverlap() {
        long attack = claimContaining("140 people");
        int start = TEXT.indexOf("killed");

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("start", start, "end", TEXT.indexOf(" at a")))
                .when().put("/api/claims/" + attack + "/span")
                .then().statusCode(200).body("text", equalTo("killed 140 people")).body("version", equalTo(1));

        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("start", start, "end", TEXT.indexOf("10 million")))
                .put("/api/claims/" + attack + "/span").then().spec(problem(409));
    }

    @Test
    void markedClaimsSurviveATextCorrection() {
        int start = TEXT.indexOf("the city");
        long marked = given().contentType(ContentType.JSON).body(Map.of("start", start, "end", start + 8))
                .post("/api/articles/" + articleId + "/claims").then().statusCode(201).extract().jsonPath().getLong("id");

        desk.replaceText(articleId, TEXT.replace("I think the city is lovely in spring.", "Spring is here."), null,
                "editor");

        given().get("/api/claims/" + marked).then().statusCode(200)
                .body("text", equalTo("the city"))
                .body("anchor.state", equalTo("ORPHANED"))
                .body("anchor.needsReview", equalTo(true));
    }

    private JsonPath claims() {
        return given().get("/api/articles/" + articleId + "/claims").then().statusCode(200).extract().jsonPath();
    }

    private long claimContaining(String fragment) {
        return claims().getLong("find { it.text.contains('" + fragment + "') }.id");
    }
}
