package factcheck.article;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticlePageTest {

    @Test
    void homeRedirectsToTheArticleList() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(303).header("Location", endsWith("/articles"));
    }

    @Test
    void listShowsEachArticleWithItsProgress() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        int claims = article.getList("claims").size();

        given().when().get("/articles")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Attack on Moscow concert hall"))
                .body(containsString("href=\"/articles/" + article.getLong("id") + "\""))
                .body(containsString("0 / " + claims + " done"));
    }

    @Test
    void pastedTextIsImportedAndOpensWithItsClaimsMarkedInPlace() {
        String location = given().filter(csrf()).redirects().follow(false)
                .multiPart("text", Api.FACTUAL_TEXT, "text/plain")
                .multiPart("outlet", "Example Times")
                .when().post("/articles")
                .then().statusCode(303)
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("Example Times"))
                .body(matchesPattern("(?s).*<mark class=\"claim-mark[^\"]*\" id=\"claim-\\d+\" data-claim-id=\"\\d+\"[^>]*>"
                        + "<a class=\"claim-badge\" href=\"/claims/\\d+\"[^>]*></a>"
                        + "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.</mark>.*"))
                .body(matchesPattern("(?s).*<li class=\"claim-item[^\"]*\" id=\"claim-item-\\d+\" data-claim-id=\"\\d+\" data-status=\"UNREVIEWED\">.*"));
    }

    @Test
    void uploadedMarkdownFileIsImportedAsPlainText() {
        byte[] markdown = "# Budget vote\n\nThe council approved **12 million euros** for schools in May 2024.\n"
                .getBytes(StandardCharsets.UTF_8);
        String location = given().filter(csrf()).redirects().follow(false)
                .multiPart("file", "budget.md", markdown, "text/markdown")
                .when().post("/articles")
                .then().statusCode(303)
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("<h1 dir=\"auto\">Budget vote</h1>"))
                .body(containsString("The council approved 12 million euros"))
                .body(not(containsString("**")));
    }

    @Test
    void emptyTextShowsTheFormAgainWithTheMessageNextToTheField() {
        given().filter(csrf()).multiPart("text", "   ", "text/plain")
                .multiPart("title", "Kept title")
                .when().post("/articles")
                .then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"text-error\" role=\"alert\">The article text is empty.</p>"))
                .body(containsString("value=\"Kept title\""));
        given().when().get("/api/articles").then().body("total", equalTo(0));
    }

    @Test
    void fileThatIsNotUtf8TextIsRefusedNextToTheFileField() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, (byte) 0xff, 0x00};
        given().filter(csrf()).multiPart("file", "photo.txt", png, "text/plain")
                .when().post("/articles")
                .then().statusCode(415)
                .body(containsString("id=\"file-error\""))
                .body(containsString("The file is not UTF-8 text."));
        given().when().get("/api/articles").then().body("total", equalTo(0));
    }

    @Test
    void invalidMetadataIsShownNextToItsField() {
        given().filter(csrf()).multiPart("text", Api.FACTUAL_TEXT, "text/plain")
                .multiPart("url", "ftp://example.org/story")
                .multiPart("publishedOn", "yesterday")
                .when().post("/articles")
                .then().statusCode(400)
                .body(containsString("id=\"publishedOn-error\""))
                .body(containsString("&#39;yesterday&#39; is not a date like 2024-03-22."));
    }

    @Test
    void secondImportOfTheSameTextLinksToTheFirst() {
        long first = Api.importArticle(Api.FACTUAL_TEXT).getLong("id");

        given().filter(csrf()).multiPart("text", Api.FACTUAL_TEXT, "text/plain")
                .when().post("/articles")
                .then().statusCode(409)
                .body(containsString("already imported as article " + first))
                .body(containsString("href=\"/articles/" + first + "\""));
    }

    @Test
    void unknownArticleGetsAnErrorPageNotAStackTrace() {
        given().when().get("/articles/987654")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("Article 987654 does not exist."), not(containsString("Exception"))));
    }

    @Test
    void articlePageIgnoresAnEditSummaryThatIsNotNumbers() {
        long id = Api.importArticle(Api.FACTUAL_TEXT).getLong("id");

        given().when().get("/articles/" + id + "?anchored=x&moved=0&changed=0&orphaned=0&removed=0&added=0")
                .then().statusCode(200)
                .body(not(containsString("Text saved.")));
    }

    @Test
    void deletingAnArticleReturnsToTheList() {
        long id = Api.importArticle(Api.FACTUAL_TEXT).getLong("id");

        given().filter(csrf()).redirects().follow(false)
                .when().post("/articles/" + id + "/delete")
                .then().statusCode(303).header("Location", endsWith("/articles"));
        given().when().get("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void userTextIsEscapedOnTheArticlePage() {
        long id = given().contentType("application/json")
                .body("{\"text\": \"<script>alert(1)</script> The attack in March 2024 killed 140 people in Moscow.\","
                        + " \"title\": \"<script>alert(2)</script>\", \"outlet\": \"<b>Outlet</b>\"}")
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        given().when().get("/articles/" + id)
                .then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<b>Outlet")))
                .body(containsString("&lt;script&gt;alert(2)&lt;/script&gt;"));
    }
}
