package factcheck.report;

import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.support.EmptyDatabase;
import factcheck.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.addSource;
import static factcheck.support.Api.claimContaining;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.report;
import static factcheck.support.Reviews.addNote;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each report format says about a partly reviewed article, read back with a parser for that format. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportContentTest {

    /** Commas, quotes and a line break: everything a naive CSV writer gets wrong. */
    private static final String TRICKY_RATIONALE = "The official toll is 145, not 140.\n"
            + "See \"Final figures\", page 2.";
    private static final String NOTE = "Internal: ask the desk before publishing";

    @Inject
    TestDatabase db;

    private long articleId;
    private long attackClaim;
    private long migrantsClaim;
    private long pollClaim;

    @BeforeEach
    void aPartlyReviewedArticle() {
        JsonPath article = importArticle("Central Asia drifts from Moscow", ATTACK_TEXT);
        articleId = article.getLong("id");
        attackClaim = claimContaining(article, "killed 140 people");
        migrantsClaim = claimContaining(article, "10 million migrants");
        pollClaim = claimContaining(article, "49 %");
        ReviewApi.giveVerdict(attackClaim, Verdict.MOSTLY_TRUE, TRICKY_RATIONALE);
        addSource(attackClaim, "https://agency.example.org/toll", "Final figures", "REFUTES");
        addSource(attackClaim, "https://agency.example.org/first-count", "First count", "SUPPORTS");
        addNote(attackClaim, NOTE);
        ReviewApi.changeStatus(migrantsClaim, ClaimStatus.DISMISSED);
    }

    @Test
    void csvHasAHeaderAndOneRowPerClaimInTextOrder() throws IOException {
        List<CSVRecord> rows = parseCsv(report(articleId, "csv"));

        assertEquals(3, rows.size());
        assertEquals(List.of(attackClaim, migrantsClaim, pollClaim),
                rows.stream().map(row -> Long.parseLong(row.get("claim_id"))).toList());
        assertEquals(List.of("1", "2", "3"), rows.stream().map(row -> row.get("ordinal")).toList());
        rows.forEach(row -> assertEquals(String.valueOf(articleId), row.get("article_id")));
    }

    @Test
    void csvKeepsCommasQuotesAndLineBreaksInsideTheRationaleCell() throws IOException {
        CSVRecord attack = parseCsv(report(articleId, "csv")).get(0);

        assertEquals(CsvReportRenderer.HEADER.length, attack.size());
        assertEquals(TRICKY_RATIONALE, attack.get("rationale"));
        assertEquals("The attack in March 2024 killed 140 people in Moscow.", attack.get("claim"));
        assertEquals("MOSTLY_TRUE", attack.get("verdict"));
        assertEquals("REVIEWED", attack.get("status"));
        assertEquals("2", attack.get("source_count"));
        assertEquals("REFUTES https://agency.example.org/toll | SUPPORTS https://agency.example.org/first-count",
                attack.get("sources"));
    }

    @Test
    void csvListsDismissedAndUnreviewedClaimsWithoutAVerdict() throws IOException {
        List<CSVRecord> rows = parseCsv(report(articleId, "csv"));

        assertEquals("dismissed", rows.get(1).get("verdict"));
        assertEquals("DISMISSED", rows.get(1).get("status"));
        assertEquals("unreviewed", rows.get(2).get("verdict"));
        assertEquals("", rows.get(2).get("rationale"));
        assertEquals("0", rows.get(2).get("source_count"));
    }

    @Test
    void jsonCarriesSchemaVersionArticleSummaryAndClaims() {
        JsonPath json = JsonPath.from(report(articleId, "json"));

        assertEquals(1, json.getInt("schemaVersion"));
        assertEquals("Central Asia drifts from Moscow", json.getString("article.title"));
        assertEquals("Example News", json.getString("article.outlet"));
        assertEquals("https://news.example.org/central-asia", json.getString("article.url"));
        assertNull(json.get("article.author"));
        assertEquals(3, json.getInt("summary.totalClaims"));
        assertEquals(2, json.getInt("summary.done"));
        assertEquals(66, json.getInt("summary.percentDone"));
        assertEquals(Map.of("UNREVIEWED", 1, "IN_PROGRESS", 0, "REVIEWED", 1, "DISMISSED", 1),
                json.getMap("summary.statusCounts"));
        assertEquals(1, json.getInt("summary.verdictCounts.MOSTLY_TRUE"));
        assertEquals(0, json.getInt("summary.verdictCounts.FALSE"));
        assertEquals(List.of("MOSTLY_TRUE", "dismissed", "unreviewed"), json.getList("claims.verdict"));
        assertEquals(TRICKY_RATIONALE, json.getString("claims[0].rationale"));
        assertEquals(List.of("Final figures", "First count"), json.getList("claims[0].sources.title"));
        assertEquals("2024-03-23", json.getString("claims[0].sources[0].publishedOn"));
        assertTrue(json.getString("claims[0].sources[0].accessedAt").endsWith("Z"));
    }

    @Test
    void markdownListsEveryClaimWithItsVerdictRationaleAndSources() {
        String markdown = report(articleId, "md");

        assertThat(markdown, containsString("# Verification report: Central Asia drifts from Moscow"));
        assertThat(markdown, containsString("> The attack in March 2024 killed 140 people in Moscow."));
        assertThat(markdown, containsString("> Officials said 10 million migrants live in Russia."));
        assertThat(markdown, containsString("> Polls indicate 49 % in Kyrgyzstan blame the war."));
        assertThat(markdown, containsString("- Verdict: MOSTLY_TRUE"));
        assertThat(markdown, containsString("- Verdict: dismissed"));
        assertThat(markdown, containsString("- Verdict: unreviewed"));
        // The rationale's line break survives as a second line of the same quote.
        assertThat(markdown, containsString("> The official toll is 145, not 140.\n> See \"Final figures\", page 2."));
        assertThat(markdown,
                containsString("- REFUTES: Final figures, Example Agency, <https://agency.example.org/toll>"));
        assertThat(markdown, containsString("- Done (reviewed or dismissed): 2 of 3, 66 %"));
    }

    @Test
    void notesNeverAppearInAnyFormat() {
        for (String format : List.of("md", "json", "csv", "html", "claimreview")) {
            String body = report(articleId, format);
            assertThat(format, body, not(containsString(NOTE)));
            assertThat(format, body, not(containsString("\"notes\"")));
        }
    }

    @Test
    void markdownShowsUserTextLiterallyInsteadOfFormattingIt() {
        db.reset();
        JsonPath article = importArticle("*Breaking*: [the] _news_",
                "Officials said *50%* of [people] in Moscow voted in March 2024.");
        long claim = claimContaining(article, "*50%* of [people]");
        ReviewApi.giveVerdict(claim, Verdict.FALSE,
                "# Not a heading\n- not a list\nSee [this](https://evil.example) <b>now</b>");

        String markdown = report(article.getLong("id"), "md");
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));

        assertThat(html, containsString("Officials said *50%* of [people] in Moscow voted in March 2024."));
        assertThat(html, containsString("Verification report: *Breaking*: [the] _news_"));
        assertThat(html, containsString("# Not a heading"));
        assertThat(html, containsString("- not a list"));
        assertThat(html, containsString("See [this](https://evil.example) &lt;b&gt;now&lt;/b&gt;"));
        assertThat(html, not(containsString("<em>")));
        assertThat(html, not(containsString("href=\"https://evil.example\"")));
        assertThat(html, not(containsString("<b>")));
        // Exactly one top-level heading: the report's title, not the rationale's first line.
        assertEquals(1, html.split("<h1>", -1).length - 1);
    }

    @Test
    void csvNeutralisesCellsThatSpreadsheetsWouldRunAsFormulas() throws IOException {
        ReviewApi.giveVerdict(pollClaim, Verdict.FALSE, "=HYPERLINK(\"https://evil.example\",\"Click\")");

        CSVRecord poll = parseCsv(report(articleId, "csv")).get(2);

        assertEquals("'=HYPERLINK(\"https://evil.example\",\"Click\")", poll.get("rationale"));
    }

    @Test
    void articleWithoutClaimsStillHasAReport() throws IOException {
        db.reset();
        long id = importArticle("Opinion", "Nothing here can be checked against anything.").getLong("id");

        assertEquals(List.of(), parseCsv(report(id, "csv")));
        assertThat(report(id, "md"), containsString("No claims were found in this article."));
        assertEquals(0, JsonPath.from(report(id, "json")).getInt("summary.totalClaims"));
    }

    @Test
    void reviewedClaimWhoseSentenceWasRemovedIsFlaggedAndListedLast() throws IOException {
        String text = ATTACK_TEXT + " The hall held 6,200 people in 2023.";
        JsonPath article = importArticle("Attack report, corrected", text);
        long attack = claimContaining(article, "140 people");
        ReviewApi.giveVerdict(attack, Verdict.FALSE, "The toll was 145.");
        given().contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", text.replace("The attack in March 2024 killed 140 people in Moscow. ", "")))
                .when().put("/api/articles/{id}/text", article.getLong("id"))
                .then().statusCode(200);

        String markdown = report(article.getLong("id"), "md");
        assertThat(markdown, containsString("- Attention: no longer in the article"));
        assertThat(markdown, containsString("- Position: no longer in the text"));
        List<CSVRecord> rows = parseCsv(report(article.getLong("id"), "csv"));
        CSVRecord last = rows.get(rows.size() - 1);
        assertEquals(String.valueOf(attack), last.get("claim_id"), "orphans come last");
        assertEquals("ORPHANED", last.get("anchor_state"));
        assertEquals("true", last.get("needs_review"));
        assertEquals("FALSE", last.get("verdict"));
    }

    private static List<CSVRecord> parseCsv(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            assertEquals(List.of(CsvReportRenderer.HEADER), parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
