package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.PageForms;
import factcheck.support.TestDatabase;
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
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
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
 * Page forms need the browser's CSRF token twice (cookie and field or header); the API needs none, because it only
 * accepts credentials a foreign page cannot make the browser send, and never the session cookie.
 */
@QuarkusTest
class CsrfPageTest {

    private static final String NOTE = "Call the ministry on Monday.";
    private static final String OTHER_TEXT = """
            Council budget vote

            The city council approved 12 million euros for school repairs in May 2024.
            """;

    @Inject
    TestDatabase db;

    @Inject
    Accounts accounts;

    private long articleId;
    private long claimId;
    private String reviewerSession;

    @BeforeEach
    void createData() {
        db.reset();
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
        JsonPath article = Accounts.basic("editor").contentType(ContentType.JSON)
                .body(Map.of("text", Api.FACTUAL_TEXT))
                .when().post("/api/articles")
                .then().statusCode(201).extract().jsonPath();
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
    void fieldThatDoesNotMatchTheCookieIsRefused() {
        Accounts.session(reviewerSession)
                .cookie(PageForms.COOKIE, "the-token-this-browser-was-given")
                .formParam(PageForms.FIELD, "a-token-guessed-by-another-site")
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(403);

        assertThat(notes(), hasSize(0));
    }

    @Test
    void fieldWithoutTheCookieIsRefused() {
        Accounts.session(reviewerSession)
                .formParam(PageForms.FIELD, "a-token-guessed-by-another-site")
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
        String cookie = page.getCookie(PageForms.COOKIE);
        assertThat(cookie, notNullValue());
        String setCookie = setCookie(page, PageForms.COOKIE);
        assertThat(setCookie, containsStringIgnoringCase("HttpOnly"));
        assertThat(setCookie, containsStringIgnoringCase("SameSite=Strict"));
        assertThat(setCookie, containsString("Path=/"));

        Element noteForm = Jsoup.parse(page.asString()).selectFirst("form[action=/claims/" + claimId + "/notes]");
        assertThat(noteForm, notNullValue());
        String field = noteForm.selectFirst("input[type=hidden][name=" + PageForms.FIELD + "]").attr("value");
        assertThat(field, equalTo(cookie));

        Accounts.session(reviewerSession)
                .cookie(PageForms.COOKIE, cookie)
                .formParam(PageForms.FIELD, field)
                .formParam("text", NOTE)
                .when().post("/claims/" + claimId + "/notes")
                .then().statusCode(303)
                .header("Location", endsWith("/claims/" + claimId + "#notes"));

        assertThat(notes(), hasItem(NOTE));
    }

    @Test
    void everyFormOnAPageCarriesTheSameToken() {
        Response page = Accounts.session(reviewerSession).when().get("/claims/" + claimId);
        String cookie = page.getCookie(PageForms.COOKIE);

        List<String> fields = Jsoup.parse(page.asString()).select("form[method=post]").stream()
                .map(form -> form.selectFirst("input[name=" + PageForms.FIELD + "]"))
                .map(input -> input == null ? "(none)" : input.attr("value"))
                .toList();

        assertThat(fields.size() >= 3, is(true));
        fields.forEach(value -> assertThat(value, equalTo(cookie)));
    }

    @Test
    void aBrowserKeepsItsTokenOnLaterPages() {
        Response page = Accounts.session(reviewerSession).cookie(PageForms.COOKIE, "token-from-an-earlier-page")
                .when().get("/claims/" + claimId)
                .then().statusCode(200)
                .body(containsString("value=\"token-from-an-earlier-page\""))
                .extract().response();

        assertThat(page.headers().getValues("Set-Cookie"), everyItem(not(startsWith(PageForms.COOKIE + "="))));
    }

    @Test
    void scriptsMaySendTheTokenAsAHeader() {
        Accounts.session(reviewerSession)
                .cookie(PageForms.COOKIE, "token-of-this-browser")
                .header("X-CSRF-Token", "token-of-this-browser")
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

        assertThat(created.headers().getValues("Set-Cookie"), everyItem(not(startsWith(PageForms.COOKIE + "="))));
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

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Set-Cookie for " + name + ": " + response.headers()));
    }
}
