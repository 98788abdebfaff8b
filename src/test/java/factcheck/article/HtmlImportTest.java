package factcheck.article;

import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static factcheck.support.PageForms.csrf;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class HtmlImportTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.";

    @Test
    void uploadedHtmlPageIsImportedWithItsArticleTextAndMetadata() {
        JsonPath article = given()
                .multiPart("file", "story.html", pageBytes("news-story.html"), "text/html")
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/articles/\\d+"))
                .body("title", is("Central Asian workers leave Russia after the Crocus attack"))
                .body("url", is("https://steppe-courier.example/world/2024/04/12/workers-leave-russia"))
                .body("outlet", is("The Steppe Courier"))
                .body("author", is("Aigerim Bekova"))
                .body("publishedOn", is("2024-04-12"))
                .body("text", startsWith(ATTACK))
                .body("text", endsWith("The ministry did not answer questions about the new rules."))
                .body("claims.text", hasItem(ATTACK))
                .extract().jsonPath();

        assertOnlyArticleText(article);
    }

    @Test
    void fieldsTypedIntoTheFormWinOverThePageMetadata() {
        given()
                .multiPart("file", "story.html", pageBytes("news-story.html"), "text/html")
                .multiPart("title", "Workers leave Russia")
                .multiPart("url", "https://archive.example/steppe/workers")
                .multiPart("outlet", "Steppe Courier (print)")
                .multiPart("author", "A. Bekova")
                .multiPart("publishedOn", "2024-04-13")
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", is("Workers leave Russia"))
                .body("url", is("https://archive.example/steppe/workers"))
                .body("outlet", is("Steppe Courier (print)"))
                .body("author", is("A. Bekova"))
                .body("publishedOn", is("2024-04-13"));
    }

    @Test
    void blankFormFieldsLeaveThePageMetadata() {
        given()
                .multiPart("file", "story.htm", pageBytes("news-story.html"), "text/html")
                .multiPart("title", "  ")
                .multiPart("outlet", "")
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", is("Central Asian workers leave Russia after the Crocus attack"))
                .body("outlet", is("The Steppe Courier"));
    }

    @Test
    void pageWithoutAnArticleElementIsReadFromItsMainElement() {
        given()
                .multiPart("file", "budget.html", pageBytes("no-article-element.html"), "text/html")
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", is("Council approves school budget"))
                .body("url", is((String) null))
                .body("publishedOn", is("2024-05-07"))
                .body("text", not(containsString("Subscribe")))
                .body("claims.text", hasItem("The council approved 12 million euros for schools in May 2024."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/html; charset=UTF-8"})
    void htmlRequestBodyIsImported(String contentType) {
        JsonPath article = given()
                .contentType(contentType)
                .body(pageBytes("news-story.html"))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", is("Central Asian workers leave Russia after the Crocus attack"))
                .body("outlet", is("The Steppe Courier"))
                .body("publishedOn", is("2024-04-12"))
                .body("text", startsWith(ATTACK))
                .extract().jsonPath();

        assertOnlyArticleText(article);
        given().when().get("/api/articles").then().body("total", is(1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void htmlPageItCannotReadIsRefused(UnaryOperator<RequestSpecification> request, int status) {
        request.apply(given())
                .when().post("/api/articles")
                .then().spec(problem(status));

        given().when().get("/api/articles").then().body("total", is(0));
    }

    static Stream<Arguments> htmlPageItCannotReadIsRefused() {
        byte[] latin1 = "<html><body><p>Caf\u00e9 prices rose by 5 percent in 2024.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                arguments(named("an uploaded page without article text",
                        upload("loading.html", pageBytes("empty-page.html"))), 400),
                arguments(named("a page without article text as the body", body(pageBytes("empty-page.html"))), 400),
                arguments(named("an empty body", body(new byte[0])), 400),
                arguments(named("a page that is not UTF-8 as the body", body(latin1)), 415),
                arguments(named("an uploaded page that is not UTF-8", upload("cafe.html", latin1)), 415));
    }

    @Test
    void samePageImportedTwiceIsADuplicate() {
        long first = given().contentType("text/html").body(pageBytes("news-story.html"))
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        given().multiPart("file", "story.html", pageBytes("news-story.html"), "text/html")
                .when().post("/api/articles")
                .then().spec(problem(409))
                .body("existingArticleId", is((int) first));
    }

    @Test
    void htmlPageCanBeUploadedThroughTheImportForm() {
        String location = given().filter(csrf()).redirects().follow(false)
                .multiPart("file", "story.html", pageBytes("news-story.html"), "text/html")
                .when().post("/articles")
                .then().statusCode(303)
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("<h1 dir=\"auto\">Central Asian workers leave Russia after the Crocus attack</h1>"))
                .body(containsString("The Steppe Courier"))
                .body(containsString("></a>" + ATTACK + "</mark>"))
                .body(not(containsString("Accept all cookies")));
    }

    /** Every claim points into the stored text, and nothing of the page around the article got in. */
    private static void assertOnlyArticleText(JsonPath article) {
        String text = article.getString("text");
        for (Map<String, Object> claim : article.<Map<String, Object>>getList("claims")) {
            assertEquals(text.substring((Integer) claim.get("start"), (Integer) claim.get("end")), claim.get("text"));
        }
        for (String furniture : List.of("cookies", "Advertisement", "Share this story", "Kazakhstan extends",
                "inbox", "Ruslan", "Most read", "dataLayer", "12 percent interest", "2 million barrels")) {
            assertThat(text, not(containsString(furniture)));
        }
    }

    private static UnaryOperator<RequestSpecification> upload(String name, byte[] page) {
        return request -> request.multiPart("file", name, page, "text/html");
    }

    private static UnaryOperator<RequestSpecification> body(byte[] page) {
        return request -> request.contentType("text/html").body(page);
    }

    private static byte[] pageBytes(String name) {
        return HtmlArticleReaderTest.page(name).getBytes(StandardCharsets.UTF_8);
    }
}
