package factcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.support.EmptyDatabase;
import factcheck.support.TestDatabase;
import factcheck.support.WallClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static factcheck.report.ReviewApi.ATTACK_TEXT;
import static factcheck.report.ReviewApi.addSource;
import static factcheck.support.Api.claimContaining;
import static factcheck.report.ReviewApi.importArticle;
import static factcheck.report.ReviewApi.report;
import static factcheck.report.ReviewApi.reportBytes;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML, PDF and JSON reports of a partly reviewed article, each read back with a parser for its format. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReportDocumentTest {

    private static final String ATTACK = "The attack in March 2024 killed 140 people in Moscow.";
    private static final String MIGRANTS = "Officials said 10 million migrants live in Russia.";
    private static final String POLL = "Polls indicate 49 % in Kyrgyzstan blame the war.";
    private static final String RATIONALE = "The official toll is 145 <script>alert(1)</script> & rising.";

    @Inject
    TestDatabase db;

    @Inject
    ReportService reports;

    @Inject
    HtmlReportRenderer html;

    @Inject
    PdfReportRenderer pdf;

    private long articleId;

    @BeforeEach
    void aPartlyReviewedArticle() {
        JsonPath article = importArticle("Central Asia drifts from Moscow", ATTACK_TEXT);
        articleId = article.getLong("id");
        long attack = claimContaining(article, "killed 140 people");
        ReviewApi.giveVerdict(attack, Verdict.MOSTLY_FALSE, RATIONALE);
        addSource(attack, "https://agency.example.org/toll", "Final figures", "REFUTES");
        ReviewApi.changeStatus(claimContaining(article, "10 million migrants"), ClaimStatus.DISMISSED);
    }

    @Test
    void htmlListsEveryClaimWithItsVerdictInTextOrder() {
        Document page = Jsoup.parse(report(articleId, "html"));

        List<Element> claims = page.select("article.claim");
        assertEquals(List.of(ATTACK, MIGRANTS, POLL), claims.stream().map(c -> c.selectFirst("blockquote").text()).toList());
        assertEquals(List.of("Mostly false", "Dismissed", "Unreviewed"),
                claims.stream().map(c -> c.selectFirst(".verdict").text()).toList());
        Element attack = claims.get(0);
        assertEquals(RATIONALE, attack.selectFirst(".rationale").text());
        assertThat(attack.select(".sources li").text(), containsString("Refutes Final figures, Example Agency,"));
        assertThat(attack.select(".sources li").text(), containsString("accessed 20"));
        assertEquals("https://agency.example.org/toll", attack.selectFirst(".sources a").attr("href"));
        assertEquals("editor", attack.select("dd").get(0).text());
        assertEquals("Central Asia drifts from Moscow", page.selectFirst("h1").text());
    }

    @Test
    void htmlSummarisesWithAChartAndMarksTheClaimsInTheText() {
        Document page = Jsoup.parse(report(articleId, "html"));

        assertThat(page.selectFirst(".progress-line").text(), startsWith("2 of 3 claims done (66 %)"));
        List<Element> bars = page.select("table.chart tr");
        assertEquals(9, bars.size(), "seven verdicts, dismissed and unreviewed");
        Element mostlyFalse = bars.stream().filter(bar -> bar.selectFirst("th").text().equals("Mostly false"))
                .findFirst().orElseThrow();
        assertEquals("1", mostlyFalse.selectFirst("td.count").text());
        assertEquals("300", mostlyFalse.selectFirst("svg rect").attr("width"), "the longest bar is full width");
        assertEquals(List.of(ATTACK, MIGRANTS, POLL),
                page.select(".article-text mark").stream().map(mark -> mark.ownText()).toList());
        assertThat(page.select(".methodology").text(), containsString("Unverifiable not rated"));
    }

    @Test
    void markdownEndsWithTheTextWithClaimsMarked() {
        String markdown = report(articleId, "md");

        String marked = markdown.substring(markdown.indexOf("## The article, claims marked"));
        assertThat(marked, containsString("**[1] " + ATTACK + "**"));
        assertThat(marked, containsString("**[3] " + POLL + "**"));
    }

    @Test
    void htmlMeetsTheContentSecurityPolicy() {
        given().queryParam("format", "html")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .header("Content-Security-Policy", containsString("style-src 'self'"));
        Document page = Jsoup.parse(report(articleId, "html"));

        assertTrue(page.select("style, script, [style], [onload], [onclick]").isEmpty(), page.outerHtml());
        assertEquals(List.of("/css/report-fonts.css", "/css/report.css"),
                page.select("link[rel=stylesheet]").stream().map(link -> link.attr("href")).toList());
        given().when().get("/css/report.css").then().statusCode(200);
        given().when().get("/fonts/NotoSans-Regular.ttf").then().statusCode(200);
    }

    @Test
    void pdfTextContainsEveryClaimAndVerdict() throws IOException {
        given().queryParam("format", "pdf")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"article-" + articleId + "-report.pdf\""));

        String text = pdfText(reportBytes(articleId, "pdf"));

        for (String expected : List.of(ATTACK, MIGRANTS, POLL, "Mostly false", "Dismissed", "Unreviewed", RATIONALE,
                "Central Asia drifts from Moscow", "Rating scale")) {
            assertThat(text, containsString(expected));
        }
    }

    @Test
    void sameReportGivesTheSamePdfBytes() {
        ArticleReport report = reports.reportOf(articleId);

        String page = html.render(report, HtmlReportRenderer.Target.PDF);

        byte[] first = pdf.render(page, report.generatedAt(), unlimited());
        // A second later: nothing in the file may depend on when it was written.
        WallClock.waitForTheNextSecond();

        assertArrayEquals(first, pdf.render(page, report.generatedAt(), unlimited()));
    }

    @Test
    void jsonMatchesItsPublishedSchema() throws IOException {
        String schemaText = given().when().get("/schemas/report-v1.json").then().statusCode(200).extract().asString();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);

        String json = report(articleId, "json");

        assertEquals(List.of(), schema.validate(json, InputFormat.JSON));
        // The schema is strict: a member it does not know is an error, so it cannot fall behind the reports.
        JsonNode extended = new ObjectMapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) extended.get("article")).put("text", "the whole article");
        List<Error> errors = schema.validate(extended);
        assertEquals(1, errors.size(), errors.toString());
    }

    @Test
    void claimReviewPublishesOnlyTheReviewedClaim() {
        String body = given().queryParam("format", "claimreview")
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/ld+json"))
                .extract().asString();
        JsonPath reviews = JsonPath.from(body);

        assertEquals(1, reviews.getList("$").size());
        assertEquals(ATTACK, reviews.getString("[0].claimReviewed"));
        assertEquals(2, reviews.getInt("[0].reviewRating.ratingValue"));
        assertEquals("Mostly false", reviews.getString("[0].reviewRating.alternateName"));
        assertEquals("https://news.example.org/central-asia", reviews.getString("[0].itemReviewed.appearance[0].url"));
        assertEquals("Example News", reviews.getString("[0].itemReviewed.author.name"));
        assertThat(body, not(containsString(MIGRANTS)));
        assertThat(body, not(containsString(POLL)));
    }

    /** ClaimReview goes into a page's script element as it is: no text in it can end the element. */
    @Test
    void claimReviewEscapesMarkupCharacters() {
        String sentence = "Officials said </script><script>alert(1)</script> 140 people died in Moscow in March 2024.";
        JsonPath article = importArticle("Moscow <b>toll</b> & more", sentence);
        ReviewApi.giveVerdict(claimContaining(article, "140 people"), Verdict.FALSE, "No.");

        for (String address : List.of("/api/articles/" + article.getLong("id") + "/report", "/api/reports")) {
            String body = given().queryParam("format", "claimreview")
                    .when().get(address)
                    .then().statusCode(200).extract().asString();

            assertThat(address, body, not(containsString("<")));
            assertThat(address, body, not(containsString(">")));
            assertThat(address, body, not(containsString("&")));
            assertThat(address, body, containsString("\\u003c/script\\u003e"));
            List<String> claims = JsonPath.from(body).getList("claimReviewed");
            assertThat(address, claims, hasItem(containsString("</script><script>alert(1)</script>")));
            assertThat(address, JsonPath.from(body).getList("collect { it.itemReviewed.appearance[0].headline }"),
                    hasItem("Moscow <b>toll</b> & more"));
        }
    }

    /**
     * Cyrillic, Arabic and Chinese come out in the PDF's embedded fonts, not as boxes. The first and the last page
     * (the article text) are also written to {@code target/report-non-latin-*.png}, to look at.
     */
    @Test
    void pdfEmbedsFontsForCyrillicArabicAndChinese() throws IOException {
        db.reset();
        String russian = "Власти заявили, что в России живут 10 миллионов мигрантов.";
        String arabic = "قال المسؤولون إن عشرة ملايين مهاجر يعيشون في روسيا.";
        String chinese = "官员表示，有一千万移民生活在俄罗斯。";
        JsonPath article = importArticle("Центральная Азия отдаляется от Москвы",
                ATTACK_TEXT + "\n\n" + russian + "\n\n" + arabic + "\n\n" + chinese);
        long attack = claimContaining(article, "killed 140 people");
        ReviewApi.giveVerdict(attack, Verdict.FALSE, arabic + " " + chinese);

        byte[] bytes = reportBytes(article.getLong("id"), "pdf");

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text, containsString("Центральная Азия отдаляется от Москвы"));
            assertThat(text, containsString(chinese));
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    // Subset fonts are named "ABCDEF+Family": the family is what was embedded.
                    fonts.add(font.substring(font.indexOf('+') + 1));
                }
            }
            assertThat(fonts.toString(), containsString("NotoSans-Regular"));
            assertThat(fonts.toString(), containsString("NotoSansArabic"));
            assertThat(fonts.toString(), containsString("DroidSansFallback"));
            PDFRenderer pages = new PDFRenderer(document);
            ImageIO.write(pages.renderImageWithDPI(0, 96), "png", Path.of("target", "report-non-latin-1.png").toFile());
            ImageIO.write(pages.renderImageWithDPI(document.getNumberOfPages() - 1, 96), "png",
                    Path.of("target", "report-non-latin-last.png").toFile());
        }
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            // Lines wrap wherever the page ends; compare text with single spaces.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static LayoutBudget unlimited() {
        return LayoutBudget.startingNow(Duration.ofMinutes(5), () -> false);
    }
}
