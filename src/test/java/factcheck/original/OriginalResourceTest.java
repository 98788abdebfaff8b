package factcheck.original;

import factcheck.article.ArticleDraft;
import factcheck.desk.ArticleDesk;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor attaches the original an article was reworded from; altered facts become red flags on claims. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class OriginalResourceTest {

    private static final String ORIGINAL = """
            Attack on Moscow concert hall

            The attack in March 2024 killed 145 people at Crocus City Hall in Moscow, the investigators said.

            According to the Russian interior ministry, an estimated 10 million migrants from Central Asia live in Russia.

            The governments of the region have no intention of leaving the alliance, officials told reporters.
            """;
    /** A reworded copy: one number and one name changed, one sentence only reworded, one sentence added. */
    private static final String COPY = """
            Attack on Moscow concert hall

            The attack in March 2024 killed 140 people at Crocus City Hall in Moscow, the investigators said.

            According to the Soviet interior ministry, an estimated 10 million migrants from Central Asia live in Russia.

            Officials told reporters that the governments of the region have no intention of leaving the alliance.

            A second concert in Kazan was cancelled on 25 March 2024, the organisers announced.
            """;

    @Inject
    ArticleDesk desk;

    @Test
    void attachingTheOriginalFlagsEachClaimWhoseFactsWereAlteredWithTheOriginalWording() {
        JsonPath copy = Api.importArticle(COPY);
        long id = copy.getLong("id");

        attach(id, Map.of("text", ORIGINAL)).then().statusCode(200)
                .body("articleId", is((int) id))
                .body("attachedBy", equalTo("editor"))
                .body("sentences.ALTERED", is(2));

        given().when().get("/api/claims/" + Api.claimContaining(copy, "140 people")).then()
                .body("flags", hasSize(1))
                .body("flags[0].kind", equalTo("ALTERED"))
                .body("flags[0].message", equalTo("“140” where the original says “145”"))
                .body("flags[0].original", containsString("killed 145 people"));
        given().when().get("/api/claims/" + Api.claimContaining(copy, "interior ministry")).then()
                .body("flags[0].message", equalTo("“Soviet” where the original says “Russian”"));
        given().when().get("/api/claims/" + Api.claimContaining(copy, "Kazan")).then().body("flags", empty());
    }

    @Test
    void theComparisonListsEverySentenceInTextOrderWithItsCounterpartAndTheFactsThatDiffer() {
        JsonPath copy = Api.importArticle(COPY);
        long id = copy.getLong("id");
        attach(id, Map.of("text", ORIGINAL)).then().statusCode(200);

        JsonPath comparison = given().when().get("/api/articles/" + id + "/comparison").then().statusCode(200)
                .extract().jsonPath();
        List<String> statuses = comparison.getList("pairs.status");
        List<Integer> starts = comparison.getList("pairs.start");
        for (int i = 1; i < starts.size(); i++) {
            assertOrdered(starts.get(i - 1), starts.get(i));
        }
        Map<String, Object> attack = pairContaining(comparison, "140 people");
        assertEquals("ALTERED", attack.get("status"));
        assertEquals(
                List.of(Map.of("kind", "NUMBER", "copy", "140", "original", "145")), attack.get("differences"));
        assertEquals(((Number) attack.get("claimId")).longValue(),
                Api.claimContaining(copy, "140 people"));
        assertEquals("REWORDED", pairContaining(comparison, "Officials told").get("status"));
        assertEquals("NOT_IN_ORIGINAL", pairContaining(comparison, "Kazan").get("status"));
        assertTrue(statuses.contains("SAME"), "the headline is the same: " + statuses);
    }

    @Test
    void aStoredArticleCanBeTheOriginalAndAnImportSaysWhichStoredArticleItShares() {
        long original = Api.importArticle(ORIGINAL).getLong("id");
        JsonPath copy = Api.importArticle(COPY);

        assertEquals(List.of((int) original), copy.getList("relatives.id", Integer.class));
        attach(copy.getLong("id"), Map.of("articleId", original)).then().statusCode(200)
                .body("sourceArticleId", is((int) original))
                .body("sentences.ALTERED", is(2));
    }

    @Test
    void correctingTheCopyComparesItAgain() {
        JsonPath copy = Api.importArticle(COPY);
        long id = copy.getLong("id");
        attach(id, Map.of("text", ORIGINAL)).then().statusCode(200);

        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("text", COPY.replace("Soviet", "Russian")))
                .when().put("/api/articles/" + id + "/text").then().statusCode(200);

        given().when().get("/api/articles/" + id + "/original").then().body("sentences.ALTERED", is(1));
        JsonPath corrected = given().when().get("/api/articles/" + id).then().extract().jsonPath();
        given().when().get("/api/claims/" + Api.claimContaining(corrected, "Russian interior ministry")).then()
                .body("flags", empty());
        given().when().get("/api/claims/" + Api.claimContaining(corrected, "140 people")).then()
                .body("flags[0].kind", equalTo("ALTERED"));
    }

    @Test
    void takingTheOriginalAwayTakesItsFlagsAway() {
        JsonPath copy = Api.importArticle(COPY);
        long id = copy.getLong("id");
        attach(id, Map.of("text", ORIGINAL)).then().statusCode(200);

        given().when().delete("/api/articles/" + id + "/original").then().statusCode(204);

        given().when().get("/api/claims/" + Api.claimContaining(copy, "140 people")).then().body("flags", empty());
        given().when().get("/api/articles/" + id + "/comparison").then().spec(problem(404))
                .body("detail", containsString("has no original"));
        given().when().delete("/api/articles/" + id + "/original").then().spec(problem(404));
    }

    @Test
    void anOriginalMustBeTextOrAnotherStoredArticleAndNothingChangesOtherwise() {
        long id = Api.importArticle(COPY).getLong("id");
        Map<String, Object> both = new HashMap<>(Map.of("text", ORIGINAL, "articleId", 1));

        attach(id, both).then().spec(problem(400)).body("errors[0].field", equalTo("text"));
        attach(id, Map.of()).then().spec(problem(400)).body("errors[0].field", equalTo("text"));
        attach(id, Map.of("articleId", id)).then().spec(problem(400)).body("errors[0].field", equalTo("articleId"));
        attach(id, Map.of("articleId", id + 1000)).then().spec(problem(400))
                .body("errors[0].field", equalTo("articleId"));
        attach(id + 1000, Map.of("text", ORIGINAL)).then().spec(problem(404));

        given().when().get("/api/articles/" + id + "/original").then().spec(problem(404));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "REVIEWER")
    void reviewersReadTheComparisonButOnlyEditorsAttachAnOriginal() {
        long id = desk.importArticle(new ArticleDraft(COPY, null, null, null, null, null)).id;

        attach(id, Map.of("text", ORIGINAL)).then().statusCode(403);
        given().when().get("/api/articles/" + id + "/original").then().spec(problem(404));
    }

    private static Response attach(long id, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/api/articles/" + id + "/original");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pairContaining(JsonPath comparison, String fragment) {
        List<Map<String, Object>> pairs = comparison.getList("pairs");
        return pairs.stream().filter(pair -> ((String) pair.get("sentence")).contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("No sentence contains '" + fragment + "': " + pairs));
    }

    private static void assertOrdered(int before, int after) {
        assertTrue(before < after, before + " comes before " + after);
    }
}
