package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Whatever people type is shown as text: markup in titles, article text, notes, rationales, sources and names
 * comes out escaped, never as elements or attributes of the page. The page's own scripts (htmx and the workbench
 * script, both files of the application) and progress bar graphics are set aside first, so any other
 * {@code <script>} or {@code <svg>} in a page came from user data.
 */
@QuarkusTest
@EmptyDatabase
class EscapingPageTest {

    private static final String TITLE = "<script>alert('title')</script>";
    private static final String TEXT_LINE = "</textarea><script>alert('text')</script>";
    private static final String NOTE = "<script>alert('note')</script>";
    private static final String RATIONALE = "</textarea><script>alert('rationale')</script>";
    private static final String SOURCE_TITLE = "<script>alert('source')</script>";
    private static final String PUBLISHER = "<img src=x onerror=alert('publisher')>";
    private static final String EXCERPT = "\"><svg onload=alert('excerpt')>";
    private static final String SOURCE_URL = "https://example.org/search?q='x'&lang=en";
    private static final String DISPLAY_NAME = "<script>alert('name')</script>";

    @Inject
    Accounts accounts;

    @Inject
    AccountService accountService;

    private long articleId;
    private long claimId;

    @BeforeEach
    void createData() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
        accounts.create(Role.ADMIN);
        JsonPath article = Api.importArticleAs("editor", Map.of(
                "text", Api.FACTUAL_TEXT + "\n" + TEXT_LINE + "\n",
                "title", TITLE,
                "url", "https://example.org/news?id=1&ref='feed'",
                "outlet", "<b onmouseover=alert('outlet')>Outlet</b>",
                "author", "<img src=x onerror=alert('author')>"));
        articleId = article.getLong("id");
        claimId = Api.claimContaining(article, "140 people");
    }

    @Test
    void articleTitleAndTextAreShownAsText() {
        String editor = Accounts.signIn("editor");

        Document list = page(editor, "/articles");
        assertThat(list.select("a[href=/articles/" + articleId + "]").text(), containsString(TITLE));

        Document detail = page(editor, "/articles/" + articleId);
        assertThat(detail.title(), containsString(TITLE));
        assertThat(detail.selectFirst("h1").text(), equalTo(TITLE));
        assertThat(detail.selectFirst("article.article-text").text(), containsString(TEXT_LINE));
        assertThat(detail.selectFirst("p.meta").text(), containsString("<b onmouseover=alert('outlet')>Outlet</b>"));
        assertThat(detail.selectFirst("p.meta").text(), containsString("by <img src=x onerror=alert('author')>"));
        assertThat(detail.selectFirst("p.meta a").attr("href"), equalTo("https://example.org/news?id=1&ref='feed'"));

        Document edit = page(editor, "/articles/" + articleId + "/edit");
        assertThat(edit.select("textarea").stream().map(Element::text).toList(),
                hasItem(containsString(TEXT_LINE)));

        Document claim = page(editor, "/claims/" + claimId);
        assertThat(claim.selectFirst("nav.breadcrumbs").text(), containsString(TITLE));
    }

    @Test
    void notesRationalesAndSourcesAreShownAsText() {
        String reviewer = Accounts.signIn("reviewer");
        Accounts.session(reviewer).filter(csrf())
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(303);
        Accounts.session(reviewer).filter(csrf())
                .formParam("decision", "FALSE").formParam("rationale", RATIONALE).formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(303);
        Accounts.session(reviewer).filter(csrf())
                .formParam("url", SOURCE_URL).formParam("title", SOURCE_TITLE).formParam("publisher", PUBLISHER)
                .formParam("excerpt", EXCERPT).formParam("stance", "REFUTES")
                .when().post("/claims/" + claimId + "/sources")
                .then().statusCode(303);

        String html = html(reviewer, "/claims/" + claimId);
        assertThat(html, containsString("&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;"));
        assertThat(html, containsString("&lt;/textarea&gt;&lt;script&gt;alert(&#39;rationale&#39;)&lt;/script&gt;"));
        assertThat(html, containsString("&lt;script&gt;alert(&#39;source&#39;)&lt;/script&gt;"));
        assertThat(html, containsString("href=\"https://example.org/search?q=&#39;x&#39;&amp;lang=en\""));

        Document claim = Jsoup.parse(html);
        assertThat(claim.select("ul.note-list p").text(), equalTo(NOTE));
        assertThat(claim.selectFirst("textarea#rationale").text(), equalTo(RATIONALE));
        Element source = claim.selectFirst("ul.source-list li.source");
        assertThat(source.selectFirst("a").text(), equalTo(SOURCE_TITLE));
        assertThat(source.selectFirst("a").attr("href"), equalTo(SOURCE_URL));
        assertThat(source.selectFirst(".publisher").text(), equalTo(PUBLISHER));
        assertThat(source.selectFirst("blockquote.excerpt").text(), equalTo(EXCERPT));
        // The change history repeats the rationale.
        assertThat(claim.selectFirst("#history").text(), containsString(RATIONALE));
        assertNoMarkupFromUsers(html);

        assertNoMarkupFromUsers(html(reviewer, "/articles/" + articleId));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.org/?q=<script>alert('url')</script>",
            "https://example.org/\"><script>alert('url')</script>",
            "javascript:alert('url')//https://example.org/"})
    void aRefusedAddressIsShownBackAsText(String url) {
        String reviewer = Accounts.signIn("reviewer");

        String html = Accounts.session(reviewer).filter(csrf())
                .formParam("url", url).formParam("title", SOURCE_TITLE).formParam("stance", "SUPPORTS")
                .when().post("/claims/" + claimId + "/sources")
                .then().statusCode(400)
                .body(containsString("id=\"url-error\""))
                .extract().asString();

        Document form = Jsoup.parse(html);
        assertThat(form.selectFirst("input#source-url").attr("value"), equalTo(url));
        assertThat(form.selectFirst("input#source-title").attr("value"), equalTo(SOURCE_TITLE));
        assertThat(form.selectFirst("#url-error").text(), equalTo("'" + url + "' is not an http(s) address."));
        assertNoMarkupFromUsers(html);
        Accounts.basic("reviewer").get("/api/claims/" + claimId).then().body("sources", hasSize(0));
    }

    @Test
    void displayNamesAreShownAsText() {
        accountService.create(new NewAccount("sneaky", Accounts.PASSWORD, Role.REVIEWER, DISPLAY_NAME));

        String admin = Accounts.signIn("admin");
        String users = html(admin, "/admin/users");
        assertThat(users, containsString("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"));
        assertNoMarkupFromUsers(users);
        Document user = page(admin, "/admin/users/sneaky");
        assertThat(user.selectFirst("input#displayName").attr("value"), equalTo(DISPLAY_NAME));

        String claim = html(Accounts.signIn("editor"), "/claims/" + claimId);
        assertThat(Jsoup.parse(claim).select("select#assignee option").stream().map(Element::text).toList(),
                hasItem("sneaky (\u2068" + DISPLAY_NAME + "\u2069)"));
        assertNoMarkupFromUsers(claim);

        String account = html(Accounts.signIn("sneaky"), "/account");
        assertThat(account, containsString("(<bdi>&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;</bdi>)"));
        assertNoMarkupFromUsers(account);
    }

    private static Document page(String session, String path) {
        String html = html(session, path);
        assertNoMarkupFromUsers(html);
        return Jsoup.parse(html);
    }

    private static String html(String session, String path) {
        return Accounts.session(session).when().get(path)
                .then().statusCode(200)
                .extract().asString();
    }

    /** No script, no inline event handler, no element that only user data could have brought. */
    private static void assertNoMarkupFromUsers(String page) {
        String html = withoutThePagesOwnScriptsAndGraphics(page);
        assertThat(html.toLowerCase(Locale.ROOT), not(containsString("<script")));
        assertThat(html.toLowerCase(Locale.ROOT), not(containsString("<img")));
        assertThat(html.toLowerCase(Locale.ROOT), not(containsString("<svg")));
        Document document = Jsoup.parse(html);
        assertThat(document.select("script, img, svg, iframe, object, embed"), empty());
        List<String> handlers = document.getAllElements().stream()
                .flatMap(element -> element.attributes().asList().stream())
                .map(Attribute::getKey)
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("on"))
                .toList();
        assertThat(handlers, empty());
        List<String> scriptLinks = document.select("[href], [src], [action]").stream()
                .flatMap(element -> element.attributes().asList().stream())
                .filter(attribute -> List.of("href", "src", "action").contains(attribute.getKey()))
                .map(Attribute::getValue)
                .filter(value -> value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:"))
                .toList();
        assertThat(scriptLinks, empty());
    }

    /**
     * The page without the layout's two script elements (each loading a file of the application, in the head) and
     * the progress bars' SVG, after checking that they are just that: the bars hold nothing but rectangles and titles.
     */
    private static String withoutThePagesOwnScriptsAndGraphics(String page) {
        Document document = Jsoup.parse(page);
        assertThat(document.select("head > script").stream().map(script -> script.attr("src")).toList(),
                equalTo(List.of("/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/js/workbench.js")));
        for (Element bar : document.select("svg.progress-bar")) {
            assertThat(bar.select("*:not(svg, rect, title)"), empty());
        }
        return page.replaceAll("<script src=\"(/webjars/htmx\\.org/2\\.0\\.8/dist/htmx\\.min\\.js|/js/workbench\\.js)\" defer></script>", "")
                .replaceAll("(?s)<svg class=\"progress-bar\".*?</svg>", "");
    }
}
