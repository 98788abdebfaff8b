package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static factcheck.support.Accounts.basic;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTTP Basic goes through the same login guard as the login form. */
@QuarkusTest
@EmptyDatabase
class PasswordGuessingTest {

    @Inject
    Accounts accounts;

    @BeforeEach
    void twoAccounts() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefused() {
        for (int attempt = 0; attempt < 5; attempt++) {
            wrongPassword("reviewer").then().spec(problem(401));
        }

        basic("reviewer").get("/api/me").then().spec(problem(401));
        basic("editor").get("/api/me").then().statusCode(200);
    }

    @Test
    void fewerWrongPasswordsDoNotLockTheAccount() {
        for (int attempt = 0; attempt < 4; attempt++) {
            wrongPassword("reviewer").then().spec(problem(401));
        }

        basic("reviewer").get("/api/me").then().statusCode(200);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        String unknownUser = given().auth().preemptive().basic("nobody", Accounts.PASSWORD).get("/api/me")
                .then().spec(problem(401)).extract().body().asString();
        String wrongPassword = wrongPassword("reviewer").then().spec(problem(401)).extract().body().asString();

        assertEquals(unknownUser, wrongPassword);
    }

    private static Response wrongPassword(String username) {
        return given().auth().preemptive().basic(username, "not the password at all").get("/api/me");
    }
}
