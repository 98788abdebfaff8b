package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import factcheck.web.BrowserSessionCookie;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The account pages with real sign-ins: admins manage accounts, everyone manages their password and tokens. */
@QuarkusTest
@EmptyDatabase
class AccountPagesTest {

    private static final Pattern SECRET = Pattern.compile("fcw_[A-Za-z0-9_-]{20,}");
    private static final String NEW_PASSWORD = "a different long secret";

    @Inject
    Accounts accounts;

    private String admin;

    @BeforeEach
    void createAccounts() {
        accounts.create(Role.ADMIN);
        accounts.create(Role.REVIEWER);
        admin = Accounts.signIn("admin");
    }

    // --- Admin: accounts -----------------------------------------------------------------------------------------

    @Test
    void adminCreatesAUserWhoCanThenSignIn() {
        Accounts.session(admin).filter(csrf())
                .formParam("username", "newsdesk").formParam("displayName", "News Desk")
                .formParam("role", "EDITOR").formParam("password", Accounts.PASSWORD)
                .when().post("/admin/users")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/users?saved=newsdesk"));

        Accounts.session(admin).when().get("/admin/users?saved=newsdesk")
                .then().statusCode(200)
                .body(containsString("Saved the account <strong>newsdesk</strong>."))
                .body(containsString("<a href=\"/admin/users/newsdesk\">newsdesk</a>"))
                .body(containsString("News Desk"));

        String session = Accounts.signIn("newsdesk");
        Accounts.session(session).when().get("/articles/new").then().statusCode(200);
        Accounts.session(session).when().get("/admin/users").then().statusCode(403);
        Accounts.basic("admin").get("/api/users/newsdesk")
                .then().statusCode(200).body("role", equalTo("EDITOR")).body("enabled", equalTo(true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            short password     | alice      | too short    | password | Use at least 12 characters.
            no password        | alice      | ''           | password | Enter a password.
            password = name    | alice      | alice-alice-alice | password | The password must not contain the username.
            username with space| bad name   | correct horse battery | username | Use 2 to 40 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit.
            one-letter username| a          | correct horse battery | username | Use 2 to 40 letters a-z, digits, dots, dashes or underscores, starting with a letter or digit.
            taken username     | reviewer   | correct horse battery | username | The username &#39;reviewer&#39; is taken.
            """)
    void invalidNewAccountIsShownNextToTheFieldAndNothingIsStored(String label, String username, String password,
                                                                   String field, String message) {
        String html = Accounts.session(admin).filter(csrf())
                .formParam("username", username).formParam("displayName", "Someone")
                .formParam("role", "EDITOR").formParam("password", password)
                .when().post("/admin/users")
                .then().statusCode(label.equals("taken username") ? 409 : 400)
                .contentType(containsString("text/html"))
                .body(containsString("<p class=\"field-error\" id=\"" + field + "-error\" role=\"alert\">" + message + "</p>"))
                .body(containsString("aria-describedby=\"" + field + "-error\""))
                .extract().asString();

        Document form = Jsoup.parse(html);
        assertThat(form.selectFirst("input#username").attr("value"), equalTo(username));
        assertThat(form.selectFirst("input#displayName").attr("value"), equalTo("Someone"));
        assertThat(form.selectFirst("select#role option[selected]").attr("value"), equalTo("EDITOR"));
        assertThat("the password is never shown back", form.selectFirst("input#password").attr("value"), equalTo(""));
        assertThat(html, not(containsString("Saved the account")));

        List<String> usernames = Accounts.basic("admin").get("/api/users")
                .then().statusCode(200).extract().jsonPath().getList("username");
        assertThat(usernames, equalTo(List.of("admin", "reviewer")));
        Accounts.basic("reviewer").get("/api/me").then().statusCode(200).body("role", equalTo("REVIEWER"));
    }

    @Test
    void disabledUserIsSentToTheLoginPageAndCannotSignInAgain() {
        String reviewer = Accounts.signIn("reviewer");
        Accounts.session(reviewer).when().get("/articles").then().statusCode(200);

        // An unticked checkbox sends nothing: the account is disabled.
        Accounts.session(admin).filter(csrf())
                .formParam("displayName", "").formParam("role", "REVIEWER").formParam("password", "")
                .when().post("/admin/users/reviewer")
                .then().statusCode(303)
                .header("Location", endsWith("/admin/users?saved=reviewer"));

        Accounts.session(reviewer).when().get("/articles")
                .then().statusCode(302)
                .header("Location", endsWith("/login"));
        Response again = signIn("reviewer", Accounts.PASSWORD);
        assertThat(again.header("Location"), endsWith("/login?failed=true"));
        assertThat(again.getCookie("quarkus-credential"), nullValue());
        Accounts.basic("reviewer").get("/api/me").then().statusCode(401);
        Accounts.session(admin).when().get("/admin/users")
                .then().body(containsString("<tr class=\"disabled\">"));
        Accounts.basic("admin").get("/api/users/reviewer").then().body("enabled", equalTo(false));
    }

    @Test
    void reEnabledUserCanSignInAgain() {
        saveUser("reviewer", "REVIEWER", false);
        saveUser("reviewer", "REVIEWER", true);

        Accounts.signIn("reviewer");
    }

    @Test
    void adminChangesAnotherUsersRoleAndPassword() {
        Accounts.session(admin).filter(csrf())
                .formParam("displayName", "Promoted Reviewer").formParam("role", "EDITOR")
                .formParam("enabled", "true").formParam("password", NEW_PASSWORD)
                .when().post("/admin/users/reviewer")
                .then().statusCode(303);

        Accounts.basic("admin").get("/api/users/reviewer")
                .then().body("role", equalTo("EDITOR")).body("displayName", equalTo("Promoted Reviewer"));
        assertEquals(302, signIn("reviewer", NEW_PASSWORD).statusCode());
        assertThat(signIn("reviewer", NEW_PASSWORD).header("Location"), endsWith("/articles"));
        assertThat(signIn("reviewer", Accounts.PASSWORD).header("Location"), endsWith("/login?failed=true"));
    }

    @ParameterizedTest(name = "role {0}, enabled {1}")
    @CsvSource({"EDITOR, true", "REVIEWER, true", "ADMIN, false"})
    void theLastAdminCannotDemoteOrDisableThemselves(String role, boolean enabled) {
        var request = Accounts.session(admin).filter(csrf())
                .formParam("displayName", "").formParam("role", role).formParam("password", "");
        if (enabled) {
            request.formParam("enabled", "true");
        }

        String html = request.when().post("/admin/users/admin")
                .then().statusCode(409)
                .body(containsString("<p class=\"field-error\" id=\"role-error\" role=\"alert\">This is the last"
                        + " enabled admin: make someone else an admin first.</p>"))
                .extract().asString();

        Document form = Jsoup.parse(html);
        assertThat(form.selectFirst("select#role option[selected]").attr("value"), equalTo("ADMIN"));
        assertThat(form.selectFirst("input#enabled").hasAttr("checked"), equalTo(true));
        Accounts.basic("admin").get("/api/users/admin")
                .then().body("role", equalTo("ADMIN")).body("enabled", equalTo(true));
        Accounts.session(admin).when().get("/admin/users").then().statusCode(200);
    }

    @Test
    void anAdminMayStepDownWhenAnotherAdminRemains() {
        accounts.create("second-admin", Role.ADMIN);

        saveUser("admin", "EDITOR", true);

        Accounts.basic("admin").get("/api/me").then().body("role", equalTo("EDITOR"));
        Accounts.session(admin).when().get("/admin/users").then().statusCode(403);
    }

    @Test
    void unknownUserPageIsNotFound() {
        Accounts.session(admin).when().get("/admin/users/nobody")
                .then().statusCode(404)
                .contentType(containsString("text/html"));
    }

    // --- Own account: tokens -------------------------------------------------------------------------------------

    @Test
    void aNewTokenIsShownOnceWorksForTheApiAndStopsWhenRevoked() {
        String reviewer = Accounts.signIn("reviewer");

        String created = Accounts.session(reviewer).filter(csrf())
                .formParam("name", "Newsroom CMS")
                .when().post("/account/tokens")
                .then().statusCode(200)
                .body(containsString("New token “<bdi>Newsroom CMS</bdi>”"))
                .extract().asString();
        Element shown = Jsoup.parse(created).selectFirst("input#new-token");
        assertThat(shown, notNullValue());
        String secret = shown.attr("value");
        assertTrue(SECRET.matcher(secret).matches(), secret);

        String later = Accounts.session(reviewer).when().get("/account")
                .then().statusCode(200)
                .body(containsString("Newsroom CMS"))
                .extract().asString();
        assertThat(later, not(containsString(secret)));
        assertThat(later, not(containsString("id=\"new-token\"")));
        Matcher anySecret = SECRET.matcher(later);
        assertThat("no secret on the page after it was shown", anySecret.find() ? anySecret.group() : null, nullValue());
        assertThat(later, containsString("<code>" + secret.substring(0, 10) + "…</code>"));

        bearer(secret).get("/api/me")
                .then().statusCode(200)
                .body("username", equalTo("reviewer"))
                .body("role", equalTo("REVIEWER"));
        bearer(secret).get("/api/users").then().statusCode(403);

        Element revoke = Jsoup.parse(later).selectFirst("form[action~=^/account/tokens/\\d+/revoke$]");
        assertThat(revoke, notNullValue());
        Accounts.session(reviewer).filter(csrf())
                .when().post(revoke.attr("action"))
                .then().statusCode(303)
                .header("Location", endsWith("/account"));

        bearer(secret).get("/api/me").then().statusCode(401);
        Accounts.session(reviewer).when().get("/account")
                .then().body(containsString("revoked"))
                .body(not(containsString("action=\"" + revoke.attr("action") + "\"")));
    }

    @Test
    void thePageShowingANewTokenIsNeverStored() {
        Accounts.session(Accounts.signIn("reviewer")).filter(csrf())
                .formParam("name", "Newsroom CMS")
                .when().post("/account/tokens")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body(containsString("id=\"new-token\""));
    }

    @Test
    void aTokenWithoutANameIsRefusedNextToTheField() {
        String reviewer = Accounts.signIn("reviewer");

        Accounts.session(reviewer).filter(csrf())
                .formParam("name", "  ")
                .when().post("/account/tokens")
                .then().statusCode(400)
                .body(containsString("id=\"name-error\""))
                .body(containsString("Name the token, e.g. after the tool that uses it."))
                .body(not(containsString("id=\"new-token\"")));

        Accounts.basic("reviewer").get("/api/tokens").then().body("$", hasSize(0));
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() {
        String secret = Accounts.basic("reviewer").contentType("application/json").body("{\"name\": \"Mine\"}")
                .when().post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
        long id = Accounts.basic("reviewer").get("/api/tokens").then().extract().jsonPath().getLong("[0].id");

        Accounts.session(admin).filter(csrf())
                .when().post("/account/tokens/" + id + "/revoke")
                .then().statusCode(404);

        bearer(secret).get("/api/me").then().statusCode(200);
    }

    // --- Own account: password -----------------------------------------------------------------------------------

    @Test
    void aWrongCurrentPasswordIsShownNextToItsFieldAndChangesNothing() {
        String reviewer = Accounts.signIn("reviewer");

        Accounts.session(reviewer).filter(csrf())
                .formParam("currentPassword", "not my password").formParam("newPassword", NEW_PASSWORD)
                .when().post("/account/password")
                .then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"currentPassword-error\" role=\"alert\">"
                        + "This is not your current password.</p>"))
                .body(containsString("aria-describedby=\"currentPassword-error\""))
                .body(not(containsString("Your password is changed.")));

        assertThat(signIn("reviewer", Accounts.PASSWORD).header("Location"), endsWith("/articles"));
        assertThat(signIn("reviewer", NEW_PASSWORD).header("Location"), endsWith("/login?failed=true"));
    }

    @Test
    void aWeakNewPasswordIsShownNextToItsField() {
        String reviewer = Accounts.signIn("reviewer");

        Accounts.session(reviewer).filter(csrf())
                .formParam("currentPassword", Accounts.PASSWORD).formParam("newPassword", "short")
                .when().post("/account/password")
                .then().statusCode(400)
                .body(containsString("<p class=\"field-error\" id=\"newPassword-error\" role=\"alert\">"
                        + "Use at least 12 characters.</p>"));

        assertThat(signIn("reviewer", Accounts.PASSWORD).header("Location"), endsWith("/articles"));
    }

    @Test
    void theRightCurrentPasswordChangesIt() {
        String reviewer = Accounts.signIn("reviewer");

        Response changed = Accounts.session(reviewer).filter(csrf())
                .formParam("currentPassword", Accounts.PASSWORD).formParam("newPassword", NEW_PASSWORD)
                .when().post("/account/password")
                .then().statusCode(303)
                .header("Location", endsWith("/account?passwordChanged=true"))
                .extract().response();
        assertThat("this browser gets a new session", changed.getCookie(BrowserSessionCookie.NAME), notNullValue());
        Accounts.session(Accounts.afterAnswer(reviewer, changed))
                .when().get("/account?passwordChanged=true")
                .then().statusCode(200)
                .body(containsString("Your password is changed."));

        Response withNew = signIn("reviewer", NEW_PASSWORD);
        assertThat(withNew.header("Location"), endsWith("/articles"));
        assertThat(withNew.getCookie("quarkus-credential"), notNullValue());
        Response withOld = signIn("reviewer", Accounts.PASSWORD);
        assertThat(withOld.header("Location"), endsWith("/login?failed=true"));
        assertThat(withOld.getCookie("quarkus-credential"), nullValue());
        given().auth().preemptive().basic("reviewer", NEW_PASSWORD).get("/api/me").then().statusCode(200);
    }

    @Test
    void theAccountPageShowsWhoIsSignedIn() {
        Accounts.session(Accounts.signIn("reviewer")).when().get("/account")
                .then().statusCode(200)
                .body(containsString("Signed in as <strong>reviewer</strong>"))
                .body(containsString("role <strong>REVIEWER</strong>"))
                .body(containsString("No tokens yet."));
    }

    private void saveUser(String username, String role, boolean enabled) {
        var request = Accounts.session(admin).filter(csrf())
                .formParam("displayName", "").formParam("role", role).formParam("password", "");
        if (enabled) {
            request.formParam("enabled", "true");
        }
        request.when().post("/admin/users/" + username).then().statusCode(303);
    }

    private static Response signIn(String username, String password) {
        Response response = Accounts.loginForm(username, password).when().post("/j_security_check");
        assertEquals(302, response.statusCode());
        return response;
    }

    private static io.restassured.specification.RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret);
    }
}
