package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A browser session ends for good when its user signs out, changes the password, has it reset, or is disabled:
 * someone who copied the session cookies before gets the login page with them, everywhere.
 */
@QuarkusTest
@EmptyDatabase
class SessionEndTest {

    private static final String NEW_PASSWORD = "a different long secret";

    @Inject
    Accounts accounts;

    @BeforeEach
    void createAccounts() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.ADMIN);
    }

    @Test
    void aCopyOfTheCookiesIsRefusedEverywhereAfterSigningOut() {
        String session = Accounts.signIn("reviewer");
        String copy = session;

        Accounts.session(session).filter(csrf()).when().post("/logout").then().statusCode(303);

        for (String page : new String[] {"/articles", "/account", "/queue", "/claims"}) {
            Accounts.session(copy).when().get(page)
                    .then().statusCode(302)
                    .header("Location", equalTo("/login"));
        }
        Accounts.session(copy).filter(csrf())
                .formParam("name", "Stolen")
                .when().post("/account/tokens")
                .then().statusCode(302)
                .header("Location", equalTo("/login"));
        Accounts.session(copy).when().get("/api/me").then().statusCode(401);
        Accounts.basic("reviewer").get("/api/tokens").then().body("size()", equalTo(0));
    }

    @Test
    void anEndedSessionIsToldToForgetItsCookiesAndSeesTheLoginPage() {
        String session = Accounts.signIn("reviewer");
        Accounts.session(session).filter(csrf()).when().post("/logout").then().statusCode(303);

        Response refused = Accounts.session(session).when().get("/articles");

        assertThat(refused.getCookie(Accounts.CREDENTIAL_COOKIE), equalTo(""));
        assertThat(refused.getCookie("fcw-session"), equalTo(""));
        Accounts.session(session).when().get("/login")
                .then().statusCode(200)
                .body(containsString("action=\"/j_security_check\""))
                .body(not(containsString("Sign out")));
    }

    @Test
    void signingOutEndsOnlyThatBrowsersSession() {
        String laptop = Accounts.signIn("reviewer");
        String phone = Accounts.signIn("reviewer");

        Accounts.session(laptop).filter(csrf()).when().post("/logout").then().statusCode(303);

        Accounts.session(laptop).when().get("/articles").then().statusCode(302);
        Accounts.session(phone).when().get("/articles").then().statusCode(200);
    }

    @Test
    void theCookieNamingTheUserIsNoSessionWithoutTheSessionCookie() {
        String session = Accounts.signIn("reviewer");
        String userOnly = session.substring(0, session.indexOf("; "));

        Accounts.session(userOnly).when().get("/articles")
                .then().statusCode(302)
                .header("Location", equalTo("/login"));
    }

    @Test
    void aSessionOfOneAccountDoesNotSignInAnother() {
        String reviewer = Accounts.signIn("reviewer");
        String admin = Accounts.signIn("admin");
        String adminUserWithReviewerSession = admin.substring(0, admin.indexOf("; "))
                + reviewer.substring(reviewer.indexOf("; "));

        Accounts.session(adminUserWithReviewerSession).when().get("/admin/users")
                .then().statusCode(302)
                .header("Location", equalTo("/login"));
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndKeepsThisBrowserSignedIn() {
        String here = Accounts.signIn("reviewer");
        String elsewhere = Accounts.signIn("reviewer");
        String copyOfHere = here;

        Response changed = Accounts.session(here).filter(csrf())
                .formParam("currentPassword", Accounts.PASSWORD).formParam("newPassword", NEW_PASSWORD)
                .when().post("/account/password")
                .then().statusCode(303)
                .extract().response();

        Accounts.session(Accounts.afterAnswer(here, changed)).when().get("/account?passwordChanged=true")
                .then().statusCode(200)
                .body(containsString("Your password is changed."));
        Accounts.session(copyOfHere).when().get("/articles").then().statusCode(302);
        Accounts.session(elsewhere).when().get("/articles").then().statusCode(302);
    }

    @Test
    void anAdminsPasswordResetEndsEverySessionOfTheAccount() {
        String reviewer = Accounts.signIn("reviewer");

        Accounts.basic("admin").contentType(ContentType.JSON).body(Map.of("password", NEW_PASSWORD))
                .when().patch("/api/users/reviewer")
                .then().statusCode(200);

        Accounts.session(reviewer).when().get("/articles").then().statusCode(302);
    }

    @Test
    void disablingEndsSessionsAndTokensAndEnablingAgainBringsNeitherBack() {
        String reviewer = Accounts.signIn("reviewer");
        String token = Accounts.basic("reviewer").contentType(ContentType.JSON).body(Map.of("name", "CMS"))
                .when().post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
        String admin = Accounts.signIn("admin");

        saveReviewer(admin, false);
        saveReviewer(admin, true);

        Accounts.session(reviewer).when().get("/articles").then().statusCode(302);
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
        Accounts.basic("reviewer").get("/api/tokens")
                .then().statusCode(200)
                .body("[0].revokedAt", notNullValue());
        Accounts.session(Accounts.signIn("reviewer")).when().get("/articles").then().statusCode(200);
    }

    @Test
    void disablingThroughTheApiRevokesTheTokensToo() {
        String token = Accounts.basic("reviewer").contentType(ContentType.JSON).body(Map.of("name", "CMS"))
                .when().post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");

        Accounts.basic("admin").contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/users/reviewer").then().statusCode(200);
        Accounts.basic("admin").contentType(ContentType.JSON).body(Map.of("enabled", true))
                .when().patch("/api/users/reviewer").then().statusCode(200);

        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
        Accounts.basic("reviewer").get("/api/me").then().statusCode(200);
    }

    private static void saveReviewer(String adminSession, boolean enabled) {
        var request = Accounts.session(adminSession).filter(csrf())
                .formParam("displayName", "").formParam("role", "REVIEWER").formParam("password", "");
        if (enabled) {
            request.formParam("enabled", "true");
        }
        request.when().post("/admin/users/reviewer").then().statusCode(303);
    }
}
