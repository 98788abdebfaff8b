package factcheck.support;

import factcheck.account.AccountService;
import factcheck.account.NewAccount;
import factcheck.account.Role;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

import static io.restassured.RestAssured.given;

/** Real accounts for tests of sign-in and permissions, which must not run under {@code @TestSecurity}. */
@ApplicationScoped
public class Accounts {

    public static final String PASSWORD = "correct horse battery";

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

    /** Signs in through the login form; returns the session cookie's value. */
    public static String signIn(String username) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .when().post("/j_security_check");
        String session = response.getCookie("quarkus-credential");
        if (response.statusCode() != 302 || session == null) {
            throw new AssertionError("Signing in as " + username + " failed: " + response.statusCode());
        }
        return session;
    }

    /** A page request in the user's browser session. */
    public static RequestSpecification session(String sessionCookie) {
        return given().redirects().follow(false).cookie("quarkus-credential", sessionCookie);
    }
}
