package factcheck.article;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static factcheck.support.Uploads.utf8Part;
import static factcheck.support.Uploads.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticleResourceTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.\n\n"
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";

    @Test
    void importsJsonArticleWithItsExtractedClaims() {
        Response response = given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK, "title", "Moscow attack", "url", "https://example.org/moscow",
                        "outlet", "Example Times", "author", "A. Reporter", "publishedOn", "2024-03-23"))
                .when().post("/api/articles");

        response.then()
                .statusCode(201)
                .contentType("application/json")
                .body("title", is("Moscow attack"))
                .body("url", is("https://example.org/moscow"))
                .body("outlet", is("Example Times"))
                .body("author", is("A. Reporter"))
                .body("publishedOn", is("2024-03-23"))
                .body("text", is(ATTACK))
                .body("claims.text", hasItem(containsString("140")))
                .body("claims.text", hasItem(containsString("10 million")))
                .body("claims.status", everyItem(is("UNREVIEWED")))
                .body("claims.verdict", everyItem(nullValue()));
        long id = response.jsonPath().getLong("id");
        assertTrue(response.header("Location").endsWith("/api/articles/" + id), response.header("Location"));
        assertEquals(response.jsonPath().getList("claims").size(), response.jsonPath().getInt("claimCount"));
        given().when().get("/api/articles/" + id).then().statusCode(200).body("text", is(ATTACK));
    }

    @Test
    void claimTextEqualsArticleTextAtItsOffsets() {
        String text = "Größe zählt – ein Bericht 😀\r\n\r\n" + ATTACK + "\n\nThe hall held 6,200 people that night.";

        JsonPath article = given()
                .contentType("application/json")
                .body(Map.of("text", text))
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath();

        // Line breaks are stored as \n; everything else exactly as sent, and offsets count stored characters.
        String stored = text.replace("\r\n", "\n");
        assertEquals(stored, article.getString("text"));
        List<Map<String, Object>> claims = article.getList("claims");
        assertTrue(claims.size() >= 2, "expected claims for the sentences with numbers, got " + claims);
        for (Map<String, Object> claim : claims) {
            int start = (Integer) claim.get("start");
            int end = (Integer) claim.get("end");
            assertEquals(stored.substring(start, end), claim.get("text"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void titleDefaultsToTheFirstLine(Map<String, String> article) {
        given()
                .contentType("application/json")
                .body(article)
                .when().post("/api/articles")
                .then()
                .statusCode(201)
                .body("title", is("Concert hall attack"));
    }

    static Stream<Named<Map<String, String>>> titleDefaultsToTheFirstLine() {
        return Stream.of(
                named("without a title, the first line trimmed",
                        Map.of("text", "\n  Concert hall attack  \n\n" + ATTACK)),
                named("with a blank title", Map.of("text", "Concert hall attack\n\n" + ATTACK, "title", "   ")));
    }

    @Test
    void importsPlainTextBody() {
        String text = "Größere Zahlen aus Moskau\n\n" + ATTACK;

        Response response = given()
                .contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles");

        response.then()
                .statusCode(201)
                .body("text", is(text))
                .body("title", is("Größere Zahlen aus Moskau"))
                .body("claims.text", hasItem(containsString("140")));
        assertTrue(response.header("Location").endsWith("/api/articles/" + response.jsonPath().getLong("id")));
    }

    @Test
    void importsMultipartTextPartWithMetadata() {
        String text = "Zählung in Moskau\n\n" + ATTACK;

        Response response = given()
                .multiPart(utf8Part("text", text))
                .multiPart(utf8Part("title", "Moskau – Anschlag"))
                .multiPart(utf8Part("url", "https://example.org/moskau"))
                .multiPart(utf8Part("outlet", "Beispiel-Zeitung"))
                .multiPart(utf8Part("author", "B. Reporterin"))
                .multiPart(utf8Part("publishedOn", "2024-03-22"))
                .when().post("/api/articles");

        response.then()
                .statusCode(201)
                .header("Location", endsWith("/api/articles/" + response.jsonPath().getLong("id")))
                .body("text", is(text))
                .body("title", is("Moskau – Anschlag"))
                .body("url", is("https://example.org/moskau"))
                .body("outlet", is("Beispiel-Zeitung"))
                .body("author", is("B. Reporterin"))
                .body("publishedOn", is("2024-03-22"))
                .body("claims.text", hasItem(containsString("10 million")));
    }

    @Test
    void importsUploadedTextFile() {
        byte[] file = upload("attack-report.txt");

        given()
                .multiPart("file", "attack-report.txt", file, "text/plain")
                .when().post("/api/articles")
                .then()
                .statusCode(201)
                .body("text", is(new String(file, StandardCharsets.UTF_8)))
                .body("title", is("Concert hall attack"))
                .body("claims.text", hasItem(containsString("140")))
                .body("claims.text", hasItem(containsString("10 million")));
    }

    @Test
    void reducesMarkdownUploadToPlainText() {
        JsonPath article = given()
                .multiPart("file", "attack-report.md", upload("attack-report.md"), "text/markdown")
                .when().post("/api/articles")
                .then()
                .statusCode(201)
                .body("text", not(containsString("**")))
                .body("text", not(containsString("#")))
                .body("text", containsString("The attack in March 2024 killed 140 people"))
                .body("title", is("Concert hall attack"))
                .body("claims.text", hasItem(containsString("140")))
                .extract().jsonPath();

        String text = article.getString("text");
        for (Map<String, Object> claim : article.<Map<String, Object>>getList("claims")) {
            assertEquals(text.substring((Integer) claim.get("start"), (Integer) claim.get("end")), claim.get("text"));
        }
    }

    @Test
    void acceptsTextOfExactlyOneMegabyte() {
        String text = textOfBytes(1_048_576);

        given()
                .contentType("application/json")
                .body(Map.of("text", text))
                .when().post("/api/articles")
                .then()
                .statusCode(201)
                .body("title", is("Padding line without any numbers in it."));
        given().when().get("/api/articles").then().statusCode(200).body("total", is(1));
    }

    @Test
    void getsArticleWithFullTextAndClaims() {
        long id = Api.importArticle(ATTACK).getLong("id");

        given()
                .when().get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("id", is((int) id))
                .body("text", is(ATTACK))
                .body("title", startsWith("The attack in March 2024"))
                .body("claims.size()", greaterThanOrEqualTo(2))
                .body("claims.articleId", everyItem(is((int) id)))
                .body("claims.text", hasItem(containsString("140")));
    }

    @Test
    void listsClaimsOfAnArticleInTextOrder() {
        long id = Api.importArticle(ATTACK + "\n\nThe hall held 6,200 people that night.").getLong("id");

        List<Map<String, Object>> claims = given()
                .when().get("/api/articles/" + id + "/claims")
                .then()
                .statusCode(200)
                .body("articleId", everyItem(is((int) id)))
                .extract().jsonPath().getList("$");

        assertTrue(claims.size() >= 3, "expected a claim per sentence with a number, got " + claims);
        for (int i = 0; i < claims.size(); i++) {
            assertEquals(i + 1, claims.get(i).get("ordinal"));
            if (i > 0) {
                assertTrue((Integer) claims.get(i - 1).get("end") <= (Integer) claims.get(i).get("start"),
                        "claims out of text order: " + claims);
            }
        }
        assertTrue(((String) claims.get(0).get("text")).contains("140"));
        assertTrue(((String) claims.get(claims.size() - 1).get("text")).contains("6,200"));
    }

    @Test
    void listsArticlesNewestFirstInPages() {
        long first = Api.importArticle("First report\n\n" + ATTACK).getLong("id");
        long second = Api.importArticle("Second report\n\n" + ATTACK).getLong("id");
        long third = Api.importArticle("Third report\n\n" + ATTACK).getLong("id");

        given()
                .queryParam("page", 0).queryParam("size", 2)
                .when().get("/api/articles")
                .then()
                .statusCode(200)
                .body("page", is(0))
                .body("size", is(2))
                .body("total", is(3))
                .body("items.id", is(List.of((int) third, (int) second)))
                .body("items.title", is(List.of("Third report", "Second report")))
                .body("items[0]", not(hasKey("text")));
        given()
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/articles")
                .then()
                .statusCode(200)
                .body("page", is(1))
                .body("total", is(3))
                .body("items.id", is(List.of((int) first)));
    }

    @Test
    void listStartsAtFirstPageOfTwenty() {
        Api.importArticle(ATTACK);

        given()
                .when().get("/api/articles")
                .then()
                .statusCode(200)
                .body("page", is(0))
                .body("size", is(20))
                .body("total", is(1))
                .body("items.size()", is(1));
    }

    @Test
    void acceptsPageSizesFromOneToHundred() {
        Api.importArticle("First report\n\n" + ATTACK);
        Api.importArticle("Second report\n\n" + ATTACK);

        given().queryParam("size", 1).when().get("/api/articles")
                .then().statusCode(200).body("items.size()", is(1)).body("total", is(2));
        given().queryParam("size", 100).when().get("/api/articles")
                .then().statusCode(200).body("items.size()", is(2)).body("size", is(100));
    }

    @Test
    void pageBeyondTheLastIsEmpty() {
        Api.importArticle(ATTACK);

        given()
                .queryParam("page", 5).queryParam("size", 10)
                .when().get("/api/articles")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", is(1));
    }

    @Test
    void hugePageNumberIsNotAServerError() {
        Api.importArticle(ATTACK);

        int status = given()
                .queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .when().get("/api/articles")
                .then().extract().statusCode();

        assertTrue(status == 200 || status == 400, "page " + Integer.MAX_VALUE + " of size 100 gave " + status);
    }

    @Test
    void listCountsClaimsPerStatus() {
        long id = Api.importArticle(ATTACK).getLong("id");
        List<Integer> claimIds = given().when().get("/api/articles/" + id + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertTrue(claimIds.size() >= 2, "expected at least two claims, got " + claimIds);
        Reviews.save(claimIds.get(0), Map.of("status", "IN_PROGRESS"));
        Reviews.save(claimIds.get(1), Reviews.verdict("MOSTLY_TRUE"));

        given()
                .when().get("/api/articles")
                .then()
                .statusCode(200)
                .body("items[0].id", is((int) id))
                .body("items[0].claimCount", is(claimIds.size()))
                .body("items[0].statusCounts.UNREVIEWED", is(claimIds.size() - 2))
                .body("items[0].statusCounts.IN_PROGRESS", is(1))
                .body("items[0].statusCounts.REVIEWED", is(1))
                .body("items[0].statusCounts.DISMISSED", is(0));
    }

    @Test
    void deletesArticleWithItsClaimsSourcesAndNotes() {
        long id = Api.importArticle(ATTACK).getLong("id");
        List<Integer> claimIds = given().when().get("/api/articles/" + id + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("id");
        int claimId = claimIds.get(0);
        long sourceId = Reviews.addSource(claimId, Map.of("url", "https://example.org/report", "stance", "SUPPORTS"));
        long noteId = Reviews.addNote(claimId, "Check the ministry's own figures.");

        given().when().delete("/api/articles/" + id).then().statusCode(204);

        given().when().get("/api/articles/" + id).then().statusCode(404);
        given().when().get("/api/articles/" + id + "/claims").then().statusCode(404);
        for (int each : claimIds) {
            given().when().get("/api/claims/" + each).then().statusCode(404);
        }
        given().when().get("/api/sources/" + sourceId).then().statusCode(404);
        given().when().get("/api/notes/" + noteId).then().statusCode(404);
        given().when().get("/api/articles").then().statusCode(200).body("total", is(0)).body("items", empty());
    }

    @Test
    void deletingAnArticleLeavesOthersAlone() {
        long kept = Api.importArticle("Kept report\n\n" + ATTACK).getLong("id");
        long deleted = Api.importArticle("Deleted report\n\n" + ATTACK).getLong("id");

        given().when().delete("/api/articles/" + deleted).then().statusCode(204);

        given().when().get("/api/articles").then().statusCode(200)
                .body("total", is(1))
                .body("items.id", is(List.of((int) kept)));
        given().when().get("/api/articles/" + kept + "/claims").then().statusCode(200)
                .body("text", hasItem(containsString("140")));
    }

    @Test
    void textCanBeImportedAgainAfterItsArticleWasDeleted() {
        long id = Api.importArticle(ATTACK).getLong("id");
        given().when().delete("/api/articles/" + id).then().statusCode(204);

        given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK))
                .when().post("/api/articles")
                .then()
                .statusCode(201)
                .body("id", not(is((int) id)));
    }

    @Test
    void returnsNotFoundForUnknownArticle() {
        long id = Api.importArticle(ATTACK).getLong("id");
        long unknown = id + 1_000_000;

        given().when().get("/api/articles/" + unknown)
                .then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("status", is(404))
                .body("title", not(blankOrNullString()))
                .body("detail", containsString(String.valueOf(unknown)))
                .body("detail", not(containsString("Exception")));
        given().when().get("/api/articles/" + unknown + "/claims")
                .then().statusCode(404).header("Content-Type", startsWith("application/problem+json"));
        given().when().delete("/api/articles/" + unknown)
                .then().statusCode(404).header("Content-Type", startsWith("application/problem+json"))
                .body("status", is(404));
        given().when().get("/api/articles/not-a-number")
                .then().statusCode(404).header("Content-Type", startsWith("application/problem+json"));
        given().when().get("/api/articles").then().body("total", is(1));
    }

    /** Short lines without digits (so nothing is extracted), padded to exactly the given UTF-8 size. */
    static String textOfBytes(int bytes) {
        String line = "Padding line without any numbers in it.\n";
        StringBuilder text = new StringBuilder(bytes);
        while (text.length() + line.length() <= bytes) {
            text.append(line);
        }
        text.append("x".repeat(bytes - text.length()));
        return text.toString();
    }
}
