package factcheck.support;

import factcheck.account.AccountService;
import factcheck.account.NewAccount;
import factcheck.account.Role;
import factcheck.web.BrowserSessionCookie;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

import static io.restassured.RestAssured.given;

/** Real accounts for tests of sign-in and permissions, which must not run under {@code @TestSecurity}. */
@ApplicationScoped
public class Accounts {

    public static final String PASSWORD = "correct horse battery";
    /** Quarkus' encrypted cookie naming the signed-in user. */
    public static final String CREDENTIAL_COOKIE = "quarkus-credential";

    private final AccountService accounts;

    Accounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Creates an account named after its role (reviewer, editor, admin) with {@link #PASSWORD}. */
    public String create(Role role) {
        return create(role.name().toLowerCase(Locale.ROOT), role);
    }

    public String create(String username, Role role) {
        accounts.create(new NewAccount(username, PASSWORD, role, null));
        return username;
    }

    /** An API request with the user's HTTP Basic credentials. */
    public static RequestSpecification basic(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** Signs in through the login form; returns the browser's session cookies, for {@link #session}. */
    public static String signIn(String username) {
        Response response = loginForm(username, PASSWORD).when().post("/j_security_check");
        String session = cookiesOf(response);
        if (response.statusCode() != 302 || session == null) {
            throw new AssertionError("Signing in as " + username + " failed: " + response.statusCode());
        }
        return session;
    }

    /** The login form as a browser posts it from the login page: with this workbench as its Origin. */
    public static RequestSpecification loginForm(String username, String password) {
        return given().redirects().follow(false)
                .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
                .formParam("j_username", username).formParam("j_password", password);
    }

    /**
     * The session cookies a sign-in answered with, as one string for {@link #session}: Quarkus' cookie naming the
     * user and the workbench's naming the session. Null when either is missing.
     */
    public static String cookiesOf(Response signIn) {
        String credential = signIn.getCookie(CREDENTIAL_COOKIE);
        String session = signIn.getCookie(BrowserSessionCookie.NAME);
        if (credential == null || session == null) {
            return null;
        }
        return CREDENTIAL_COOKIE + "=" + credential + "; " + BrowserSessionCookie.NAME + "=" + session;
    }

    /** The session cookies after the browser took in an answer that may have set new ones, as a browser does. */
    public static String afterAnswer(String sessionCookies, Response answer) {
        StringBuilder cookies = new StringBuilder();
        for (String cookie : sessionCookies.split("; ")) {
            String name = cookie.substring(0, cookie.indexOf('='));
            String renewed = answer.getCookie(name);
            cookies.append(cookies.isEmpty() ? "" : "; ").append(renewed == null ? cookie : name + "=" + renewed);
        }
        return cookies.toString();
    }

    /** A page request in the browser session that {@link #signIn} or {@link #cookiesOf} returned. */
    public static RequestSpecification session(String sessionCookies) {
        RequestSpecification request = given().redirects().follow(false);
        for (String cookie : sessionCookies.split("; ")) {
            int equals = cookie.indexOf('=');
            request.cookie(cookie.substring(0, equals), cookie.substring(equals + 1));
        }
        return request;
    }
}
