package factcheck.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/new", "/api/articles", "/css/workbench.css", "/articles/987654"})
    void pagesAndApiForbidInlineScriptFramingAndSniffing(String path) {
        given().when().get(path)
                .then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/swagger-ui/", "/q/openapi", "/q/health"})
    void quarkusToolsMayNotBeFramedOrSniffedEither(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("object-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void swaggerUiKeepsTheInlineScriptsItNeedsAndNothingElse() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline';"))
                .header("Content-Security-Policy", containsString("default-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/articles", "/articles/new", "/api/articles", "/articles/987654", "/api/me", "/login"})
    void pagesAndApiAnswersAreNeverStored(String path) {
        given().when().get(path)
                .then()
                .header("Cache-Control", equalTo("no-store"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/workbench.css", "/js/workbench.js", "/webjars/htmx.org/2.0.8/dist/htmx.min.js"})
    void theApplicationsOwnFilesMayBeCached(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .header("Cache-Control", not(containsString("no-store")));
    }
}
