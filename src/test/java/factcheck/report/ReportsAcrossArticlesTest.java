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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.support.Api.claimContaining;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reports across articles: which claims a filter selects, the totals, every format, and bad parameters. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportsAcrossArticlesTest {

    private static final String ATTACK = "The attack in March 2024 killed 140 people in Moscow.";
    private static final String MIGRANTS = "Officials said 10 million migrants live in Russia.";
    /** Where the schemas are published; requests for it are answered by the test application. */
    private static final String SCHEMAS = "https://workbench.example.org/schemas/";
    private static final String WORKERS = "In 2023 some 4.5 million workers from Uzbekistan went to Russia.";

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    private long news;
    private long wire;

    @BeforeEach
    void twoPartlyReviewedArticles() {
        JsonPath first = importArticle("Central Asia drifts from Moscow", ATTACK_TEXT, "Example News");
        news = first.getLong("id");
        ReviewApi.giveVerdict(claimContaining(first, "killed 140"), Verdict.FALSE, "The toll was 145.");
        ReviewApi.giveVerdict(claimContaining(first, "10 million"), Verdict.TRUE, "Census, 2023.");
        ReviewApi.changeStatus(claimContaining(first, "49 %"), ClaimStatus.DISMISSED);
        JsonPath second = importArticle("Workers abroad", WORKERS + " Remittances made up 48 % of GDP in 2022.",
                "Wire Service");
        wire = second.getLong("id");
        long workers = claimContaining(second, "4.5 million");
        ReviewApi.giveVerdict(workers, Verdict.FALSE, "It was 1.5 million.");
        reviewedBy(workers, "reviewer2");
    }

    @Test
    void verdictSelectsItsClaimsAcrossArticlesWithTotals() {
        JsonPath report = JsonPath.from(reports("format", "json", "verdict", "false"));

        assertEquals(2, report.getInt("articleCount"));
        assertEquals(List.of(news, wire), report.getList("articles.article.id", Long.class));
        assertEquals(List.of(List.of(ATTACK), List.of(WORKERS)), report.getList("articles.claims.text"));
        assertEquals(2, report.getInt("summary.totalClaims"));
        assertEquals(2, report.getInt("summary.verdictCounts.FALSE"));
        assertEquals(0, report.getInt("summary.verdictCounts.TRUE"));
        assertEquals(List.of("editor", "reviewer2"), report.getList("summary.reviewers"));
        assertEquals("FALSE", report.getString("filter.verdict"));
    }

    @Test
    void reviewerAndOutletNarrowTheReport() {
        assertEquals(List.of(WORKERS), JsonPath.from(reports("format", "json", "reviewer", "reviewer2"))
                .getList("articles.claims.text.flatten()"));
        assertEquals(List.of(ATTACK, MIGRANTS, "Polls indicate 49 % in Kyrgyzstan blame the war."),
                JsonPath.from(reports("format", "json", "outlet", "EXAMPLE NEWS")).getList("articles.claims.text.flatten()"));
    }

    @Test
    void datesSelectByReviewTimeSoOpenClaimsAreLeftOut() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        JsonPath reviewedToday = JsonPath.from(reports("format", "json", "from", today, "to", today));
        assertEquals(4, reviewedToday.getInt("summary.totalClaims"), "three reviews and a dismissal, no open claim");
        assertEquals(0, reviewedToday.getInt("summary.statusCounts.UNREVIEWED"));
        assertEquals(0, JsonPath.from(reports("format", "json", "to", yesterday)).getInt("summary.totalClaims"));
        assertEquals(5, JsonPath.from(reports("format", "json")).getInt("summary.totalClaims"), "no filter: all");
    }

    @Test
    void jsonMatchesItsPublishedSchema() {
        // Both schema files come from the running application, where they are published.
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        registry -> registry.schemas(iri -> iri.startsWith(SCHEMAS)
                                ? given().when().get("/schemas/" + iri.substring(SCHEMAS.length()))
                                        .then().statusCode(200).extract().asString()
                                : null))
                .getSchema(SchemaLocation.of(SCHEMAS + "reports-v1.json"));

        assertEquals(List.of(), schema.validate(reports("format", "json", "verdict", "FALSE"), InputFormat.JSON));
        assertEquals(List.of(), schema.validate(reports("format", "json", "verdict", "MIXED"), InputFormat.JSON));
    }

    @Test
    void everyFormatCarriesTheMatchingClaims() throws IOException {
        List<CSVRecord> rows = parseCsv(reports("format", "csv", "verdict", "FALSE"));
        assertEquals(List.of(String.valueOf(news), String.valueOf(wire)),
                rows.stream().map(row -> row.get("article_id")).toList());
        assertEquals(List.of(ATTACK, WORKERS), rows.stream().map(row -> row.get("claim")).toList());

        Document page = Jsoup.parse(reports("format", "html", "verdict", "FALSE"));
        assertEquals(List.of(ATTACK, WORKERS), page.select("article.claim blockquote").eachText());
        assertEquals(List.of("Central Asia drifts from Moscow", "Workers abroad"), page.select("section.claims h2").eachText());

        assertThat(reports("format", "md", "verdict", "FALSE"), containsString("- Filter: verdict FALSE"));
        assertEquals(List.of(ATTACK, WORKERS),
                JsonPath.from(reports("format", "claimreview", "verdict", "FALSE")).getList("claimReviewed"));
        byte[] pdf = given().queryParam("format", "pdf").queryParam("verdict", "FALSE")
                .when().get("/api/reports").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"claims-report.pdf\""))
                .extract().asByteArray();
        String text = ReportDocumentTest.pdfText(pdf);
        assertThat(text, containsString(ATTACK));
        assertThat(text, containsString(WORKERS));
    }

    @Test
    void badParametersAreNamed() {
        assertBadParameter("from", "2024-13-01", "from");
        assertBadParameter("verdict", "WRONG", "verdict");
        given().queryParam("from", "2024-11-30").queryParam("to", "2024-11-01")
                .when().get("/api/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void queriesDoNotGrowWithTheNumberOfArticlesOrClaims() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        reports("format", "json", "verdict", "TRUE");
        long oneClaim = statistics.getPrepareStatementCount();
        statistics.clear();
        reports("format", "json");

        assertEquals(4, oneClaim, "matches, claims, articles, sources");
        assertEquals(oneClaim, statistics.getPrepareStatementCount());
    }

    @Test
    void pageShowsTotalsAndOffersEveryFormat() throws IOException {
        Document page = Jsoup.parse(given().queryParam("run", "true").queryParam("verdict", "FALSE")
                .when().get("/reports").then().statusCode(200).extract().asString());

        assertThat(page.selectFirst(".result-count").text(), startsWith("2 claims in 2 articles"));
        assertEquals(List.of("html", "pdf", "md", "csv", "json", "claimreview"), page.select(".report-totals a").stream()
                .map(link -> link.attr("href").replaceAll(".*format=", "")).toList());
        String csvLink = page.select(".report-totals a").get(3).attr("href");
        assertEquals("/reports/export?verdict=FALSE&format=csv", csvLink);
        assertEquals(2, parseCsv(given().when().get(csvLink).then().statusCode(200).extract().asString()).size());
    }

    @Test
    void pageShowsAMistakeNextToItsField() {
        Document page = Jsoup.parse(given().queryParam("run", "true").queryParam("from", "November")
                .when().get("/reports").then().statusCode(400).extract().asString());

        assertEquals("'November' is not a date like 2024-03-22.", page.selectFirst("#from-error").text());
        assertEquals("November", page.selectFirst("#from").attr("value"));
    }

    private static void assertBadParameter(String name, String value, String field) {
        given().queryParam(name, value)
                .when().get("/api/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static String reports(String... parameters) {
        Map<String, String> query = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        return given().queryParams(query).when().get("/api/reports").then().statusCode(200).extract().asString();
    }

    private static JsonPath importArticle(String title, String text, String outlet) {
        return Api.importArticle(Map.of("title", title, "text", text, "outlet", outlet,
                "url", "https://news.example.org/" + outlet.replace(' ', '-')));
    }

    // Tests run as one user; another reviewer's work is recorded directly.
    @Transactional
    void reviewedBy(long claimId, String username) {
        entityManager.createNativeQuery("update claim set reviewed_by = :username where id = :id")
                .setParameter("username", username).setParameter("id", claimId).executeUpdate();
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }
}
