package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A review belongs to the words it was given for: a split or a merge carries it only where the reviewer says, and a
 * claim left without one is flagged and never published until it is reviewed.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "maria", roles = {"EDITOR", "REVIEWER"})
class SplitAndMergeReviewTest {

    static final String TRUE_HALF = "In January 2022, 225 people died in protests in Kazakhstan;";
    static final String FALSE_HALF = "Soviet troops arrived in Almaty to restore order.";
    static final String DETAINED = "The interior ministry said 10,000 people were detained in the week after.";
    static final String TEXT = "Unrest in Kazakhstan\n\n" + TRUE_HALF + " " + FALSE_HALF + "\n\n" + DETAINED + "\n";
    static final String RATIONALE = "There were no Soviet troops in 2022: the Soviet Union ended in 1991.";

    private long articleId;
    private long unrest;

    @BeforeEach
    void aClaimRatedFalse() {
        JsonPath article = Api.importArticle(TEXT);
        articleId = article.getLong("id");
        unrest = Api.claimContaining(article, "Soviet troops");
        Reviews.save(unrest, 0, Map.of("verdict", "FALSE", "rationale", RATIONALE));
    }

    @Test
    void splitWithoutChoosingLeavesNeitherPartAVerdictAndPublishesNothing() {
        JsonPath parts = split(Map.of("at", TEXT.indexOf("Soviet troops")));

        for (int part = 0; part < 2; part++) {
            assertNull(parts.get("[" + part + "].verdict"));
            assertEquals("UNREVIEWED", parts.getString("[" + part + "].status"));
            assertNull(parts.get("[" + part + "].rationale"));
            assertTrue(parts.getBoolean("[" + part + "].needsReview"));
            assertThat("the review is kept where the reviewer can read it", parts.getString("[" + part + "].notes[0].text"),
                    containsString(RATIONALE));
        }
        assertEquals(TRUE_HALF, parts.getString("[0].text"));
        assertEquals(FALSE_HALF, parts.getString("[1].text"));
        assertEquals(List.of(), claimReviews().getList("claimReviewed"), "nothing rated is published");
    }

    @Test
    void splitKeepingTheSecondPartPublishesOnlyThatPartsVerdict() {
        JsonPath parts = split(Map.of("at", TEXT.indexOf("Soviet troops"), "keep", "second"));

        assertNull(parts.get("[0].verdict"));
        assertTrue(parts.getBoolean("[0].needsReview"));
        assertEquals("FALSE", parts.getString("[1].verdict"));
        assertEquals(RATIONALE, parts.getString("[1].rationale"));
        assertEquals("maria", parts.getString("[1].reviewedBy"));
        assertFalse(parts.getBoolean("[1].needsReview"));
        assertEquals(unrest, parts.getLong("[0].id"), "the first part keeps the claim's id");
        JsonPath published = claimReviews();
        assertEquals(List.of(FALSE_HALF), published.getList("claimReviewed"));
        assertEquals(List.of("False"), published.getList("reviewRating.alternateName"));
    }

    @Test
    void anUnknownPartIsRefusedAndNothingIsSplit() {
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("at", TEXT.indexOf("Soviet troops"), "keep", "middle"))
                .when().post("/api/claims/" + unrest + "/split")
                .then().spec(problem(400)).body("errors[0].field", equalTo("keep"));

        JsonPath claim = given().get("/api/claims/" + unrest).then().statusCode(200).extract().jsonPath();
        assertEquals(TRUE_HALF + " " + FALSE_HALF, claim.getString("text"));
        assertEquals("FALSE", claim.getString("verdict"));
    }

    @Test
    void savingAReviewClearsTheFlagAndPublishesThePart() {
        JsonPath parts = split(Map.of("at", TEXT.indexOf("Soviet troops")));
        long first = parts.getLong("[0].id");

        JsonPath reviewed = Reviews.save(first, parts.getLong("[0].version"),
                Map.of("verdict", "TRUE", "rationale", "The government's toll was 225."));

        assertFalse(reviewed.getBoolean("needsReview"));
        assertEquals(List.of(TRUE_HALF), claimReviews().getList("claimReviewed"));
    }

    @Test
    void mergeWithoutChoosingHasNoVerdictIsFlaggedAndKeepsBothReviewsAsNotes() {
        long detained = claimOf(DETAINED);
        Reviews.save(detained, 0, Map.of("verdict", "TRUE", "rationale", "Ministry figures."));

        JsonPath merged = merge(Map.of("with", detained));

        assertNull(merged.get("verdict"));
        assertEquals("UNREVIEWED", merged.getString("status"));
        assertTrue(merged.getBoolean("needsReview"));
        List<String> notes = merged.getList("notes.text");
        assertTrue(notes.stream().anyMatch(note -> note.contains(RATIONALE)), notes.toString());
        assertTrue(notes.stream().anyMatch(note -> note.contains("Ministry figures.")), notes.toString());
        assertEquals(List.of(), claimReviews().getList("claimReviewed"));
    }

    @Test
    void mergeKeepingTheNeighboursReviewTakesItOver() {
        long detained = claimOf(DETAINED);
        Reviews.save(detained, 0, Map.of("verdict", "TRUE", "rationale", "Ministry figures."));

        JsonPath merged = merge(Map.of("with", detained, "keep", detained));

        assertEquals(unrest, merged.getLong("id"));
        assertEquals("TRUE", merged.getString("verdict"));
        assertEquals("Ministry figures.", merged.getString("rationale"));
        assertFalse(merged.getBoolean("needsReview"));
        assertThat(merged.getList("notes.text"), hasItem(containsString(RATIONALE)));
        assertEquals(1, claimReviews().getList("claimReviewed").size());
    }

    @Test
    void keepingAReviewOfAClaimOutsideTheMergeIsRefused() {
        long detained = claimOf(DETAINED);

        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("with", detained, "keep", detained + unrest + 1))
                .when().post("/api/claims/" + unrest + "/merge")
                .then().spec(problem(400)).body("errors[0].field", equalTo("keep"));

        given().get("/api/claims/" + detained).then().statusCode(200);
    }

    private JsonPath split(Map<String, Object> body) {
        return given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .when().post("/api/claims/" + unrest + "/split")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath merge(Map<String, Object> body) {
        return given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                .when().post("/api/claims/" + unrest + "/merge")
                .then().statusCode(200).extract().jsonPath();
    }

    private long claimOf(String text) {
        return given().get("/api/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.text == '" + text + "' }.id");
    }

    private JsonPath claimReviews() {
        return given().queryParam("format", "claimreview")
                .when().get("/api/articles/" + articleId + "/report")
                .then().statusCode(200).extract().jsonPath();
    }
}
