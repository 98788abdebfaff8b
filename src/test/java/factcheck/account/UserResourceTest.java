package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static factcheck.support.Accounts.basic;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@EmptyDatabase
class UserResourceTest {

    @Inject
    Accounts accounts;

    @Inject
    AccountService accountService;

    @BeforeEach
    void anAdmin() {
        accounts.create(Role.ADMIN);
    }

    @Test
    void adminCreatesAccountThatCanSignIn() {
        basic("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "Maria.K", "password", "a long enough secret", "role", "EDITOR",
                        "displayName", "Maria K."))
                .when().post("/api/users")
                .then().statusCode(201)
                .header("Location", endsWith("/api/users/maria.k"))
                .body("username", equalTo("maria.k"))
                .body("role", equalTo("EDITOR"))
                .body("displayName", equalTo("Maria K."))
                .body("enabled", equalTo(true))
                .body(not(containsString("password")))
                .body(not(containsString("$2a$")));

        assertThat(
                given().auth().preemptive().basic("maria.k", "a long enough secret")
                        .get("/api/me").then().statusCode(200).extract().path("role"), equalTo("EDITOR"));
    }

    @Test
    void passwordIsStoredAsBcrypt() {
        accounts.create("reviewer", Role.REVIEWER);

        String hash = QuarkusTransaction.requiringNew()
                .call(() -> Account.findByUsername("reviewer").orElseThrow().passwordHash);

        assertEquals("$2a$", hash.substring(0, 4), hash);
        assertThat(hash, not(containsString(Accounts.PASSWORD)));
    }

    @Test
    void listsAccountsWithoutSecrets() {
        accounts.create("reviewer", Role.REVIEWER);

        basic("admin").get("/api/users")
                .then().statusCode(200)
                .body("username", hasItems("admin", "reviewer"))
                .body("[0].passwordHash", nullValue())
                .body(not(containsString("$2a$")));
    }

    @Test
    void takenUsernameIsConflict() {
        basic("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "ADMIN", "password", "a long enough secret", "role", "REVIEWER"))
                .when().post("/api/users")
                .then().spec(problem(409)).body("detail", containsString("taken"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "username | x | 2 to 40",
            "username | has space | 2 to 40",
            "username | '' | Enter a username",
            "password | short | at least 12",
            "password | '' | Enter a password",
            "password | 123456789012 | too easy",
            "password | aaaaaaaaaaaaaaaa | too easy",
            "password | newcomer-password | must not contain the username",
            "role | '' | role",
    })
    void invalidAccountIsRefusedNextToItsField(String field, String value, String message) {
        Map<String, Object> body = new HashMap<>(Map.of("username", "newcomer", "password", "a long enough secret",
                "role", "REVIEWER"));
        body.put(field, value.isEmpty() && field.equals("role") ? null : value);

        basic("admin").contentType(ContentType.JSON).body(body)
                .when().post("/api/users")
                .then().spec(problem(400))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));

        assertEquals(1, accountService.list().size(), "nothing created");
    }

    @Test
    void passwordLongerThanBcryptReadsIsRefused() {
        basic("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "newcomer", "password", "é".repeat(37), "role", "REVIEWER"))
                .when().post("/api/users")
                .then().spec(problem(400)).body("errors[0].message", containsString("at most 72 bytes"));
    }

    @Test
    void unknownRoleNamesTheAllowedOnes() {
        basic("admin").contentType(ContentType.JSON)
                .body(Map.of("username", "newcomer", "password", "a long enough secret", "role", "OWNER"))
                .when().post("/api/users")
                .then().spec(problem(400)).body("detail", containsString("REVIEWER, EDITOR, ADMIN"));
    }

    @Test
    void adminChangesRoleAndDisablesAccount() {
        accounts.create("reviewer", Role.REVIEWER);

        basic("admin").contentType(ContentType.JSON).body(Map.of("role", "EDITOR", "displayName", "Rev"))
                .when().patch("/api/users/reviewer")
                .then().statusCode(200).body("role", equalTo("EDITOR")).body("displayName", equalTo("Rev"));
        basic("reviewer").get("/api/me").then().statusCode(200).body("role", equalTo("EDITOR"));

        basic("admin").contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/users/reviewer")
                .then().statusCode(200).body("enabled", equalTo(false));
        basic("reviewer").get("/api/me").then().spec(problem(401));
    }

    @Test
    void adminResetsPassword() {
        accounts.create("reviewer", Role.REVIEWER);

        basic("admin").contentType(ContentType.JSON).body(Map.of("password", "a brand new secret"))
                .when().patch("/api/users/reviewer").then().statusCode(200);

        basic("reviewer").get("/api/me").then().spec(problem(401));
        given().auth().preemptive().basic("reviewer", "a brand new secret")
                .get("/api/me").then().statusCode(200);
    }

    @Test
    void lastAdminCannotBeDemotedOrDisabled() {
        basic("admin").contentType(ContentType.JSON).body(Map.of("role", "EDITOR"))
                .when().patch("/api/users/admin").then().spec(problem(409)).body("detail", containsString("last"));
        basic("admin").contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/api/users/admin").then().spec(problem(409));

        basic("admin").get("/api/me").then().statusCode(200).body("role", equalTo("ADMIN"));
    }

    @Test
    void secondAdminMayDemoteTheFirst() {
        accounts.create("chief", Role.ADMIN);

        basic("chief").contentType(ContentType.JSON).body(Map.of("role", "EDITOR"))
                .when().patch("/api/users/admin").then().statusCode(200).body("role", equalTo("EDITOR"));
    }

    @Test
    void unknownUserIsNotFound() {
        basic("admin").get("/api/users/nobody").then().spec(problem(404));
        basic("admin").contentType(ContentType.JSON).body(Map.of("role", "EDITOR"))
                .when().patch("/api/users/nobody").then().spec(problem(404));
    }
}
