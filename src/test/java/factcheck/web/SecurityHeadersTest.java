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
import static org.hamcrest.Matchers.nullValue;

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

    @Test
    void swaggerUiKeepsTheInlineScriptsItNeeds() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .header("Content-Security-Policy", nullValue());
    }
}
