package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.PageForms;
import factcheck.web.BrowserSessionCookie;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static factcheck.support.Uploads.utf8Part;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Page forms need the CSRF token of the browser's session (field or header); no cookie another site could plant
 * stands in for it. The API needs none, because it only accepts credentials a foreign page cannot make the browser
 * send, and never the session cookie.
 */
@QuarkusTest
@EmptyDatabase
class CsrfPageTest {

    private static final String NOTE = "Call the ministry on Monday.";
    private static final String OTHER_TEXT = """
            Council budget vote

            The city council approved 12 million euros for school repairs in May 2024.
            """;

    @Inject
    Accounts accounts;

    private long articleId;
    private long claimId;
    private String reviewerSession;

    @BeforeEach
    void createData() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs("editor", Api.FACTUAL_TEXT);
        articleId = article.getLong("id");
        claimId = Api.claimContaining(article, "140 people");
        reviewerSession = Accounts.signIn("reviewer");
    }

    @Test
    void formWithoutAnyTokenIsRefusedAndStoresNothing() {
        Accounts.session(reviewerSession)
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("This form could not be checked as coming from this site."));

        assertThat(notes(), hasSize(0));
    }

    @Test
    void aTokenOfAnotherSessionIsRefused() {
        String otherSession = Accounts.signIn("editor");

        Accounts.session(reviewerSession)
                .formParam(PageForms.FIELD, tokenOnPage(otherSession))
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(403);

        assertThat(notes(), hasSize(0));
    }

    @Test
    void aPlantedCookieWithAMatchingFieldIsRefused() {
        Accounts.session(reviewerSession)
                .cookie("fcw-csrf", "a-token-chosen-by-another-site")
                .formParam(PageForms.FIELD, "a-token-chosen-by-another-site")
                .header("X-CSRF-Token", "a-token-chosen-by-another-site")
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(403);

        assertThat(notes(), hasSize(0));
    }

    @Test
    void anAdminsBrowserCannotBeMadeToCreateAnAccountWithAPlantedToken() {
        accounts.create(Role.ADMIN);
        String adminSession = Accounts.signIn("admin");

        Accounts.session(adminSession)
                .cookie("fcw-csrf", "planted")
                .formParam(PageForms.FIELD, "planted")
                .formParam("username", "intruder").formParam("role", "ADMIN")
                .formParam("password", Accounts.PASSWORD)
                .when().post("/admin/users")
                .then().statusCode(403);

        Accounts.basic("admin").get("/api/users/intruder").then().statusCode(404);
    }

    @Test
    void aTokenFromBeforeSigningOutDoesNotWorkInTheNextSession() {
        String oldToken = tokenOnPage(reviewerSession);
        Accounts.session(reviewerSession).formParam(PageForms.FIELD, oldToken)
                .when().post("/logout")
                .then().statusCode(303);
        String nextSession = Accounts.signIn("reviewer");

        Accounts.session(nextSession)
                .formParam(PageForms.FIELD, oldToken)
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(403);

        assertThat(notes(), hasSize(0));
    }

    @Test
    void multipartImportWithoutATokenIsRefused() {
        String editorSession = Accounts.signIn("editor");

        Accounts.session(editorSession)
                .multiPart(utf8Part("text", OTHER_TEXT))
                .when().post("/articles")
                .then().statusCode(403);

        Accounts.basic("editor").get("/api/articles").then().body("total", is(1));
    }

    @Test
    void deletingAnArticleWithoutATokenIsRefused() {
        String editorSession = Accounts.signIn("editor");

        Accounts.session(editorSession)
                .when().post("/articles/" + articleId + "/delete")
                .then().statusCode(403);

        Accounts.basic("editor").get("/api/articles/" + articleId).then().statusCode(200);
    }

    @Test
    void theTokenFromThePageLetsTheFormThrough() {
        Response page = Accounts.session(reviewerSession)
                .when().get("/claims/" + claimId)
                .then().statusCode(200)
                .extract().response();

        Element noteForm = Jsoup.parse(page.asString()).selectFirst("form[action=/claims/" + claimId + "/notes]");
        assertThat(noteForm, notNullValue());
        String field = noteForm.selectFirst("input[type=hidden][name=" + PageForms.FIELD + "]").attr("value");
        assertThat(field.length() >= 32, is(true));

        Accounts.session(reviewerSession)
                .formParam(PageForms.FIELD, field)
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(303)
                .header("Location", endsWith("/claims/" + claimId + "#notes"));

        assertThat(notes(), hasItem(NOTE));
    }

    @Test
    void everyFormOnAPageCarriesTheSessionsToken() {
        Response page = Accounts.session(reviewerSession).when().get("/claims/" + claimId);
        String token = tokenOnPage(reviewerSession);

        List<String> fields = Jsoup.parse(page.asString()).select("form[method=post]").stream()
                .map(form -> form.selectFirst("input[name=" + PageForms.FIELD + "]"))
                .map(input -> input == null ? "(none)" : input.attr("value"))
                .toList();

        assertThat(fields.size() >= 3, is(true));
        fields.forEach(value -> assertThat(value, equalTo(token)));
    }

    @Test
    void theTokenLastsAsLongAsTheSessionAndNoLonger() {
        String token = tokenOnPage(reviewerSession);
        String secondBrowser = Accounts.signIn("reviewer");

        assertThat(tokenOnPage(reviewerSession), equalTo(token));
        assertThat(tokenOnPage(secondBrowser), not(equalTo(token)));
    }

    @Test
    void scriptsMaySendTheTokenAsAHeader() {
        Accounts.session(reviewerSession)
                .header("X-CSRF-Token", tokenOnPage(reviewerSession))
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(303);

        assertThat(notes(), hasItem(NOTE));
    }

    @Test
    void apiClientsUploadWithoutAToken() {
        Response created = Accounts.basic("editor")
                .multiPart(utf8Part("text", OTHER_TEXT))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Council budget vote"))
                .extract().response();

        assertThat(created.headers().getValues("Set-Cookie"),
                everyItem(not(startsWith(BrowserSessionCookie.NAME + "="))));
    }

    @Test
    void apiClientsPostJsonWithoutAToken() {
        Accounts.basic("reviewer").contentType(ContentType.JSON)
                .body(Map.of("text", NOTE))
                .when().post("/api/claims/" + claimId + "/notes")
                .then().statusCode(201);

        assertThat(notes(), hasItem(NOTE));
    }

    @Test
    void theApiDoesNotAcceptTheSessionCookie() {
        Accounts.session(reviewerSession)
                .when().get("/api/articles")
                .then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        Accounts.session(reviewerSession)
                .when().get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void aPostToTheApiWithOnlyTheSessionCookieChangesNothing() {
        Accounts.session(reviewerSession).contentType(ContentType.JSON)
                .body(Map.of("text", NOTE))
                .when().post("/api/claims/" + claimId + "/notes")
                .then().statusCode(401);

        assertThat(notes(), hasSize(0));
    }

    private List<String> notes() {
        return Accounts.basic("reviewer").get("/api/claims/" + claimId)
                .then().statusCode(200)
                .extract().jsonPath().getList("notes.text");
    }

    /** The token a script on the session's pages reads, from the page head. */
    private static String tokenOnPage(String session) {
        String token = Jsoup.parse(Accounts.session(session).when().get("/articles")
                        .then().statusCode(200).extract().asString())
                .selectFirst("meta[name=csrf-token]").attr("content");
        assertThat(token.isEmpty(), is(false));
        return token;
    }
}
