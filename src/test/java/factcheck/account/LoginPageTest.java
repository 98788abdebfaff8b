package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.web.BrowserSessionCookie;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out through the form, as a browser does. */
@QuarkusTest
@EmptyDatabase
class LoginPageTest {

    private static final String SESSION = "quarkus-credential";
    private static final String REDIRECT = "quarkus-redirect-location";
    private static final String FAILED = "/login?failed=true";
    private static final String MESSAGE = "The username or password is wrong, or there were too many attempts";

    @Inject
    Accounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
    }

    @Test
    void theLoginPageIsOpenToEveryone() {
        given().when().get("/login")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<form class=\"form\" method=\"post\" action=\"/j_security_check\">"))
                .body(containsString("name=\"j_username\""))
                .body(containsString("name=\"j_password\" type=\"password\""))
                .body(not(containsString(MESSAGE)));
    }

    @Test
    void theRightPasswordOpensASessionAndLandsOnTheArticles() {
        Response response = signIn("reviewer", Accounts.PASSWORD);

        assertThat(response.header("Location"), endsWith("/articles"));
        String session = Accounts.cookiesOf(response);
        assertThat(session, notNullValue());
        Accounts.session(session).when().get("/articles")
                .then().statusCode(200)
                .body(containsString("<a href=\"/account\" title=\"Your account and API tokens\">reviewer</a>"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameLookTheSame() {
        Response wrongPassword = signIn("reviewer", "not the password at all");
        Response unknownUser = signIn("nobody-here", "not the password at all");

        assertThat(wrongPassword.header("Location"), endsWith(FAILED));
        assertEquals(wrongPassword.header("Location"), unknownUser.header("Location"));
        assertThat(wrongPassword.getCookie(SESSION), nullValue());
        assertThat(unknownUser.getCookie(SESSION), nullValue());
        assertEquals(wrongPassword.asString(), unknownUser.asString());

        given().when().get(FAILED)
                .then().statusCode(200)
                .body(containsString("<p class=\"field-error\" role=\"alert\" id=\"login-error\">" + MESSAGE))
                .body(containsString("aria-describedby=\"login-error\""))
                .body(not(containsString("nobody-here")))
                .body(not(containsString("reviewer")));
    }

    /** No username holds a NUL character (the database could not even compare one): it is simply unknown. */
    @Test
    void aUsernameWithANulCharacterIsAnUnknownUsername() {
        Response form = signIn("review\u0000er", Accounts.PASSWORD);

        assertThat(form.header("Location"), endsWith(FAILED));
        assertThat(form.getCookie(SESSION), nullValue());
        given().auth().preemptive().basic("review\u0000er", Accounts.PASSWORD)
                .when().get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void afterSigningInTheBrowserReturnsToThePageItAskedFor() {
        long claimId = Api.claimContaining(Api.importArticleAs("editor", Api.FACTUAL_TEXT), "140 people");

        Response challenge = given().redirects().follow(false)
                .when().get("/claims/" + claimId);
        assertEquals(302, challenge.statusCode());
        assertThat(challenge.header("Location"), endsWith("/login"));
        String remembered = challenge.getCookie(REDIRECT);
        assertThat(remembered, notNullValue());
        assertThat(remembered, endsWith("/claims/" + claimId));

        Response signedIn = Accounts.loginForm("reviewer", Accounts.PASSWORD)
                .cookie(REDIRECT, remembered)
                .when().post("/j_security_check");

        assertEquals(302, signedIn.statusCode());
        assertThat(signedIn.header("Location"), endsWith("/claims/" + claimId));
        Accounts.session(Accounts.cookiesOf(signedIn)).when().get(signedIn.header("Location"))
                .then().statusCode(200)
                .body(containsString("The attack in March 2024 killed 140 people"));
    }

    @Test
    void theRememberedPageDoesNotSurviveAFailedAttempt() {
        Response challenge = given().redirects().follow(false).when().get("/queue");
        String remembered = challenge.getCookie(REDIRECT);
        assertThat(remembered, endsWith("/queue"));

        Response failed = Accounts.loginForm("reviewer", "not the password at all")
                .cookie(REDIRECT, remembered)
                .when().post("/j_security_check");

        assertThat(failed.header("Location"), endsWith(FAILED));
        assertThat(failed.getCookie(SESSION), nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {SESSION, BrowserSessionCookie.NAME})
    void theSessionCookiesAreHttpOnlyAndSameSiteStrict(String name) {
        Response response = signIn("reviewer", Accounts.PASSWORD);

        String cookie = setCookie(response, name);
        assertThat(cookie, containsStringIgnoringCase("HttpOnly"));
        assertThat(cookie, containsStringIgnoringCase("SameSite=Strict"));
        assertThat(cookie, containsString("Path=/"));
    }

    @Test
    void signingOutClearsTheSessionCookieAndSaysSo() {
        String session = Accounts.signIn("reviewer");

        Response response = Accounts.session(session).filter(csrf())
                .when().post("/logout");

        assertEquals(303, response.statusCode());
        assertThat(response.header("Location"), endsWith("/login?signedOut=true"));
        for (String name : new String[] {SESSION, BrowserSessionCookie.NAME}) {
            String cleared = setCookie(response, name);
            assertTrue(removes(name, cleared), cleared);
        }
        given().when().get("/login?signedOut=true")
                .then().statusCode(200)
                .body(containsString("You are signed out."))
                .body(not(containsString(MESSAGE)));
    }

    @Test
    void signingOutNeedsTheCsrfToken() {
        String session = Accounts.signIn("reviewer");

        Response response = Accounts.session(session).when().post("/logout");

        assertEquals(403, response.statusCode());
        assertTrue(response.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION + "=")));
        Accounts.session(session).when().get("/articles").then().statusCode(200);
    }

    @Test
    void signingOutAnonymouslyGoesToTheLoginPage() {
        given().redirects().follow(false).filter(csrf())
                .when().post("/logout")
                .then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefused() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Response wrong = signIn("reviewer", "wrong password number " + attempt);
            assertThat("attempt " + attempt, wrong.header("Location"), endsWith(FAILED));
        }

        Response right = signIn("reviewer", Accounts.PASSWORD);
        assertThat(right.header("Location"), endsWith(FAILED));
        assertThat(right.getCookie(SESSION), nullValue());
        Accounts.basic("reviewer").get("/api/me").then().statusCode(401);

        // Only that account is locked: others still sign in.
        assertThat(signIn("editor", Accounts.PASSWORD).header("Location"), endsWith("/articles"));
    }

    @Test
    void fourWrongPasswordsThenTheRightOneStillSignsIn() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("reviewer", "wrong password number " + attempt);
        }

        Response right = signIn("reviewer", Accounts.PASSWORD);
        assertThat(right.header("Location"), endsWith("/articles"));
        assertThat(right.getCookie(SESSION), notNullValue());
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("reviewer", "wrong password number " + attempt);
        }
        signIn("reviewer", Accounts.PASSWORD);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("reviewer", "wrong password again " + attempt);
        }

        assertThat(signIn("reviewer", Accounts.PASSWORD).header("Location"), endsWith("/articles"));
    }

    // --- Sign-ins posted from another site --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null", "http://localhost.evil.example"})
    void aSignInPostedFromAnotherSiteIsRefused(String origin) {
        Response response = given().redirects().follow(false).header("Origin", origin)
                .formParam("j_username", "reviewer").formParam("j_password", Accounts.PASSWORD)
                .when().post("/j_security_check");

        assertEquals(303, response.statusCode());
        assertEquals("/login?crossSite=true", response.header("Location"));
        assertThat(response.getCookie(SESSION), nullValue());
        assertThat(response.getCookie(BrowserSessionCookie.NAME), nullValue());
        given().when().get("/login?crossSite=true")
                .then().statusCode(200)
                .body(containsString("That sign-in was not sent from this page, so it was refused."));
    }

    @Test
    void aSignInWithoutOriginOrRefererIsRefused() {
        Response response = given().redirects().follow(false)
                .formParam("j_username", "reviewer").formParam("j_password", Accounts.PASSWORD)
                .when().post("/j_security_check");

        assertEquals("/login?crossSite=true", response.header("Location"));
        assertThat(response.getCookie(SESSION), nullValue());
    }

    @Test
    void aSignInWithoutOriginIsJudgedByItsReferer() {
        String loginPage = RestAssured.baseURI + ":" + RestAssured.port + "/login";
        Response fromHere = given().redirects().follow(false).header("Referer", loginPage)
                .formParam("j_username", "reviewer").formParam("j_password", Accounts.PASSWORD)
                .when().post("/j_security_check");
        Response fromElsewhere = given().redirects().follow(false).header("Referer", "https://evil.example/login")
                .formParam("j_username", "reviewer").formParam("j_password", Accounts.PASSWORD)
                .when().post("/j_security_check");

        assertThat(fromHere.header("Location"), endsWith("/articles"));
        assertThat(fromHere.getCookie(SESSION), notNullValue());
        assertEquals("/login?crossSite=true", fromElsewhere.header("Location"));
        assertThat(fromElsewhere.getCookie(SESSION), nullValue());
    }

    @Test
    void refusedCrossSiteSignInsCheckNoPasswordAndCountNoFailure() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            given().redirects().follow(false).header("Origin", "https://evil.example")
                    .formParam("j_username", "reviewer").formParam("j_password", "wrong password number " + attempt)
                    .when().post("/j_security_check")
                    .then().statusCode(303);
        }

        assertThat(signIn("reviewer", Accounts.PASSWORD).header("Location"), endsWith("/articles"));
    }

    private static Response signIn(String username, String password) {
        Response response = Accounts.loginForm(username, password).when().post("/j_security_check");
        assertEquals(302, response.statusCode(), "sign-in as " + username);
        return response;
    }

    private static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Set-Cookie for " + name + ": " + response.headers()));
    }

    /** An empty value that expires now: Max-Age=0, or an Expires date in the past. */
    private static boolean removes(String name, String setCookie) {
        boolean empty = setCookie.startsWith(name + "=;") || setCookie.equals(name + "=");
        if (!empty) {
            return false;
        }
        if (Pattern.compile("(?i);\\s*Max-Age=0\\b").matcher(setCookie).find()) {
            return true;
        }
        Matcher expires = Pattern.compile("(?i);\\s*Expires=([^;]+)").matcher(setCookie);
        return expires.find() && ZonedDateTime.parse(expires.group(1).trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .isBefore(ZonedDateTime.now());
    }
}
