package factcheck.web;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Redirects name paths, never the host the client claimed in its {@code Host} header, so no cache or proxy in
 * front can be made to send users elsewhere.
 */
@QuarkusTest
@EmptyDatabase
class RedirectLocationTest {

    private static final String EVIL = "evil.example";

    @Inject
    Accounts accounts;

    @BeforeEach
    void createAccount() {
        accounts.create(Role.REVIEWER);
    }

    @Test
    void theLoginChallengeNamesAPath() {
        given().redirects().follow(false).header("Host", EVIL)
                .when().get("/articles")
                .then().statusCode(302)
                .header("Location", equalTo("/login"));
    }

    @Test
    void signingInLandsOnAPath() {
        signInFrom(EVIL, Accounts.PASSWORD).then().statusCode(302).header("Location", equalTo("/articles"));
        signInFrom(EVIL, "not the password at all").then().header("Location", equalTo("/login?failed=true"));
    }

    @Test
    void thePageAskedForBeforeSigningInIsAPathToo() {
        Response challenge = given().redirects().follow(false).header("Host", EVIL).when().get("/queue?mine=1");
        String remembered = challenge.getCookie("quarkus-redirect-location");

        signInFrom(EVIL, Accounts.PASSWORD, remembered)
                .then().statusCode(302)
                .header("Location", equalTo("/queue?mine=1"));
    }

    @Test
    void aRememberedPageStartingWithTwoSlashesDoesNotLeadToAnotherHost() {
        String own = "localhost:" + RestAssured.port;
        signInFrom(own, Accounts.PASSWORD, "http://" + own + "//" + EVIL + "/login")
                .then().statusCode(302)
                .header("Location", equalTo("/" + EVIL + "/login"));
    }

    @Test
    void pageRedirectsNameAPath() {
        String session = Accounts.signIn("reviewer");

        Accounts.session(session).filter(csrf()).header("Host", EVIL)
                .when().post("/logout")
                .then().statusCode(303)
                .header("Location", equalTo("/login?signedOut=true"));
    }

    private static Response signInFrom(String host, String password) {
        return signInFrom(host, password, null);
    }

    private static Response signInFrom(String host, String password, String rememberedPage) {
        var request = given().redirects().follow(false)
                .header("Host", host).header("Origin", "http://" + host)
                .formParam("j_username", "reviewer").formParam("j_password", password);
        if (rememberedPage != null) {
            request.cookie("quarkus-redirect-location", rememberedPage);
        }
        Response response = request.when().post("/j_security_check");
        assertEquals(302, response.statusCode(), response.headers().toString());
        return response;
    }
}
