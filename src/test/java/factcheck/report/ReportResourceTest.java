package factcheck.report;

import factcheck.claim.Verdict;
import factcheck.support.EmptyDatabase;
import factcheck.support.WallClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.addSource;
import static factcheck.support.Api.claimContaining;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** How the report endpoint picks its format, names its downloads and reports errors. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportResourceTest {

    private static final Pattern GENERATED_AT_LINE = Pattern.compile("(?m)^\\s*(<p class=\"generated\">)?Generated at .*$");
    private static final Pattern GENERATED_AT_MEMBER = Pattern.compile("\"generatedAt\":\"[^\"]*\"");

    @TestHTTPResource("/")
    URI baseUri;

    private long articleId;

    @BeforeEach
    void aPartlyReviewedArticle() {
        JsonPath article = importArticle("Central Asia drifts from Moscow", ATTACK_TEXT);
        articleId = article.getLong("id");
        long attack = claimContaining(article, "killed 140 people");
        ReviewApi.giveVerdict(attack, Verdict.FALSE, "The toll was 145.");
        addSource(attack, "https://agency.example.org/toll", "Final figures", "REFUTES");
        addSource(attack, "https://agency.example.org/first-count", "First count", "SUPPORTS");
    }

    /** The article page's export buttons: the same document for the signed-in browser, which the API would refuse. */
    @Test
    void articlePageOffersTheReportsAtPagePaths() {
        String page = given().when().get("/articles/{id}", articleId).then().statusCode(200).extract().asString();
        assertThat(page, containsString("href=\"/articles/" + articleId + "/report?format=csv\""));
        String fromApi = given().queryParam("format", "csv").get("/api/articles/{id}/report", articleId).asString();

        given().queryParam("format", "csv")
                .when().get("/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"article-" + articleId + "-report.csv\""))
                .body(equalTo(fromApi));
    }

    @Test
    void markdownIsADownloadInUtf8() {
        given().queryParam("format", "md")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", equalToIgnoringCase("text/markdown;charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"article-" + articleId + "-report.md\""));
    }

    @Test
    void csvIsADownloadInUtf8() {
        given().queryParam("format", "csv")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", equalToIgnoringCase("text/csv;charset=UTF-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"article-" + articleId + "-report.csv\""));
    }

    @Test
    void jsonIsShownInline() {
        given().queryParam("format", "json")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .header("Content-Disposition", nullValue())
                .body("schemaVersion", equalTo(1));
    }

    @Test
    void acceptHeaderChoosesTheFormatWhenNoneIsNamed() {
        assertContentType("text/markdown", "text/markdown");
        assertContentType("text/csv", "text/csv");
        assertContentType("application/json", "application/json");
        assertContentType("*/*", "application/json");
        assertContentType("text/html;q=0.1, text/csv;q=0.5, text/markdown;q=0.9", "text/markdown");
        assertContentType("text/html,application/xhtml+xml,*/*;q=0.8", "text/html");
        assertContentType("application/pdf", "application/pdf");
        assertContentType("application/ld+json", "application/ld+json");
        assertContentType("text/*", "text/markdown");
    }

    @Test
    void withoutAcceptHeaderTheReportIsJson() throws Exception {
        // Java's own client, because REST-assured always sends an Accept header.
        URI report = baseUri.resolve("api/articles/" + articleId + "/report");
        HttpRequest request = HttpRequest.newBuilder(report).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow(), startsWith("application/json"));
        assertEquals(1, JsonPath.from(response.body()).getInt("schemaVersion"));
    }

    @Test
    void formatParameterWinsOverTheAcceptHeader() {
        given().accept("application/json").queryParam("format", "csv")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"));
    }

    @Test
    void acceptHeaderWithoutAnyReportFormatIsRefused() {
        given().accept("image/png")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsUnknownFormatNamingTheAllowedOnes() {
        given().queryParam("format", "docx")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("json, md, csv, html, pdf, claimreview"))
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void reportOfUnknownArticleIsNotFound() {
        given().queryParam("format", "md")
                .when().get("/api/articles/{id}/report", articleId + 1_000)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Article " + (articleId + 1_000) + " does not exist."));
    }

    @Test
    void sameDataGivesTheSameBytesApartFromTheGeneratedAtLine() {
        String markdown = report(articleId, "md");
        String json = report(articleId, "json");
        String csv = report(articleId, "csv");
        String html = report(articleId, "html");
        String claimReview = report(articleId, "claimreview");
        // Let the clock move on to a new second, so only the generated-at line may tell the reports apart.
        WallClock.waitForTheNextSecond();

        assertNotEquals(markdown, report(articleId, "md"));
        assertEquals(withoutGeneratedAt(markdown), withoutGeneratedAt(report(articleId, "md")));
        assertEquals(GENERATED_AT_MEMBER.matcher(json).replaceAll(""),
                GENERATED_AT_MEMBER.matcher(report(articleId, "json")).replaceAll(""));
        assertEquals(csv, report(articleId, "csv"));
        assertEquals(withoutGeneratedAt(html), withoutGeneratedAt(report(articleId, "html")));
        assertEquals(claimReview, report(articleId, "claimreview"));
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        given().queryParam("format", "CSV")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"));
    }

    private void assertContentType(String accept, String expected) {
        given().accept(accept)
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", startsWith(expected));
    }

    private static String withoutGeneratedAt(String markdown) {
        List<String> generatedAt = GENERATED_AT_LINE.matcher(markdown).results().map(m -> m.group()).toList();
        assertEquals(1, generatedAt.size(), "exactly one generated-at line");
        return GENERATED_AT_LINE.matcher(markdown).replaceAll("");
    }
}
