package factcheck.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * Requests refused before they reach an endpoint (no such address, wrong method) get the error page, even for a
 * signed-in user whose identity is not resolved at that point.
 */
@QuarkusTest
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ErrorPageTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, /no/such/page, 404", "GET, /claims/12/nothing-here, 404", "DELETE, /articles, 405"})
    void unknownAddressesGetTheErrorPage(String method, String path, int status) {
        given().when().request(method, path)
                .then().statusCode(status)
                .contentType(containsString("text/html"))
                .body(containsString("Fact-Check Workbench"));
    }
}
