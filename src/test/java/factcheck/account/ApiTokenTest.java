package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.EmptyDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static factcheck.support.Accounts.basic;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
@EmptyDatabase
class ApiTokenTest {

    @Inject
    Accounts accounts;

    @BeforeEach
    void aReviewer() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.ADMIN);
    }

    @Test
    void tokenIsShownOnceAndThenWorksAsBearer() {
        String token = createToken("reviewer", "CMS plug-in");

        given().header("Authorization", "Bearer " + token).get("/api/me")
                .then().statusCode(200).body("username", equalTo("reviewer")).body("role", equalTo("REVIEWER"));
        basic("reviewer").get("/api/tokens")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].name", equalTo("CMS plug-in"))
                .body("[0].prefix", equalTo(token.substring(0, 10)))
                .body("[0].token", nullValue())
                .body("[0].lastUsedAt", notNullValue())
                .body(not(containsString(token)));
    }

    @Test
    void theAnswerCarryingTheSecretIsNeverStored() {
        basic("reviewer").contentType(ContentType.JSON).body(Map.of("name", "CMS"))
                .when().post("/api/tokens")
                .then().statusCode(201)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void tokenActsWithItsOwnersRoleOnly() {
        String token = createToken("reviewer", "CMS");

        given().header("Authorization", "Bearer " + token).get("/api/users").then().spec(problem(403));
    }

    @Test
    void onlyAHashIsStored() {
        String token = createToken("reviewer", "CMS");

        String stored = QuarkusTransaction.requiringNew()
                .call(() -> ApiToken.<ApiToken>findAll().firstResult().tokenHash);

        assertNotEquals(token, stored);
        assertEquals(ApiTokens.sha256(token), stored);
    }

    @Test
    void revokedTokenStopsWorking() {
        String token = createToken("reviewer", "CMS");
        long id = basic("reviewer").get("/api/tokens").then().extract().jsonPath().getLong("[0].id");

        basic("reviewer").delete("/api/tokens/" + id)
                .then().statusCode(200).body("revokedAt", notNullValue());

        given().header("Authorization", "Bearer " + token).get("/api/me").then().spec(problem(401));
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        createToken("reviewer", "CMS");
        long id = basic("reviewer").get("/api/tokens").then().extract().jsonPath().getLong("[0].id");

        basic("admin").delete("/api/tokens/" + id).then().spec(problem(404));
        basic("reviewer").get("/api/tokens").then().body("[0].revokedAt", nullValue());
    }

    @Test
    void tokenOfDisabledAccountStopsWorking() {
        String token = createToken("reviewer", "CMS");

        basic("admin").contentType(ContentType.JSON).body(Map.of("enabled", false)).patch("/api/users/reviewer")
                .then().statusCode(200);

        given().header("Authorization", "Bearer " + token).get("/api/me").then().spec(problem(401));
    }

    @Test
    void madeUpTokenIsRefused() {
        given().header("Authorization", "Bearer fcw_notarealtokenatall").get("/api/me").then().spec(problem(401));
        given().header("Authorization", "Bearer something-else").get("/api/me").then().spec(problem(401));
    }

    @Test
    void tokenNeedsAName() {
        basic("reviewer").contentType(ContentType.JSON).body(Map.of("name", "  "))
                .post("/api/tokens").then().spec(problem(400)).body("errors[0].field", equalTo("name"));
        basic("reviewer").get("/api/tokens").then().body("", hasSize(0));
    }

    private static String createToken(String username, String name) {
        String token = basic(username).contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/tokens")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .extract().path("token");
        assertThat(token, startsWith("fcw_"));
        return token;
    }
}
