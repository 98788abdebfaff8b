package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arithmetic an article asserts and its own figures do not bear out, raised as a red flag on the claim. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class RedFlagsTest {

    private static final String WRONG = "The county recorded 2,911 measles cases last year, tripled from 368 the year"
            + " before, according to the health ministry.";
    private static final String RIGHT = "The county recorded 1,104 measles cases last year, tripled from 368 the year"
            + " before, according to the health ministry.";
    private static final String OTHER = "The outbreak began in a school in the north of the county in March 2024,"
            + " officials said.";

    @Test
    void aClaimWhoseFiguresDoNotBearOutItsArithmeticCarriesTheComputation() {
        JsonPath article = Api.importArticle(WRONG + "\n\n" + OTHER);
        long flagged = Api.claimContaining(article, "tripled");
        long other = Api.claimContaining(article, "outbreak began");

        given().when().get("/api/claims/" + flagged).then().statusCode(200)
                .body("flags", hasSize(1))
                .body("flags[0].kind", equalTo("ARITHMETIC"))
                .body("flags[0].message", containsString("2,911 / 368 = 7.9×, not 3×"));
        given().when().get("/api/claims/" + other).then().statusCode(200).body("flags", empty());
    }

    @Test
    void arithmeticThatAddsUpRaisesNoFlag() {
        JsonPath article = Api.importArticle(RIGHT + "\n\n" + OTHER);

        given().when().get("/api/claims/" + Api.claimContaining(article, "tripled")).then().statusCode(200)
                .body("flags", empty());
    }

    @Test
    void correctingTheFigureTakesTheFlagAway() {
        JsonPath article = Api.importArticle(WRONG + "\n\n" + OTHER);
        long articleId = article.getLong("id");

        given().header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("text", RIGHT + "\n\n" + OTHER))
                .when().put("/api/articles/" + articleId + "/text").then().statusCode(200);

        JsonPath corrected = given().when().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath();
        given().when().get("/api/claims/" + Api.claimContaining(corrected, "tripled")).then().statusCode(200)
                .body("flags", empty());
    }

    @Test
    void theFlagFollowsTheClaimsBoundaries() {
        JsonPath article = Api.importArticle(WRONG + "\n\n" + OTHER);
        long claim = Api.claimContaining(article, "tripled");
        int attribution = WRONG.indexOf("according to");

        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("start", attribution, "end", WRONG.length() - 1))
                .when().put("/api/claims/" + claim + "/span").then().statusCode(200)
                .body("flags", empty());
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("start", 0, "end", WRONG.length()))
                .when().put("/api/claims/" + claim + "/span").then().statusCode(200)
                .body("flags[0].kind", equalTo("ARITHMETIC"));
    }

    @Test
    void thePanelAndTheListShowTheFlagBesideTheClaim() {
        JsonPath article = Api.importArticle(WRONG + "\n\n" + OTHER);
        long articleId = article.getLong("id");
        long flagged = Api.claimContaining(article, "tripled");

        Document panel = Jsoup.parseBodyFragment(given().when()
                .get("/articles/" + articleId + "/claims/" + flagged + "/panel").then().statusCode(200)
                .extract().asString());
        assertNotNull(panel.selectFirst(".red-flags"), "the panel shows the flag without leaving it");
        assertTrue(panel.selectFirst(".red-flag").text().contains("Numbers that do not add up: 2,911 / 368 = 7.9×"));

        Document page = Jsoup.parse(given().when().get("/articles/" + articleId).then().statusCode(200)
                .extract().asString());
        assertEquals("⚠ Numbers that do not add up",
                page.selectFirst("#claim-item-" + flagged + " .red-flag-note").text());
        assertTrue(page.selectFirst("#claim-" + flagged + " .claim-badge").attr("data-badge").endsWith("⚠"));
    }
}
