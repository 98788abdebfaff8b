package factcheck.report;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.parseCsv;
import static factcheck.support.Api.claimContaining;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scope of a report: only claims with a published verdict, only reviewed and dismissed claims, or all of them,
 * in every format and on the reports page.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportScopeTest {

    /** Reviewed, then its sentence corrected: reviewed, but its verdict is not published. */
    private static final String CORRECTED = "The attack in March 2024 killed 145 people in Moscow.";
    private static final String PUBLISHED = "Officials said 10 million migrants live in Russia.";
    private static final String IN_PROGRESS = "Polls indicate 49 % in Kyrgyzstan blame the war.";
    private static final String DISMISSED = "In 2023 some 4.5 million workers from Uzbekistan went to Russia.";
    private static final String UNREVIEWED = "Remittances made up 48 % of GDP in 2022.";
    private static final String SCHEMAS = "https://workbench.example.org/schemas/";

    private long news;

    @BeforeEach
    void twoArticlesWithClaimsOfEveryStanding() {
        JsonPath first = ReviewApi.importArticle("Central Asia drifts from Moscow", ATTACK_TEXT);
        news = first.getLong("id");
        ReviewApi.giveVerdict(claimContaining(first, "140 people"), Verdict.FALSE, "The toll was 145.");
        ReviewApi.giveVerdict(claimContaining(first, "10 million"), Verdict.TRUE, "Census, 2023.");
        ReviewApi.changeStatus(claimContaining(first, "49 %"), ClaimStatus.IN_PROGRESS);
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", ATTACK_TEXT.replace("killed 140 people", "killed 145 people")))
                .when().put("/api/articles/{id}/text", news)
                .then().statusCode(200);
        JsonPath second = Api.importArticle(Map.of("title", "Workers abroad", "text", DISMISSED + " " + UNREVIEWED,
                "outlet", "Wire Service"));
        ReviewApi.changeStatus(claimContaining(second, "4.5 million"), ClaimStatus.DISMISSED);
    }

    @Test
    void articleReportHoldsTheClaimsOfItsScope() {
        assertClaims(List.of(PUBLISHED), articleJson("published"));
        assertClaims(List.of(CORRECTED, PUBLISHED), articleJson("reviewed"));
        assertClaims(List.of(CORRECTED, PUBLISHED, IN_PROGRESS), articleJson("all"));
        assertClaims(List.of(CORRECTED, PUBLISHED, IN_PROGRESS), articleJson(null));
        assertClaims(List.of(PUBLISHED), articleJson("PUBLISHED"));
    }

    @Test
    void reportAcrossArticlesHoldsTheClaimsOfItsScope() {
        JsonPath published = reportsJson("published");
        assertEquals(List.of(PUBLISHED), published.getList("articles.claims.text.flatten()"));
        assertEquals("published", published.getString("filter.scope"));
        assertEquals(1, published.getInt("articleCount"));
        assertEquals(List.of(CORRECTED, PUBLISHED, DISMISSED), reportsJson("reviewed").getList("articles.claims.text.flatten()"));
        JsonPath all = reportsJson(null);
        assertEquals(5, all.getInt("summary.totalClaims"));
        assertEquals("all", all.getString("filter.scope"));
    }

    @Test
    void summaryCountsOnlyTheClaimsInTheScope() {
        JsonPath reviewed = articleJson("reviewed");

        assertEquals(2, reviewed.getInt("summary.totalClaims"));
        assertEquals(0, reviewed.getInt("summary.statusCounts.IN_PROGRESS"));
        assertEquals(1, reviewed.getInt("summary.verdictCounts.TRUE"));
        assertEquals(0, reviewed.getInt("summary.verdictCounts.FALSE"), "the corrected claim's verdict is withheld");
    }

    @Test
    void everyReadableFormatKeepsToTheScope() throws IOException {
        String markdown = articleReport("md", "published");
        assertThat(markdown, containsString("- Covers: claims with a published verdict"));
        assertThat(markdown, containsString("> " + PUBLISHED));
        assertThat(markdown, not(containsString("> " + CORRECTED)));
        assertThat(markdown, not(containsString("> " + IN_PROGRESS)));

        assertEquals(List.of(PUBLISHED), parseCsv(articleReport("csv", "published")).stream()
                .map(row -> row.get("claim")).toList());

        Document page = Jsoup.parse(articleReport("html", "reviewed"));
        assertEquals(List.of(CORRECTED, PUBLISHED), page.select("article.claim blockquote").eachText());
        assertEquals(List.of("Needs review", "True"), page.select("article.claim h3 .verdict").eachText());
        assertEquals("reviewed and dismissed claims", detail(page, "Covers"));

        Document across = Jsoup.parse(given().queryParam("format", "html").queryParam("scope", "published")
                .when().get("/api/reports").then().statusCode(200).extract().asString());
        assertEquals("claims with a published verdict", detail(across, "Filter"));
        assertEquals(List.of(PUBLISHED), across.select("article.claim blockquote").eachText());
    }

    @Test
    void claimReviewPublishesOnlyPublishedVerdictsWhateverTheScope() {
        assertEquals(List.of(PUBLISHED), JsonPath.from(articleReport("claimreview", "reviewed")).getList("claimReviewed"));
        assertEquals(List.of(PUBLISHED), JsonPath.from(articleReport("claimreview", "all")).getList("claimReviewed"));
    }

    @Test
    void jsonOfEveryScopeMatchesItsPublishedSchema() {
        Schema report = schema("report-v1.json");
        Schema reports = schema("reports-v1.json");

        for (String scope : List.of("published", "reviewed", "all")) {
            assertEquals(List.of(), report.validate(articleReport("json", scope), InputFormat.JSON), scope);
            String across = given().queryParam("format", "json").queryParam("scope", scope)
                    .when().get("/api/reports").then().statusCode(200).extract().asString();
            assertEquals(List.of(), reports.validate(across, InputFormat.JSON), scope);
        }
    }

    @Test
    void unknownScopeIsRefusedNamingTheAllowedOnes() {
        for (String address : List.of("/api/articles/" + news + "/report", "/api/reports")) {
            given().queryParam("format", "json").queryParam("scope", "approved")
                    .when().get(address)
                    .then().spec(problem(400))
                    .body("errors[0].field", equalTo("scope"))
                    .body("detail", containsString("published, reviewed, all"));
        }
    }

    @Test
    void reportsPageOffersTheScopeAndKeepsItInTheDownloads() throws IOException {
        Document page = Jsoup.parse(given().queryParam("run", "true").queryParam("scope", "reviewed")
                .when().get("/reports").then().statusCode(200).extract().asString());

        assertEquals(List.of("published", "reviewed", "all"), page.select("#scope option").eachAttr("value"));
        assertEquals("Reviewed and dismissed claims", page.selectFirst("#scope option[selected]").text());
        assertEquals("Claims", page.selectFirst("label[for=scope]").text());
        assertThat(page.selectFirst(".result-count").text(), containsString("3 claims in 2 articles"));
        String csvLink = page.select(".report-totals a").stream().map(link -> link.attr("href"))
                .filter(href -> href.endsWith("format=csv")).findFirst().orElseThrow();
        assertEquals("/reports/export?scope=reviewed&format=csv", csvLink);
        assertEquals(3, parseCsv(given().when().get(csvLink).then().statusCode(200).extract().asString()).size());
    }

    @Test
    void reportsPageWithoutAScopeChoosesAllClaims() {
        Document page = Jsoup.parse(given().when().get("/reports").then().statusCode(200).extract().asString());

        assertEquals("all", page.selectFirst("#scope option[selected]").attr("value"));
    }

    @Test
    void reportsPageShowsAnUnknownScopeAtItsField() {
        for (String address : List.of("/reports?run=true&scope=everything",
                "/reports/export?scope=everything&format=csv")) {
            Document page = Jsoup.parse(given().when().get(address).then().statusCode(400)
                    .contentType(containsString("text/html")).extract().asString());

            Element select = page.selectFirst("#scope");
            assertEquals("true", select.attr("aria-invalid"), address);
            assertEquals("scope-error", select.attr("aria-describedby"), address);
            assertThat(address, page.selectFirst("#scope-error").text(),
                    containsString("'everything' is not a report scope; allowed values: published, reviewed, all."));
        }
    }

    /** The value of one line of the report's details, e.g. "Covers". */
    private static String detail(Document page, String name) {
        return page.select(".report-head dt").stream().filter(term -> term.text().equals(name)).findFirst()
                .orElseThrow().nextElementSibling().text();
    }

    private static void assertClaims(List<String> expected, JsonPath report) {
        assertEquals(expected, report.getList("claims.text"));
        assertEquals(expected.size(), report.getInt("summary.totalClaims"));
    }

    private JsonPath articleJson(String scope) {
        return JsonPath.from(articleReport("json", scope));
    }

    private String articleReport(String format, String scope) {
        var request = given().queryParam("format", format);
        if (scope != null) {
            request.queryParam("scope", scope);
        }
        return request.when().get("/api/articles/{id}/report", news).then().statusCode(200).extract().asString();
    }

    private static JsonPath reportsJson(String scope) {
        var request = given().queryParam("format", "json");
        if (scope != null) {
            request.queryParam("scope", scope);
        }
        return request.when().get("/api/reports").then().statusCode(200).extract().jsonPath();
    }

    // The schema files come from the running application, where they are published.
    private static Schema schema(String file) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        registry -> registry.schemas(iri -> iri.startsWith(SCHEMAS)
                                ? given().when().get("/schemas/" + iri.substring(SCHEMAS.length()))
                                        .then().statusCode(200).extract().asString()
                                : null))
                .getSchema(SchemaLocation.of(SCHEMAS + file));
    }
}
