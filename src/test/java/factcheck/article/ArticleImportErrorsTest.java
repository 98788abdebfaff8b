package factcheck.article;

import factcheck.support.EmptyDatabase;
import factcheck.support.SimultaneousRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static factcheck.support.Uploads.utf8Part;
import static factcheck.support.Uploads.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticleImportErrorsTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.\n\n"
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";
    static final int MAX_BYTES = 1_048_576;

    @TestHTTPResource("/")
    URI baseUri;

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  \n\t \r\n  "})
    void rejectsEmptyOrWhitespaceOnlyJsonText(String text) {
        given()
                .contentType("application/json")
                .body(Map.of("text", text))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsJsonWithoutText() {
        given()
                .contentType("application/json")
                .body(Map.of("title", "No text here"))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsEmptyJsonBody() {
        given()
                .contentType("application/json")
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n  \t"})
    void rejectsEmptyOrWhitespaceOnlyPlainTextBody(String text) {
        given()
                .contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsWhitespaceOnlyMultipartTextPart() {
        given()
                .multiPart(utf8Part("text", "  \n  "))
                .multiPart(utf8Part("title", "Nothing"))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsMultipartWithNeitherFileNorText() {
        given()
                .multiPart(utf8Part("title", "Only a title"))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsEmptyUploadedFile() {
        given()
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsFileAndTextTogether() {
        given()
                .multiPart("file", "attack-report.txt", upload("attack-report.txt"), "text/plain")
                .multiPart(utf8Part("text", ATTACK))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsJsonTextOverOneMegabyte() {
        given()
                .contentType("application/json")
                .body(Map.of("text", ArticleResourceTest.textOfBytes(MAX_BYTES + 1)))
                .when().post("/api/articles")
                .then()
                .spec(problem(413))
                .body("detail", containsString(String.valueOf(MAX_BYTES)));
        assertNoArticles();
    }

    @Test
    void measuresTheLimitInBytesOfUtf8NotCharacters() {
        String text = "é".repeat(MAX_BYTES / 2 + 1);

        given()
                .contentType("application/json")
                .body(Map.of("text", text))
                .when().post("/api/articles")
                .then()
                .spec(problem(413));
        assertNoArticles();
    }

    @Test
    void rejectsPlainTextBodyOverOneMegabyte() {
        given()
                .contentType("text/plain; charset=UTF-8")
                .body(ArticleResourceTest.textOfBytes(MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then()
                .spec(problem(413));
        assertNoArticles();
    }

    @Test
    void rejectsUploadedFileOverOneMegabyte() {
        byte[] file = ArticleResourceTest.textOfBytes(MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);

        given()
                .multiPart("file", "huge.txt", file, "text/plain")
                .when().post("/api/articles")
                .then()
                .spec(problem(413));
        assertNoArticles();
    }

    @Test
    void rejectsMultipartTextPartOverOneMegabyte() {
        given()
                .multiPart(utf8Part("text", ArticleResourceTest.textOfBytes(MAX_BYTES + 1)))
                .when().post("/api/articles")
                .then()
                .spec(problem(413));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-utf8.txt", "png-header.txt"})
    void rejectsUploadedFileThatIsNotUtf8Text(String name) {
        given()
                .multiPart("file", name, upload(name), "text/plain")
                .when().post("/api/articles")
                .then()
                .spec(problem(415));
        assertNoArticles();
    }

    @Test
    void rejectsPngUpload() {
        given()
                .multiPart("file", "picture.png", upload("png-header.txt"), "image/png")
                .when().post("/api/articles")
                .then()
                .spec(problem(415));
        assertNoArticles();
    }

    @Test
    void rejectsPlainTextBodyThatIsNotUtf8() {
        given()
                .contentType("text/plain")
                .body(upload("not-utf8.txt"))
                .when().post("/api/articles")
                .then()
                .spec(problem(415));
        assertNoArticles();
    }

    @Test
    void rejectsPdfUpload() {
        given()
                .multiPart("file", "report.pdf", upload("report.pdf"), "application/pdf")
                .when().post("/api/articles")
                .then()
                .spec(problem(415))
                .body("detail", containsString(".txt"));
        assertNoArticles();
    }

    @Test
    void rejectsControlCharactersInJsonText() {
        given()
                .contentType("application/json")
                .body(Map.of("text", "The attack killed 140 people.\u0000\u0007"))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"The attack killed 140 people.\"", "{text: 'x'}", "not json at all",
            "{\"text\": \"a\",}"})
    void rejectsMalformedJson(String body) {
        given()
                .contentType("application/json")
                .body(body)
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"text\": \"The attack in March 2024 killed 140 people.\"}]"})
    void rejectsJsonArrayBody(String body) {
        given()
                .contentType("application/json")
                .body(body)
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-45", "22/03/2024"})
    void rejectsBadPublishedOnInJson(String date) {
        given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK, "publishedOn", date))
                .when().post("/api/articles")
                .then()
                .spec(problem(400))
                .body("detail", containsString("publishedOn"));
        assertNoArticles();
    }

    /** Valid ISO dates the database cannot store, and no publication has. */
    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01", "-0044-03-15", "0000-01-01"})
    void rejectsImplausibleYears(String date) {
        given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK, "publishedOn", date))
                .when().post("/api/articles")
                .then()
                .spec(problem(400))
                .body("errors[0].field", is("publishedOn"))
                .body("detail", containsString("years 1 to 9999"));
        assertNoArticles();
    }

    @Test
    void sameTextImportedAtTheSameMomentIsSavedOnce() throws Exception {
        List<Integer> statuses = SimultaneousRequests.send(8, i -> HttpRequest.newBuilder(baseUri.resolve("/api/articles"))
                        .header("Content-Type", "text/plain; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(ATTACK)).build())
                .stream().map(HttpResponse::statusCode).toList();

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        given().get("/api/articles").then().body("total", equalTo(1));
    }

    @Test
    void rejectsBadPublishedOnInMultipart() {
        given()
                .multiPart(utf8Part("text", ATTACK))
                .multiPart(utf8Part("publishedOn", "yesterday"))
                .when().post("/api/articles")
                .then()
                .spec(problem(400))
                .body("detail", containsString("yesterday"));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://x", "not a url"})
    void rejectsArticleUrlThatIsNotHttp(String url) {
        given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK, "url", url))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsTitleLongerThanFiveHundredCharacters() {
        given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK, "title", "t".repeat(501)))
                .when().post("/api/articles")
                .then()
                .spec(problem(400));
        assertNoArticles();
    }

    @Test
    void rejectsSecondImportOfTheSameText() {
        long first = given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK))
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");

        given()
                .contentType("application/json")
                .body(Map.of("text", ATTACK, "title", "Another title"))
                .when().post("/api/articles")
                .then()
                .spec(problem(409))
                .body("existingArticleId", is((int) first));
        given().when().get("/api/articles").then().statusCode(200).body("total", is(1));
    }

    @Test
    void rejectsUploadOfTextImportedBefore() {
        byte[] file = upload("attack-report.txt");
        long first = given()
                .contentType("text/plain; charset=UTF-8")
                .body(file)
                .when().post("/api/articles")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");

        given()
                .multiPart("file", "attack-report.txt", file, "text/plain")
                .when().post("/api/articles")
                .then()
                .spec(problem(409))
                .body("existingArticleId", is((int) first));
        given().when().get("/api/articles").then().statusCode(200).body("total", is(1));
    }

    @Test
    void rejectsXmlContentType() {
        given()
                .contentType("application/xml")
                .body("<article><text>The attack in March 2024 killed 140 people.</text></article>")
                .when().post("/api/articles")
                .then()
                .spec(problem(415));
        assertNoArticles();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "size=-5", "page=abc", "size=ten", "page=1.5",
            "page=2147483647&size=100"})
    void rejectsBadPageOrSize(String query) {
        given()
                .when().get("/api/articles?" + query)
                .then()
                .spec(problem(400));
    }

    private static void assertNoArticles() {
        given().when().get("/api/articles").then().statusCode(200).body("total", is(0));
    }
}
