package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A claim marked by hand says who marked it, and never shows the machine's reasons, whatever is done to it. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "maria", roles = {"EDITOR", "REVIEWER"})
class HandMarkedClaimTest {

    static final String OPINION = "I think the city is lovely in spring.";
    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.";
    static final String TEXT = OPINION + "\n\n" + ATTACK + "\n";
    static final List<String> BY_MARIA = List.of("marked by hand by maria");

    private long articleId;
    private long attack;
    private long opinion;

    @BeforeEach
    void aProposedClaimAndOneMarkedByHand() {
        JsonPath article = Api.importArticle(TEXT);
        articleId = article.getLong("id");
        attack = Api.claimContaining(article, "140 people");
        opinion = given().contentType(ContentType.JSON).body(Map.of("start", 0, "end", OPINION.length()))
                .when().post("/api/articles/" + articleId + "/claims")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aProposedClaimMergedWithAHandMarkedOneSaysWhoMarkedItThroughCorrections() {
        JsonPath merged = given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("with", opinion))
                .when().post("/api/claims/" + attack + "/merge")
                .then().statusCode(200).extract().jsonPath();

        assertEquals(BY_MARIA, merged.getList("reasons"));
        List<String> shown = Jsoup.parse(given().get("/articles/" + articleId + "/claims/" + attack + "/panel")
                        .then().statusCode(200).extract().asString())
                .select(".claim-reasons .reasons li").stream().map(Element::text).toList();
        assertEquals(BY_MARIA, shown);

        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", TEXT.replace("the city", "our city")))
                .when().put("/api/articles/" + articleId + "/text").then().statusCode(200);
        assertEquals(BY_MARIA, given().get("/api/claims/" + attack).then().statusCode(200)
                .extract().jsonPath().getList("reasons"), "and after a correction of the article");
    }
}
