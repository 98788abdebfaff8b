package factcheck.article;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticleTextEditPageTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.";
    static final String ATTACK_CORRECTED = "The attack in March 2024 killed 145 people at Crocus City Hall in Moscow.";
    static final String MIGRANTS = "According to the interior ministry, an estimated 10 million migrants from Central Asia"
            + " live in Russia.";
    static final String OTHER_TEXT = "Budget vote\n\nThe council approved 12 million euros for schools in May 2024.\n";
    static final String TEXT = "Attack on Moscow concert hall\n\n" + ATTACK + "\n\n" + MIGRANTS + "\n";
    static final Pattern TEXTAREA = Pattern.compile("(?s)<textarea id=\"text\" name=\"text\"[^>]*>(.*?)</textarea>");
    static final Pattern VERSION = Pattern.compile("<input type=\"hidden\" name=\"version\" value=\"(\\d+)\">");

    @Test
    void articlePageLinksToTheEditPage() {
        long id = Api.importArticle(TEXT).getLong("id");

        given().when().get("/articles/" + id)
                .then().statusCode(200)
                .body(containsString("href=\"/articles/" + id + "/edit\""))
                .body(not(containsString("Text saved.")));
    }

    @Test
    void editPageShowsTheTextInATextareaWithTheVersionItIsBasedOn() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        putText(id, TEXT + "\nThe ministry did not answer questions.\n");

        String page = given().when().get("/articles/" + id + "/edit")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<form class=\"form\" method=\"post\" action=\"/articles/" + id + "/text\">"))
                .extract().asString();

        assertEquals(TEXT + "\nThe ministry did not answer questions.\n", unescape(textareaOf(page)));
        assertEquals("1", versionOf(page));
    }

    @Test
    void textIsEscapedInTheTextarea() {
        String text = "</textarea><script>alert(1)</script> The attack killed 140 people & more in March 2024.";
        long id = Api.importArticle(text).getLong("id");

        String page = given().when().get("/articles/" + id + "/edit")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .extract().asString();

        assertEquals(text, unescape(textareaOf(page)));
    }

    @Test
    void savingRedirectsToTheArticleWithWhatHappenedToTheClaims() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        Reviews.save(Api.claimContaining(article, "140 people"), Reviews.verdict("TRUE"));

        String location = saveForm(id, TEXT.replace("140 people", "145 people"), "0")
                .then().statusCode(303)
                .extract().header("Location");

        assertThat(location, endsWith("/articles/" + id + "?anchored=1&moved=0&changed=1&orphaned=0&removed=0&added=0"));
        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("<strong>Text saved.</strong>"))
                .body(matchesPattern("(?s).*1 claims stayed in place, 0 moved with their text,\\s+0 new claims were proposed\\..*"))
                .body(containsString("<strong>1 claims need a look</strong>"))
                .body(containsString("<span class=\"flag\">⚑ needs review: its sentence changed</span>"))
                .body(containsString(ATTACK_CORRECTED));
        given().when().get("/api/articles/" + id).then().body("text", is(TEXT.replace("140 people", "145 people")));
    }

    @Test
    void noticeCountsDroppedProposalsAndFlagsOrphanedClaims() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        Reviews.save(Api.claimContaining(article, "140 people"), Reviews.verdict("TRUE"));
        String edited = TEXT.replace(MIGRANTS, "Were migration figures ever published?")
                .replace(ATTACK, "Did the concert go ahead?");

        String location = saveForm(id, edited, "0")
                .then().statusCode(303)
                .extract().header("Location");

        assertThat(location, endsWith("?anchored=0&moved=0&changed=0&orphaned=1&removed=1&added=0"));
        given().when().get(location)
                .then().statusCode(200)
                .body(containsString("and 1 unreviewed proposals whose sentence changed or went were dropped"))
                .body(containsString("<strong>1 claims need a look</strong>"))
                .body(containsString("<span class=\"flag\">⚑ needs review: no longer in the text</span>"));
    }

    @Test
    void emptyTextShowsTheFormAgainWithTheMessageNextToTheField() {
        long id = Api.importArticle(TEXT).getLong("id");

        String page = saveForm(id, "  \n  ", "0")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"text-error\""))
                .body(containsString("<p class=\"field-error\" id=\"text-error\" role=\"alert\">The article text is empty.</p>"))
                .extract().asString();

        assertEquals("  \n  ", unescape(textareaOf(page)));
        assertEquals("0", versionOf(page));
        given().when().get("/api/articles/" + id).then().body("text", is(TEXT)).body("version", is(0));
    }

    @Test
    void staleVersionShowsTheConflictAndKeepsTheUsersText() {
        long id = Api.importArticle(TEXT).getLong("id");
        String theirs = TEXT + "\nThe ministry did not answer questions.\n";
        putText(id, theirs);
        String mine = TEXT.replace("140 people", "145 people");

        String page = saveForm(id, mine, "0")
                .then().statusCode(409)
                .contentType(containsString("text/html"))
                .body(containsString("Someone else edited this text while you were working on it"))
                .body(containsString("Your version was not saved"))
                .extract().asString();

        assertEquals(mine, unescape(textareaOf(page)));
        // Saving again from this page is based on the version the user has now been shown.
        assertEquals("1", versionOf(page));
        given().when().get("/api/articles/" + id).then().body("text", is(theirs)).body("version", is(1));
    }

    @Test
    void textOfAnotherArticleShowsTheMessageNextToTheField() {
        long id = Api.importArticle(TEXT).getLong("id");
        long other = Api.importArticle(OTHER_TEXT).getLong("id");

        String page = saveForm(id, OTHER_TEXT, "0")
                .then().statusCode(409)
                .body(containsString("id=\"text-error\""))
                .body(containsString("already imported as article " + other))
                .extract().asString();

        assertEquals(OTHER_TEXT, unescape(textareaOf(page)));
        given().when().get("/api/articles/" + id).then().body("text", is(TEXT));
    }

    @Test
    void textOverTheSizeLimitShowsTheMessageNextToTheField() {
        long id = Api.importArticle(TEXT).getLong("id");

        saveForm(id, TEXT + "x".repeat(1_048_576), "0")
                .then().statusCode(413)
                .body(containsString("id=\"text-error\""))
                .body(containsString("1048576"));
        given().when().get("/api/articles/" + id).then().body("text", is(TEXT));
    }

    @Test
    void unknownArticleHasNoEditPage() {
        long id = Api.importArticle(TEXT).getLong("id");

        given().when().get("/articles/" + (id + 1_000_000) + "/edit")
                .then().statusCode(404)
                .contentType(containsString("text/html"));
        saveForm(id + 1_000_000, TEXT, "0")
                .then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void savingTheFormUnchangedInABrowserChangesNothing() {
        long id = Api.importArticle(TEXT).getLong("id");

        String location = submitAsBrowser(id)
                .then().statusCode(303)
                .extract().header("Location");

        assertThat(location, endsWith("?anchored=2&moved=0&changed=0&orphaned=0&removed=0&added=0"));
        given().when().get("/api/articles/" + id).then().body("text", is(TEXT)).body("version", is(0));
    }

    @Test
    void textStartingWithABlankLineSurvivesTheEditForm() {
        // Browsers drop one line break right after <textarea>; the page must not lose the text's own.
        String text = "\n" + ATTACK;
        long id = Api.importArticle(text).getLong("id");

        submitAsBrowser(id).then().statusCode(303);

        given().when().get("/api/articles/" + id).then().body("text", is(text)).body("version", is(0));
    }

    @Test
    void claimPageOfAChangedClaimSaysWhatItUsedToRead() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        long claim = Api.claimContaining(article, "140 people");
        Reviews.save(claim, Reviews.verdict("TRUE"));
        saveForm(id, TEXT.replace("140 people", "145 people"), "0").then().statusCode(303);

        given().when().get("/claims/" + claim)
                .then().statusCode(200)
                .body(containsString("this claim's sentence changed"))
                .body(matchesPattern("(?s).*It used to read:\\s+“<bdi>" + Pattern.quote(ATTACK) + "</bdi>”.*"))
                .body(containsString(ATTACK_CORRECTED))
                .body(not(containsString("no longer in the article")));
    }

    @Test
    void claimPageOfAnOrphanedClaimSaysItIsNoLongerInTheArticle() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        long claim = Api.claimContaining(article, "140 people");
        Reviews.save(claim, Reviews.verdict("TRUE"));
        saveForm(id, TEXT.replace(ATTACK + "\n\n", ""), "0").then().statusCode(303);

        given().when().get("/claims/" + claim)
                .then().statusCode(200)
                .body(containsString("This claim is no longer in the article"))
                .body(containsString(ATTACK))
                .body(not(containsString("used to read")));
    }

    @Test
    void reviewingAFlaggedClaimOnItsPageClearsTheFlag() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        long claim = Api.claimContaining(article, "140 people");
        Reviews.save(claim, Reviews.verdict("TRUE"));
        saveForm(id, TEXT.replace("140 people", "145 people"), "0").then().statusCode(303);
        String version = given().when().get("/api/claims/" + claim).then().extract().jsonPath().getString("version");

        given().filter(csrf()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("decision", "MOSTLY_TRUE", "rationale", "Still holds.", "version", version))
                .when().post("/claims/" + claim)
                .then().statusCode(303);

        given().when().get("/claims/" + claim)
                .then().statusCode(200)
                .body(not(containsString("used to read")));
        given().when().get("/articles/" + id)
                .then().body(not(containsString("⚑ text changed")));
    }

    /** Posts the edit form as a browser does: the textarea as parsed, line breaks sent as CRLF. */
    private static Response submitAsBrowser(long id) {
        String page = given().when().get("/articles/" + id + "/edit").then().statusCode(200).extract().asString();
        String value = unescape(textareaOf(page));
        value = value.replace("\r\n", "\n").replace("\n", "\r\n");
        return saveForm(id, value, versionOf(page));
    }

    private static Response saveForm(long id, String text, String version) {
        return given().filter(csrf()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("text", text)
                .formParam("version", version)
                .when().post("/articles/" + id + "/text");
    }

    private static void putText(long id, String text) {
        given().contentType("application/json").header("If-Match", "*").body(Map.of("text", text))
                .when().put("/api/articles/" + id + "/text")
                .then().statusCode(200);
    }

    private static String textareaOf(String page) {
        Matcher matcher = TEXTAREA.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no text area in the page");
        }
        // As a browser reads it: one line break right after <textarea> is markup, not content.
        String content = matcher.group(1);
        return content.startsWith("\n") ? content.substring(1) : content;
    }

    private static String versionOf(String page) {
        Matcher matcher = VERSION.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no hidden version in the page");
        }
        return matcher.group(1);
    }

    /** What a browser shows for Qute's escaped output. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
