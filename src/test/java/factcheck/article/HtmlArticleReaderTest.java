package factcheck.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlArticleReaderTest {

    @Test
    void overlongOrMalformedPageMetadataIsShortenedOrDroppedNotRefused() {
        String longTitle = "Headline ".repeat(80);
        ArticleDraft draft = HtmlArticleReader.read("<html><head>"
                + "<meta property=\"og:title\" content=\"" + longTitle + "\">"
                + "<meta name=\"author\" content=\"" + "Staff ".repeat(50) + "\">"
                + "<link rel=\"canonical\" href=\"https://example.org/a story with spaces\">"
                + "</head><body><article><p>The bridge reopened on 3 June.</p></article></body></html>");

        assertEquals(500, draft.title().length());
        assertTrue(draft.title().endsWith("…"));
        assertEquals(200, draft.author().length());
        assertNull(draft.url());
        assertEquals("The bridge reopened on 3 June.", draft.text());
    }

    @Test
    void keepsTheArticleBodyAsOneBlockPerParagraphWithListItemsMarked() {
        ArticleDraft draft = HtmlArticleReader.read(page("news-story.html"));

        assertEquals("""
                The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.

                According to the interior ministry, an estimated 10 million migrants from Central Asia live in Russia.

                Remittances fall

                Tajikistan's central bank said remittances fell by 18 percent in the first quarter of 2024.

                Officials listed three reasons for the decline:

                - tighter checks at the Russian border,

                - raids on workers' hostels, and

                - a weaker rouble.

                The ministry did not answer questions about the new rules.""", draft.text());
    }

    @Test
    void dropsNavigationAdsShareBarRelatedLinksCommentsAndScripts() {
        String text = HtmlArticleReader.read(page("news-story.html")).text();

        for (String furniture : new String[] {"cookies", "Business", "Advertisement", "Share this story",
                "Kazakhstan extends", "inbox", "Ruslan", "Most read", "All rights reserved", "dataLayer",
                "documentElement", "min-height", "Workers queue at the Kazakh border", "afraid to go back"}) {
            assertThat(text, not(containsString(furniture)));
        }
    }

    @Test
    void readsThePageMetadata() {
        ArticleDraft draft = HtmlArticleReader.read(page("news-story.html"));

        assertEquals("Central Asian workers leave Russia after the Crocus attack", draft.title());
        assertEquals("https://steppe-courier.example/world/2024/04/12/workers-leave-russia", draft.url());
        assertEquals("The Steppe Courier", draft.outlet());
        assertEquals("Aigerim Bekova", draft.author());
        assertEquals(LocalDate.of(2024, 4, 12), draft.publishedOn());
    }

    @Test
    void withoutAnArticleElementReadsTheMainElement() {
        ArticleDraft draft = HtmlArticleReader.read(page("no-article-element.html"));

        assertEquals("""
                Council approves school budget

                Published 7 May

                The council approved 12 million euros for schools in May 2024.

                Three new schools will open in 2026, the mayor said.""", draft.text());
        assertEquals("Council approves school budget", draft.title());
        assertEquals(LocalDate.of(2024, 5, 7), draft.publishedOn());
        assertNull(draft.outlet());
        assertNull(draft.author());
    }

    @Test
    void withoutArticleOrMainReadsTheBody() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <html><body>
                <nav><a href="/">Home</a></nav>
                <div class="content"><h1>Bridge reopens</h1><p>The bridge reopened on 3 June after 14 months.</p></div>
                <footer>Contact us</footer>
                </body></html>""");

        assertEquals("Bridge reopens\n\nThe bridge reopened on 3 June after 14 months.", draft.text());
    }

    @Test
    void ofSeveralArticleElementsTheLongestIsTheStory() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <html><body>
                <article class="teaser"><p>Short teaser for another story.</p></article>
                <article class="story">
                  <p>The port handled 4.2 million containers in 2023, a record.</p>
                  <p>Its operator plans to invest 300 million euros by 2027.</p>
                </article>
                <article class="teaser"><p>Another teaser.</p></article>
                </body></html>""");

        assertEquals("The port handled 4.2 million containers in 2023, a record.\n\n"
                + "Its operator plans to invest 300 million euros by 2027.", draft.text());
    }

    @Test
    void inlineMarkupIsReducedToItsText() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <article><p>The <a href="/council">council</a> approved <strong>12&nbsp;million</strong>
                euros &amp; <em>three</em> new posts.</p>
                <blockquote>"We will open in 2026," the mayor said.</blockquote></article>""");

        assertEquals("The council approved 12 million euros & three new posts.\n\n"
                + "\"We will open in 2026,\" the mayor said.", draft.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ad", "ads", "advertisement", "promo-box", "sponsored", "newsletter", "related",
            "share", "social-links", "comments", "cookie-notice", "subscribe"})
    void dropsBlocksWhoseClassMarksThemAsPageFurniture(String className) {
        ArticleDraft draft = HtmlArticleReader.read("<article><p>The bridge reopened on 3 June.</p>"
                + "<div class=\"box " + className + "\"><p>Furniture text.</p></div></article>");

        assertEquals("The bridge reopened on 3 June.", draft.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"newsletter", "related-links", "comments", "ad-top"})
    void dropsBlocksWhoseIdMarksThemAsPageFurniture(String id) {
        ArticleDraft draft = HtmlArticleReader.read("<article><p>The bridge reopened on 3 June.</p>"
                + "<div id=\"" + id + "\"><p>Furniture text.</p></div></article>");

        assertEquals("The bridge reopened on 3 June.", draft.text());
    }

    @Test
    void keepsBlocksWhoseClassOnlyContainsAFurnitureWord() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <article>
                <p class="headline">Bridge reopens</p>
                <p class="lead">The bridge reopened on 3 June.</p>
                <p class="shared-history">It was built in 1932.</p>
                <p class="badge">Repairs cost 8 million euros.</p>
                </article>""");

        assertEquals("Bridge reopens\n\nThe bridge reopened on 3 June.\n\nIt was built in 1932.\n\n"
                + "Repairs cost 8 million euros.", draft.text());
    }

    @Test
    void articleInsideALayoutWrapperNamedAfterItsSidebarIsStillRead() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <html><body>
                <div class="page layout--with-sidebar">
                  <article><p>The bridge reopened on 3 June after 14 months of repairs.</p></article>
                  <div class="sidebar"><p>Most read</p></div>
                </div>
                </body></html>""");

        assertEquals("The bridge reopened on 3 June after 14 months of repairs.", draft.text());
    }

    @Test
    void articleInsideAPageWideFormIsStillRead() {
        // ASP.NET Web Forms sites wrap the whole page in one form element.
        ArticleDraft draft = HtmlArticleReader.read("""
                <html><body>
                <form method="post" action="./story.aspx" id="aspnetForm">
                  <input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">
                  <article><p>The bridge reopened on 3 June after 14 months of repairs.</p></article>
                </form>
                </body></html>""");

        assertEquals("The bridge reopened on 3 June after 14 months of repairs.", draft.text());
    }

    @Test
    void ogUrlServesWhenThereIsNoCanonicalLink() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <html><head><meta property="og:url" content="https://news.example/bridge"></head>
                <body><p>The bridge reopened on 3 June.</p></body></html>""");

        assertEquals("https://news.example/bridge", draft.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/local/council-budget", "javascript:alert(1)", "ftp://news.example/bridge", ""})
    void onlyHttpAddressesAreTakenAsTheCanonicalUrl(String href) {
        ArticleDraft draft = HtmlArticleReader.read("<html><head><link rel=\"canonical\" href=\"" + href + "\">"
                + "</head><body><p>The bridge reopened on 3 June.</p></body></html>");

        assertNull(draft.url());
    }

    @Test
    void publicationDateComesFromTheTimeElementWithoutMetadata() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <article><p>Published <time datetime="2023-11-30T17:05:00Z">yesterday</time></p>
                <p>The bridge reopened on 3 June.</p></article>""");

        assertEquals(LocalDate.of(2023, 11, 30), draft.publishedOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-45", "2024", "30/11/2023"})
    void unreadablePublicationDateIsLeftOut(String value) {
        ArticleDraft draft = HtmlArticleReader.read("<html><head><meta property=\"article:published_time\""
                + " content=\"" + value + "\"></head><body><p>The bridge reopened on 3 June.</p></body></html>");

        assertNull(draft.publishedOn());
        assertEquals("The bridge reopened on 3 June.", draft.text());
    }

    @Test
    void pageWithoutTextGivesAnEmptyTextAndItsMetadata() {
        ArticleDraft draft = HtmlArticleReader.read(page("empty-page.html"));

        assertEquals("", draft.text());
        assertEquals("Loading", draft.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "<html></html>", "<!DOCTYPE html>", "<html><body></body></html>"})
    void emptyPagesGiveAnEmptyText(String html) {
        ArticleDraft draft = HtmlArticleReader.read(html);

        assertEquals("", draft.text());
        assertNull(draft.title());
        assertNull(draft.url());
        assertNull(draft.publishedOn());
    }

    @Test
    void survivesBrokenHtml() {
        ArticleDraft draft = HtmlArticleReader.read("""
                <html><head><title>Broken</title><body>
                <article><p>The bridge <b>reopened on 3 June.
                <p>Repairs cost 8 million euros.</i></div>
                <ul><li>first<li>second</ul>
                <p>Unclosed <a href="/x">link
                </body>""");

        assertThat(draft.text(), containsString("The bridge reopened on 3 June."));
        assertThat(draft.text(), containsString("Repairs cost 8 million euros."));
        assertThat(draft.text(), containsString("- first\n\n- second"));
    }

    @Test
    void plainTextThatIsNotHtmlIsReadAsOneBlock() {
        ArticleDraft draft = HtmlArticleReader.read("The bridge reopened on 3 June < 4 June & > 2 June.");

        assertEquals("The bridge reopened on 3 June < 4 June & > 2 June.", draft.text());
    }

    static String page(String name) {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
