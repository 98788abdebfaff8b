package factcheck.article;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.SimultaneousRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor deletes an article while reviewers are saving its claims: every request gets a clear answer (done,
 * refused as a conflict, or not found because the article is gone), and the article goes with all its claims.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ArticleDeletionRaceTest {

    private static final int WRITERS = 30;
    private static final Set<Integer> CLEAR_ANSWERS = Set.of(200, 201, 204, 404, 409);

    @TestHTTPResource("/")
    URI baseUri;

    private long articleId;
    private List<Long> claimIds;

    @BeforeEach
    void importArticle() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        articleId = article.getLong("id");
        claimIds = article.getList("claims.id", Long.class);
    }

    @RepeatedTest(3)
    void deletingAnArticleWhileItsClaimsAreSavedAnswersEveryRequestClearly() throws Exception {
        List<HttpResponse<String>> answers = SimultaneousRequests.send(WRITERS + 1,
                i -> i == WRITERS ? delete() : claimWrite(i, claimIds.get(i % claimIds.size())));

        for (HttpResponse<String> answer : answers) {
            assertTrue(CLEAR_ANSWERS.contains(answer.statusCode()),
                    answer.request().method() + " " + answer.request().uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        assertEquals(204, answers.get(WRITERS).statusCode(), answers.get(WRITERS).body());
        given().get("/api/articles/" + articleId).then().statusCode(404);
        given().get("/api/claims?article=" + articleId).then().statusCode(200).body("total", equalTo(0));
    }

    private HttpRequest delete() {
        return HttpRequest.newBuilder(baseUri.resolve("/api/articles/" + articleId)).DELETE().build();
    }

    /** Every kind of claim write a reviewer's tool makes, in turn. */
    private HttpRequest claimWrite(int writer, long claimId) {
        return switch (writer % 6) {
            case 0 -> json("PATCH", "/api/claims/" + claimId, "*",
                    "{\"status\": \"IN_PROGRESS\", \"rationale\": \"Writer " + writer + "\"}");
            case 1 -> json("PATCH", "/api/claims/" + claimId, "\"0\"", "{\"verdict\": \"FALSE\", \"rationale\": \"The ministry's figure differs.\"}");
            case 2 -> json("POST", "/api/claims/" + claimId + "/sources", null,
                    "{\"url\": \"https://example.org/" + writer + "\", \"stance\": \"CONTEXT\"}");
            case 3 -> json("POST", "/api/claims/" + claimId + "/notes", null, "{\"text\": \"Note " + writer + "\"}");
            case 4 -> json("POST", "/api/articles/" + articleId + "/claims", null, "{\"start\": 0, \"end\": 29}");
            default -> json("PUT", "/api/claims/" + claimId + "/assignee", null, "{\"username\": null}");
        };
    }

    private HttpRequest json(String method, String path, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }
}
