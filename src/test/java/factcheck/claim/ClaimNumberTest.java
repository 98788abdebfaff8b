package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A claim's number is given once and never changes or goes to another claim, so "see claim 2" stays true. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "reviewer", roles = {"EDITOR", "REVIEWER"})
class ClaimNumberTest {

    static final String OPINION = "I think the city is lovely in spring.";
    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.";
    static final String MIGRANTS =
            "According to the interior ministry, an estimated 10 million migrants live in Russia.";
    static final String TEXT = OPINION + "\n\n" + ATTACK + " " + MIGRANTS;

    private long articleId;
    private long attack;
    private long migrants;

    @BeforeEach
    void anArticle() {
        JsonPath article = Api.importArticle(TEXT);
        articleId = article.getLong("id");
        attack = Api.claimContaining(article, "140 people");
        migrants = Api.claimContaining(article, "10 million");
    }

    @Test
    void aClaimMarkedBeforeOthersTakesTheNextNumberAndTheirsStay() {
        JsonPath marked = mark(TEXT.indexOf(OPINION), OPINION.length());

        assertEquals(3, marked.getInt("number"));
        assertEquals(1, marked.getInt("ordinal"), "first in text order");
        assertEquals(List.of(3, 1, 2), claims().getList("number"));
        assertEquals(List.of(1, 2, 3), claims().getList("ordinal"));
    }

    @Test
    void theFirstPartOfASplitKeepsItsNumberAndNumbersAreNeverGivenTwice() {
        JsonPath parts = given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("at", TEXT.indexOf(" an estimated")))
                .when().post("/api/claims/" + migrants + "/split")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 3), parts.getList("number"));

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("with", migrants))
                .when().post("/api/claims/" + attack + "/merge").then().statusCode(200);
        JsonPath marked = mark(TEXT.indexOf(OPINION), OPINION.length());

        assertEquals(4, marked.getInt("number"), "2 went with the merge and is not given again");
        assertEquals(List.of(4, 1, 3), claims().getList("number"));
    }

    @Test
    void pagesAndReportsShowTheNumber() {
        JsonPath marked = mark(TEXT.indexOf(OPINION), OPINION.length());
        long opinion = marked.getLong("id");

        Document panel = Jsoup.parse(given().get("/articles/" + articleId + "/claims/" + attack + "/panel")
                .then().statusCode(200).extract().asString());
        assertEquals("Claim 1", panel.selectFirst("#panel-title").text());
        Document page = Jsoup.parse(given().get("/articles/" + articleId).then().statusCode(200).extract().asString());
        assertEquals("3 ○", page.selectFirst("#claim-" + opinion + " .claim-badge").attr("data-badge"));
        assertThat(page.selectFirst("#claim-item-" + opinion).text(), containsString("3 ·"));
        String markdown = given().queryParam("format", "md").get("/api/articles/" + articleId + "/report")
                .then().statusCode(200).extract().asString();
        assertThat(markdown, containsString("### Claim 3\n\n> " + OPINION));
        JsonPath report = given().queryParam("format", "json").get("/api/articles/" + articleId + "/report")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 1, 2), report.getList("claims.number"));
        given().get("/api/claims?article=" + articleId).then().statusCode(200)
                .body("items.find { it.id == " + opinion + " }.number", is(3));
    }

    private JsonPath mark(int start, int length) {
        return given().contentType(ContentType.JSON).body(Map.of("start", start, "end", start + length))
                .when().post("/api/articles/" + articleId + "/claims")
                .then().statusCode(201).extract().jsonPath();
    }

    private JsonPath claims() {
        return given().get("/api/articles/" + articleId + "/claims").then().statusCode(200).extract().jsonPath();
    }
}
