package factcheck.account;

import factcheck.article.Article;
import factcheck.claim.Claim;
import factcheck.claim.ClaimStatus;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every cell of the role table, through the REST API with real credentials: anonymous callers get 401, roles
 * without the permission 403 and no change, the others the normal answer.
 */
@QuarkusTest
@EmptyDatabase
class RoleMatrixApiTest {

    /** Who calls: nobody, or a signed-in account of a role. */
    enum Caller {
        ANONYMOUS(null), REVIEWER(Role.REVIEWER), EDITOR(Role.EDITOR), ADMIN(Role.ADMIN);

        final Role role;

        Caller(Role role) {
            this.role = role;
        }

        boolean mayDo(Role needed) {
            return role != null && role.ordinal() >= needed.ordinal();
        }
    }

    /** One API action: the role it needs, the request, and the status it answers when allowed. */
    enum Action {
        LIST_ARTICLES(Role.REVIEWER, 200, (fixture, request) -> request.get("/api/articles")),
        READ_ARTICLE(Role.REVIEWER, 200, (fixture, request) -> request.get("/api/articles/" + fixture.articleId)),
        READ_CLAIM(Role.REVIEWER, 200, (fixture, request) -> request.get("/api/claims/" + fixture.claimId)),
        READ_REPORT(Role.REVIEWER, 200,
                (fixture, request) -> request.get("/api/articles/" + fixture.articleId + "/report?format=md")),
        READ_REPORT_ACROSS_ARTICLES(Role.REVIEWER, 200, (fixture, request) -> request.get("/api/reports?format=csv")),
        READ_HISTORY(Role.REVIEWER, 200, (fixture, request) -> request.get("/api/claims/" + fixture.claimId + "/history")),
        PREVIEW_EXTRACTION(Role.REVIEWER, 200, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("text", Api.FACTUAL_TEXT)).post("/api/extract")),
        REVIEW_CLAIM(Role.REVIEWER, 200, (fixture, request) -> request.contentType(ContentType.JSON)
                .header("If-Match", "*").body(Reviews.verdict("FALSE")).patch("/api/claims/" + fixture.claimId)),
        ADD_SOURCE(Role.REVIEWER, 201, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/toll", "stance", "REFUTES"))
                .post("/api/claims/" + fixture.claimId + "/sources")),
        ADD_NOTE(Role.REVIEWER, 201, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("text", "Ask the ministry.")).post("/api/claims/" + fixture.claimId + "/notes")),
        DISMISS_CLAIM(Role.REVIEWER, 200, (fixture, request) -> request.contentType(ContentType.JSON)
                .header("If-Match", "*").body(Map.of("status", "DISMISSED")).patch("/api/claims/" + fixture.claimId)),
        MARK_CLAIM(Role.REVIEWER, 201, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("start", 0, "end", "Attack on Moscow".length())).post("/api/articles/" + fixture.articleId + "/claims")),
        RESIZE_CLAIM(Role.REVIEWER, 200, (fixture, request) -> request.contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("start", Api.FACTUAL_TEXT.indexOf("killed"), "end", Api.FACTUAL_TEXT.indexOf(" at Crocus")))
                .put("/api/claims/" + fixture.claimId + "/span")),
        SPLIT_CLAIM(Role.REVIEWER, 200, (fixture, request) -> request.contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("at", Api.FACTUAL_TEXT.indexOf(" at Crocus"))).post("/api/claims/" + fixture.claimId + "/split")),
        MERGE_CLAIMS(Role.REVIEWER, 200, (fixture, request) -> request.contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("with", fixture.otherClaimId)).post("/api/claims/" + fixture.claimId + "/merge")),
        READ_QUEUE(Role.REVIEWER, 200, (fixture, request) -> request.get("/api/queue")),
        MANAGE_OWN_TOKENS(Role.REVIEWER, 201, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("name", "CMS")).post("/api/tokens")),
        IMPORT_ARTICLE(Role.EDITOR, 201, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("text", "A second article. The agency said 12 people were hurt on 3 May 2024."))
                .post("/api/articles")),
        EDIT_TEXT(Role.EDITOR, 200, (fixture, request) -> request.contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", Api.FACTUAL_TEXT + "\nA sentence added later.")).put("/api/articles/" + fixture.articleId + "/text")),
        DELETE_ARTICLE(Role.EDITOR, 204, (fixture, request) -> request.delete("/api/articles/" + fixture.articleId)),
        ASSIGN_CLAIM(Role.EDITOR, 200, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("username", "reviewer")).put("/api/claims/" + fixture.claimId + "/assignee")),
        LIST_USERS(Role.ADMIN, 200, (fixture, request) -> request.get("/api/users")),
        CREATE_USER(Role.ADMIN, 201, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("username", "newcomer", "password", "a long enough secret", "role", "REVIEWER"))
                .post("/api/users")),
        CHANGE_USER(Role.ADMIN, 200, (fixture, request) -> request.contentType(ContentType.JSON)
                .body(Map.of("role", "EDITOR")).patch("/api/users/reviewer"));

        final Role needs;
        final int allowedStatus;
        final BiFunction<Fixture, RequestSpecification, Response> call;

        Action(Role needs, int allowedStatus, BiFunction<Fixture, RequestSpecification, Response> call) {
            this.needs = needs;
            this.allowedStatus = allowedStatus;
            this.call = call;
        }
    }

    record Fixture(long articleId, long claimId, long otherClaimId) {
    }

    @Inject
    Accounts accounts;

    private Fixture fixture;

    @BeforeEach
    void accountsAndAnArticle() {
        for (Role role : Role.values()) {
            accounts.create(role);
        }
        var article = Api.importArticleAs("editor", Api.FACTUAL_TEXT);
        fixture = new Fixture(article.getLong("id"), Api.claimContaining(article, "140 people"),
                Api.claimContaining(article, "interior ministry"));
    }

    static Stream<Arguments> everyCell() {
        return Arrays.stream(Action.values())
                .flatMap(action -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(action, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyCell")
    void roleTableHoldsThroughTheApi(Action action, Caller caller) {
        Snapshot before = snapshot();
        RequestSpecification request = caller == Caller.ANONYMOUS ? given() : Accounts.basic(caller.name().toLowerCase());

        Response response = action.call.apply(fixture, request);

        if (caller == Caller.ANONYMOUS) {
            response.then().spec(problem(401)).header("WWW-Authenticate", notNullValue());
            assertEquals(before, snapshot(), "an anonymous request changes nothing");
        } else if (caller.mayDo(action.needs)) {
            response.then().statusCode(action.allowedStatus);
        } else {
            response.then().spec(problem(403));
            assertEquals(before, snapshot(), "a forbidden request changes nothing");
        }
    }

    /** What the state-changing actions above would change. */
    record Snapshot(long articles, String text, List<String> claims, ClaimStatus status, String assignee, long sources,
                    long notes, List<String> accounts, Role reviewerRole) {
    }

    private Snapshot snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = Article.findById(fixture.articleId);
            Claim claim = Claim.findById(fixture.claimId);
            return new Snapshot(Article.count(), article == null ? null : article.text,
                    Claim.<Claim>list("article.id = ?1 order by start", fixture.articleId).stream()
                            .map(each -> each.text).toList(),
                    claim == null ? null : claim.status, claim == null ? null : claim.assignee,
                    claim == null ? 0 : claim.sources.size(), claim == null ? 0 : claim.notes.size(),
                    Account.<Account>listAll().stream().map(account -> account.username).sorted().toList(),
                    Account.findByUsername("reviewer").orElseThrow().role);
        });
    }
}
