package factcheck.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

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
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    /** The id of the first claim whose text contains {@code fragment}. */
    public static long claimContaining(JsonPath article, String fragment) {
        return article.getLong("claims.find { it.text.contains('" + fragment + "') }.id");
    }
}
