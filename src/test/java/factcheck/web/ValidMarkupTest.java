package factcheck.web;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.MarkupChecker;
import factcheck.support.Reviews;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static factcheck.support.Accounts.basic;
import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every full page the workbench renders is valid HTML by the Nu Html Checker (the W3C validator): each page type,
 * with data in every part of it, and the forms shown again with their errors. htmx fragments are parts of a page,
 * not documents, and are left out.
 */
@QuarkusTest
@EmptyDatabase
class ValidMarkupTest {

    @Inject
    Accounts accounts;

    private String admin;
    private long articleId;
    private long reviewedClaim;
    private long assignedClaim;

    @BeforeEach
    void createAReviewedArticle() {
        accounts.create(Role.ADMIN);
        accounts.create(Role.REVIEWER);
        JsonPath article = basic("admin").contentType(ContentType.JSON)
                .body(Map.of("text", Api.FACTUAL_TEXT, "url", "https://example.org/crocus", "outlet", "Example Times",
                        "author", "A. Reporter", "publishedOn", "2024-03-23"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        articleId = article.getLong("id");
        reviewedClaim = Api.claimContaining(article, "140 people");
        assignedClaim = Api.claimContaining(article, "10 million");
        basic("admin").contentType(ContentType.JSON).header("If-Match", "*").body(Reviews.verdict("MOSTLY_TRUE"))
                .patch("/api/claims/" + reviewedClaim).then().statusCode(200);
        basic("admin").contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/ministry", "title", "Casualty figures", "publisher",
                        "Interior ministry", "excerpt", "140 dead", "stance", "SUPPORTS", "publishedOn", "2024-03-24"))
                .post("/api/claims/" + reviewedClaim + "/sources").then().statusCode(201);
        basic("admin").contentType(ContentType.JSON).body(Map.of("text", "Ask the desk about the toll."))
                .post("/api/claims/" + reviewedClaim + "/notes").then().statusCode(201);
        basic("admin").contentType(ContentType.JSON).body(Map.of("username", "admin"))
                .put("/api/claims/" + assignedClaim + "/assignee").then().statusCode(200);
        admin = Accounts.signIn("admin");
    }

    @Test
    void theCheckerReportsInvalidMarkup() {
        List<String> errors = MarkupChecker.errorsIn("""
                <!DOCTYPE html>
                <html lang="en"><title>Claims</title>
                <form hx-post="/claims/1"><input type="date" value="soon"></form>
                """);

        assertEquals(2, errors.size(), errors.toString());
        assertThat(errors.get(0), startsWith("line 3: Attribute “hx-post” not allowed on element “form”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(Page page) {
        Response response = page.request().apply(this);

        assertEquals(page.status(), response.statusCode(), page.name());
        assertThat(response.contentType(), startsWith("text/html"));
        List<String> errors = MarkupChecker.errorsIn(response.asString());
        assertTrue(errors.isEmpty(), "The " + page.name() + " has " + errors.size() + " markup errors:\n"
                + String.join("\n", errors));
    }

    /** A page and how a browser reaches it. */
    record Page(String name, int status, Function<ValidMarkupTest, Response> request) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Page> pages() {
        return Stream.of(
                new Page("login page", 200, test -> given().get("/login")),
                new Page("login page after a failed sign-in", 200, test -> given().get("/login?failed=true")),
                new Page("article list", 200, test -> test.get("/articles")),
                new Page("import form", 200, test -> test.get("/articles/new")),
                new Page("import form with field errors", 400, test -> test.browser().filter(csrf())
                        .multiPart("text", "   ", "text/plain").multiPart("url", "not an address")
                        .post("/articles")),
                new Page("article page", 200, test -> test.get("/articles/" + test.articleId)),
                new Page("article page with a claim open", 200,
                        test -> test.get("/articles/" + test.articleId + "?claim=" + test.reviewedClaim)),
                new Page("article page after a text correction", 200, ValidMarkupTest::afterATextCorrection),
                new Page("article page refusing a new claim", 400,
                        test -> test.post("/articles/" + test.articleId + "/claims", "start", "end", "end", "1")),
                new Page("text correction form", 200, test -> test.get("/articles/" + test.articleId + "/edit")),
                new Page("text correction form with field errors", 400,
                        test -> test.post("/articles/" + test.articleId + "/text", "text", " ", "version", "0")),
                new Page("text correction form after a conflicting edit", 409,
                        test -> test.post("/articles/" + test.articleId + "/text", "text", "Older text.",
                                "version", "-1")),
                new Page("comparison page without an original", 200,
                        test -> test.get("/articles/" + test.articleId + "/comparison")),
                new Page("comparison page with its original", 200, test -> {
                    basic("admin").contentType("application/json")
                            .body(Map.of("text", Api.FACTUAL_TEXT.replace("140 people", "145 people")))
                            .put("/api/articles/" + test.articleId + "/original").then().statusCode(200);
                    return test.get("/articles/" + test.articleId + "/comparison");
                }),
                new Page("comparison page with field errors", 400,
                        test -> test.post("/articles/" + test.articleId + "/original", "text", " ", "articleId", "")),
                new Page("claim page", 200, test -> test.get("/claims/" + test.reviewedClaim)),
                new Page("claim page of a claim whose sentence changed", 200, test -> {
                    afterATextCorrection(test);
                    return test.get("/claims/" + test.reviewedClaim);
                }),
                new Page("claim page with a review error", 422,
                        test -> test.post("/claims/" + test.reviewedClaim, "decision", "FALSE", "rationale", "",
                                "version", test.claimVersion())),
                new Page("claim page with source errors", 400,
                        test -> test.post("/claims/" + test.reviewedClaim + "/sources", "url", "nowhere",
                                "publishedOn", "soon")),
                new Page("claim page with a note error", 400,
                        test -> test.post("/claims/" + test.reviewedClaim + "/notes", "text", " ")),
                new Page("claim page after a conflicting review", 409,
                        test -> test.post("/claims/" + test.reviewedClaim, "decision", "FALSE", "rationale",
                                Reviews.RATIONALE, "version", "-1")),
                new Page("claim list", 200, test -> test.get("/claims")),
                new Page("claim list with field errors", 400, test -> test.get("/claims?status=LOST&sort=ODD")),
                new Page("claim list with nothing left to review", 200,
                        test -> test.get("/claims?status=UNREVIEWED&nothingLeft=true")),
                new Page("queue", 200, test -> test.get("/queue")),
                new Page("reports page", 200, test -> test.get("/reports")),
                new Page("reports page with totals", 200, test -> test.get("/reports?run=true")),
                new Page("reports page with field errors", 400, test -> test.get("/reports?from=yesterday")),
                new Page("print view of an article's report", 200,
                        test -> test.get("/articles/" + test.articleId + "/report?format=html")),
                new Page("report across articles", 200, test -> test.get("/reports/export?format=html")),
                new Page("account page", 200, test -> test.get("/account")),
                new Page("account page with a new token", 200, test -> test.post("/account/tokens", "name", "CMS")),
                new Page("account page with field errors", 400,
                        test -> test.post("/account/password", "currentPassword", "wrong", "newPassword", "short")),
                new Page("users page", 200, test -> test.get("/admin/users?saved=reviewer")),
                new Page("users page with field errors", 400,
                        test -> test.post("/admin/users", "username", "No Spaces", "role", "BOSS", "password", "x")),
                new Page("user page", 200, test -> test.get("/admin/users/reviewer")),
                new Page("user page with field errors", 400,
                        test -> test.post("/admin/users/reviewer", "role", "BOSS", "password", "x")),
                new Page("page not found", 404, test -> test.get("/no/such/page")),
                new Page("claim not found", 404, test -> test.get("/claims/0")),
                new Page("page refused to a reviewer", 403,
                        test -> Accounts.session(Accounts.signIn("reviewer")).get("/admin/users")),
                new Page("page for a method not allowed", 405, test -> test.browser().delete("/articles")));
    }

    /** Corrects the reviewed claim's sentence, so that it needs review again; answers the page the edit leads to. */
    private static Response afterATextCorrection(ValidMarkupTest test) {
        long version = basic("admin").get("/api/articles/" + test.articleId).then().extract().jsonPath()
                .getLong("version");
        String corrected = Api.FACTUAL_TEXT.replace("killed 140 people", "killed 145 people");
        Response edit = test.post("/articles/" + test.articleId + "/text", "text", corrected,
                "version", String.valueOf(version));
        assertEquals(303, edit.statusCode(), "the correction is saved");
        return test.get(edit.header("Location"));
    }

    private String claimVersion() {
        return basic("admin").get("/api/claims/" + reviewedClaim).then().extract().jsonPath().getString("version");
    }

    private RequestSpecification browser() {
        return Accounts.session(admin);
    }

    private Response get(String path) {
        return browser().get(path);
    }

    /** A page form sent with the session's CSRF token; {@code fields} are name, value pairs. */
    private Response post(String path, String... fields) {
        RequestSpecification request = browser().filter(csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }
}
