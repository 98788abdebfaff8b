package factcheck.article;

import factcheck.support.EmptyDatabase;
import factcheck.support.SimultaneousRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static factcheck.support.Problems.problem;
import static factcheck.support.Uploads.upload;
import static factcheck.support.Uploads.utf8Part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Imports the API refuses, each with a problem and without storing anything. The refusals are tables: each row is a
 * request named for what it sends, and the detail the problem must give (anything, unless the row names it).
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticleImportErrorsTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.\n\n"
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";
    static final int MAX_BYTES = 1_048_576;

    @TestHTTPResource("/")
    URI baseUri;

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsAnImportWithoutExactlyOneText(UnaryOperator<RequestSpecification> request, Matcher<?> detail) {
        assertRefused(request, 400, detail);
    }

    static Stream<Arguments> rejectsAnImportWithoutExactlyOneText() {
        return Stream.of(
                refused("JSON whose text is empty", json(Map.of("text", ""))),
                refused("JSON whose text is a space", json(Map.of("text", " "))),
                refused("JSON whose text is line breaks, tabs and spaces", json(Map.of("text", "  \n\t \r\n  "))),
                refused("JSON without a text", json(Map.of("title", "No text here"))),
                refused("an empty JSON body", request -> request.contentType("application/json")),
                refused("an empty plain-text body", plainText("")),
                refused("a plain-text body of white space", plainText("   \n\n  \t")),
                refused("a form whose text is white space",
                        form(utf8Part("text", "  \n  "), utf8Part("title", "Nothing"))),
                refused("a form with neither file nor text", form(utf8Part("title", "Only a title"))),
                refused("an empty file", file("empty.txt", new byte[0], "text/plain")),
                refused("a file and a text together", request -> request
                        .multiPart("file", "attack-report.txt", upload("attack-report.txt"), "text/plain")
                        .multiPart(utf8Part("text", ATTACK))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsATextOverOneMegabyte(UnaryOperator<RequestSpecification> request, Matcher<?> detail) {
        assertRefused(request, 413, detail);
    }

    static Stream<Arguments> rejectsATextOverOneMegabyte() {
        String tooLong = ArticleResourceTest.textOfBytes(MAX_BYTES + 1);
        return Stream.of(
                refused("JSON text, with the limit named", json(Map.of("text", tooLong)),
                        containsString(String.valueOf(MAX_BYTES))),
                refused("JSON text within the limit in characters but over it in UTF-8 bytes",
                        json(Map.of("text", "é".repeat(MAX_BYTES / 2 + 1)))),
                refused("a plain-text body", plainText(tooLong)),
                refused("an uploaded file", file("huge.txt", tooLong.getBytes(StandardCharsets.UTF_8), "text/plain")),
                refused("a form's text", form(utf8Part("text", tooLong))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsWhatIsNotUtf8Text(UnaryOperator<RequestSpecification> request, Matcher<?> detail) {
        assertRefused(request, 415, detail);
    }

    static Stream<Arguments> rejectsWhatIsNotUtf8Text() {
        return Stream.of(
                refused("a .txt file that is not UTF-8", file("not-utf8.txt", upload("not-utf8.txt"), "text/plain")),
                refused("a .txt file that is a PNG image",
                        file("png-header.txt", upload("png-header.txt"), "text/plain")),
                refused("a PNG upload", file("picture.png", upload("png-header.txt"), "image/png")),
                refused("a plain-text body that is not UTF-8",
                        request -> request.contentType("text/plain").body(upload("not-utf8.txt"))),
                refused("a PDF upload, with the .txt files named",
                        file("report.pdf", upload("report.pdf"), "application/pdf"), containsString(".txt")),
                refused("an XML body", request -> request.contentType("application/xml")
                        .body("<article><text>The attack in March 2024 killed 140 people.</text></article>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsMalformedJson(UnaryOperator<RequestSpecification> request, Matcher<?> detail) {
        assertRefused(request, 400, detail);
    }

    static Stream<Arguments> rejectsMalformedJson() {
        return Stream.of(
                refused("an object left open", jsonBody("{\"text\": \"The attack killed 140 people.\"")),
                refused("names without quotes and strings in single quotes", jsonBody("{text: 'x'}")),
                refused("no JSON at all", jsonBody("not json at all")),
                refused("a trailing comma", jsonBody("{\"text\": \"a\",}")),
                refused("an empty array", jsonBody("[]")),
                refused("an array of articles",
                        jsonBody("[{\"text\": \"The attack in March 2024 killed 140 people.\"}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsAFieldItCannotStore(UnaryOperator<RequestSpecification> request, Matcher<?> detail) {
        assertRefused(request, 400, detail);
    }

    static Stream<Arguments> rejectsAFieldItCannotStore() {
        return Stream.of(
                refused("control characters in the text",
                        json(Map.of("text", "The attack killed 140 people.\u0000\u0007"))),
                refused("publishedOn 'yesterday', with the field named",
                        json(Map.of("text", ATTACK, "publishedOn", "yesterday")), containsString("publishedOn")),
                refused("publishedOn with month 13, with the field named",
                        json(Map.of("text", ATTACK, "publishedOn", "2024-13-45")), containsString("publishedOn")),
                refused("publishedOn as day/month/year, with the field named",
                        json(Map.of("text", ATTACK, "publishedOn", "22/03/2024")), containsString("publishedOn")),
                refused("a form's publishedOn 'yesterday', quoted",
                        form(utf8Part("text", ATTACK), utf8Part("publishedOn", "yesterday")),
                        containsString("yesterday")),
                refused("a javascript: URL", json(Map.of("text", ATTACK, "url", "javascript:alert(1)"))),
                refused("an FTP URL", json(Map.of("text", ATTACK, "url", "ftp://x"))),
                refused("a URL that is none", json(Map.of("text", ATTACK, "url", "not a url"))),
                refused("a title of 501 characters", json(Map.of("text", ATTACK, "title", "t".repeat(501)))));
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

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "size=-5", "page=abc", "size=ten", "page=1.5",
            "page=2147483647&size=100"})
    void rejectsBadPageOrSize(String query) {
        given()
                .when().get("/api/articles?" + query)
                .then()
                .spec(problem(400));
    }

    private static void assertRefused(UnaryOperator<RequestSpecification> request, int status, Matcher<?> detail) {
        request.apply(given())
                .when().post("/api/articles")
                .then()
                .spec(problem(status))
                .body("detail", detail);
        assertNoArticles();
    }

    private static void assertNoArticles() {
        given().when().get("/api/articles").then().statusCode(200).body("total", is(0));
    }

    private static Arguments refused(String what, UnaryOperator<RequestSpecification> request) {
        return refused(what, request, anything());
    }

    private static Arguments refused(String what, UnaryOperator<RequestSpecification> request, Matcher<?> detail) {
        return arguments(named(what, request), detail);
    }

    private static UnaryOperator<RequestSpecification> json(Map<String, ?> article) {
        return request -> request.contentType("application/json").body(article);
    }

    private static UnaryOperator<RequestSpecification> jsonBody(String body) {
        return request -> request.contentType("application/json").body(body);
    }

    private static UnaryOperator<RequestSpecification> plainText(String text) {
        return request -> request.contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static UnaryOperator<RequestSpecification> file(String name, byte[] content, String mimeType) {
        return request -> request.multiPart("file", name, content, mimeType);
    }

    private static UnaryOperator<RequestSpecification> form(MultiPartSpecification... parts) {
        return request -> {
            for (MultiPartSpecification part : parts) {
                request.multiPart(part);
            }
            return request;
        };
    }
}
