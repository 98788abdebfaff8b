package factcheck.web;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A right-to-left override (U+202E) in something a user typed reverses the text after it up to the end of the
 * paragraph: "\u202Eelif.exe" reads as "exe.file", and the page's own words after it would be reversed too. Every
 * page isolates user text, with {@code <bdi>}, {@code dir="auto"} or, where no element can go (the page title, an
 * option), the isolate characters U+2068 and U+2069, so an override reorders nothing but that text.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class BidiIsolationPageTest {

    private static final char OVERRIDE = '\u202E';
    private static final String TITLE = OVERRIDE + "elif.exe";
    private static final String OUTLET = OVERRIDE + "swen elpmaxe";
    private static final String AUTHOR = OVERRIDE + "eor enaj";
    private static final String TEXT = Api.FACTUAL_TEXT.replace("killed 140 people", "killed 140 people " + OVERRIDE + "ereh");
    private static final String NOTE = OVERRIDE + "etirw ot eton a";
    private static final String RATIONALE = OVERRIDE + "elanoitar eht";
    private static final String SOURCE_TITLE = OVERRIDE + "serugif laiciffo";
    private static final String PUBLISHER = OVERRIDE + "yrtsinim";
    private static final String EXCERPT = OVERRIDE + "tpircxe na";
    private static final List<String> TYPED = List.of(TITLE, OUTLET, AUTHOR, NOTE, RATIONALE, SOURCE_TITLE, PUBLISHER,
            EXCERPT);

    private long articleId;
    private long claimId;

    @BeforeEach
    void articleWithOverridesEverywhere() {
        JsonPath article = Api.importArticle(Map.of("text", TEXT, "title", TITLE, "outlet", OUTLET, "author", AUTHOR));
        articleId = article.getLong("id");
        claimId = Api.claimContaining(article, "140 people");
        Reviews.save(claimId, Map.of("verdict", "FALSE", "rationale", RATIONALE));
        Reviews.addSource(claimId, Map.of("url", "https://example.org/toll", "title", SOURCE_TITLE,
                "publisher", PUBLISHER, "excerpt", EXCERPT, "stance", "REFUTES"));
        Reviews.addNote(claimId, NOTE);
    }

    @Test
    void articleListIsolatesTitlesAndOutlets() {
        Document page = page("/articles");

        assertEquals(TITLE, page.selectFirst("a[href=/articles/" + articleId + "] bdi").wholeText());
        assertEveryOverrideIsolated(page, 2);
    }

    @Test
    void workbenchIsolatesTitleMetadataTextAndClaims() {
        Document page = page("/articles/" + articleId);

        assertEquals("auto", page.selectFirst("h1").attr("dir"));
        assertEquals(AUTHOR, page.selectFirst("p.meta bdi").wholeText());
        assertEveryOverrideIsolated(page, 6);
    }

    @Test
    void claimPanelIsolatesClaimRationaleSourcesAndNotes() {
        assertEveryOverrideIsolated(page("/articles/" + articleId + "/claims/" + claimId + "/panel"), 6);
    }

    @Test
    void claimListIsolatesClaimTextsAndArticleTitles() {
        Document page = page("/claims");

        Element row = page.selectFirst("tr[data-claim-id=" + claimId + "]");
        assertTrue(row.selectFirst("a[href=/claims/" + claimId + "] bdi").wholeText().contains(OVERRIDE + "ereh"));
        assertEquals(TITLE, row.selectFirst("a[href^=/articles/] bdi").wholeText());
        assertEveryOverrideIsolated(page, 2);
    }

    @Test
    void claimPageIsolatesEverythingTypedIncludingTheHistory() {
        Document page = page("/claims/" + claimId);

        assertEquals(TITLE, page.selectFirst("nav.breadcrumbs bdi").wholeText());
        assertEquals(SOURCE_TITLE, page.selectFirst("ul.source-list a bdi").wholeText());
        assertEveryOverrideIsolated(page, 10);
    }

    @Test
    void htmlReportIsolatesEverythingTyped() {
        String html = given().queryParam("format", "html")
                .when().get("/api/articles/" + articleId + "/report")
                .then().statusCode(200).extract().asString();

        assertEveryOverrideIsolated(Jsoup.parse(html), 9);
    }

    private static Document page(String path) {
        return Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    }

    /**
     * Each override on the page sits either between isolate characters in its own text, or in an isolating element
     * ({@code bdi}, or any element with {@code dir}) that holds nothing but text a user typed.
     */
    private static void assertEveryOverrideIsolated(Document page, int atLeast) {
        List<TextNode> overridden = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && text.getWholeText().indexOf(OVERRIDE) >= 0) {
                overridden.add(text);
            }
        }, page);
        assertTrue(overridden.size() >= atLeast, "expected the typed texts on the page, found " + overridden.size());
        for (TextNode text : overridden) {
            if (!betweenIsolates(text.getWholeText())) {
                Element isolating = isolatingAncestor(text);
                String held = withoutClaimNumbers(isolating).wholeText();
                assertTrue(TYPED.contains(held) || TEXT.contains(held),
                        "<" + isolating.tagName() + "> isolates page text with the override: “" + held + "”");
            }
        }
    }

    /** The report's article text numbers the claims it marks: those numbers belong to the text they mark. */
    private static Element withoutClaimNumbers(Element isolating) {
        Element copy = isolating.clone();
        copy.select("mark > sup").remove();
        return copy;
    }

    private static boolean betweenIsolates(String text) {
        int override = text.indexOf(OVERRIDE);
        int open = text.lastIndexOf('\u2068', override);
        return open >= 0 && text.indexOf('\u2069', override) > override;
    }

    private static Element isolatingAncestor(TextNode text) {
        for (Element element = text.parentElement(); element != null; element = element.parent()) {
            // A text field's content is laid out apart from the page, as its own paragraph.
            if (element.tagName().equals("bdi") || element.tagName().equals("textarea") || element.hasAttr("dir")) {
                return element;
            }
        }
        return fail("Not isolated: “" + text.getWholeText() + "” in <" + text.parentElement().tagName() + ">");
    }
}
