package factcheck.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/** Creates test data the way an editor's tool would: through the REST API. */
public final class Api {

    /** Sentences every extractor version proposes: numbers, dates, named places and attribution. */
    public static final String FACTUAL_TEXT = """
            Attack on Moscow concert hall

            The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.

            According to the interior ministry, an estimated 10 million migrants from Central Asia live in Russia.
            """;

    private Api() {
    }

    public static JsonPath importArticle(String text) {
        return importArticle(Map.of("text", text));
    }

    /** Imports an article with the given JSON fields (text, title, url, outlet, …); returns it, claims included. */
    public static JsonPath importArticle(Map<String, ?> article) {
        return importArticle(given(), article);
    }

    /** Imports an article as {@code username}, signed in with HTTP Basic; returns it, claims included. */
    public static JsonPath importArticleAs(String username, String text) {
        return importArticleAs(username, Map.of("text", text));
    }

    /** Imports an article with the given JSON fields as {@code username}, signed in with HTTP Basic. */
    public static JsonPath importArticleAs(String username, Map<String, ?> article) {
        return importArticle(Accounts.basic(username), article);
    }

    private static JsonPath importArticle(RequestSpecification request, Map<String, ?> article) {
        return request.contentType(ContentType.JSON).body(article)
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    /** The id of the article's first claim in text order, as its list of claims gives it. */
    public static long firstClaimOf(JsonPath article) {
        return given().when().get("/api/articles/{id}/claims", article.getLong("id"))
                .then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
    }

    /** The id of the first claim whose text contains {@code fragment}; fails naming the claims there are. */
    public static long claimContaining(JsonPath article, String fragment) {
        List<Map<String, Object>> claims = article.getList("claims");
        return claims.stream()
                .filter(claim -> ((String) claim.get("text")).contains(fragment))
                .map(claim -> ((Number) claim.get("id")).longValue())
                .findFirst()
                .orElseGet(() -> fail("No claim contains '" + fragment + "'; the extractor proposed " + claims));
    }
}
