package factcheck.web;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Content-Type that is not a media type at all ({@code foo}, {@code a/b/c}) is answered like any media type the
 * endpoint does not take: 415, as a problem document, with nothing changed.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
class UnparseableContentTypeTest {

    private static final String BODY = "{\"text\": \"A fresh text about 12 people in Paris in 2020.\"}";

    @TestHTTPResource("/")
    URI baseUri;

    private long articleId;
    private long claimId;

    @BeforeEach
    void importArticle() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        articleId = article.getLong("id");
        claimId = Api.claimContaining(article, "140 people");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"foo", "text", "a/b/c", "/json", "application/", "text/plain/html; charset=UTF-8", ";"})
    void importWithAnUnparseableContentTypeIsUnsupported(String contentType) throws Exception {
        HttpResponse<String> answer = send("POST", "/api/articles", contentType, BODY);

        assertUnsupported(answer);
        given().when().get("/api/articles").then().body("total", is(1));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "PATCH, /api/claims/{claim}",
            "PUT, /api/articles/{article}/text",
            "POST, /api/articles/{article}/claims",
            "POST, /api/claims/{claim}/sources",
            "POST, /api/claims/{claim}/notes",
            "POST, /api/claims/{claim}/merge",
            "PUT, /api/claims/{claim}/assignee",
            "POST, /api/extract",
            "POST, /api/tokens",
            "POST, /api/users"})
    void everyWriteAnswersAnUnparseableContentTypeAsUnsupported(String method, String path) throws Exception {
        String address = path.replace("{claim}", String.valueOf(claimId)).replace("{article}", String.valueOf(articleId));

        assertUnsupported(send(method, address, "a/b/c", "{}"));
        assertUnsupported(send(method, address, "foo", "{}"));
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", contentType)
                .header("If-Match", "*")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnsupported(HttpResponse<String> answer) {
        assertEquals(415, answer.statusCode(), answer.body());
        assertThat(answer.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertThat(JsonPath.from(answer.body()).getString("detail"), containsString("media type"));
    }
}
