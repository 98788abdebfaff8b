package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static factcheck.account.RoleMatrixPageTest.Outcome.ALLOWED;
import static factcheck.account.RoleMatrixPageTest.Outcome.FORBIDDEN;
import static factcheck.account.RoleMatrixPageTest.Outcome.SIGN_IN;
import static factcheck.support.PageForms.csrf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every cell of the role table, through the pages, with real sign-ins: reviewers read and review, editors also
 * import, correct, delete and assign, admins also manage accounts. State-changing requests carry a valid CSRF pair,
 * so it is the role that decides; a refused one must leave everything as it was.
 */
@QuarkusTest
@EmptyDatabase
class RoleMatrixPageTest {

    enum Outcome {
        /** 2xx, or 303 after a form. */
        ALLOWED,
        /** 403 error page, nothing changed. */
        FORBIDDEN,
        /** 302 to the login page, nothing changed. */
        SIGN_IN
    }

    enum Who {
        ANONYMOUS, REVIEWER, EDITOR, ADMIN;

        String username() {
            return name().toLowerCase();
        }
    }

    /** What the actions work on: one imported article, one of its claims with one source, one extra account. */
    record Fixture(long articleId, long claimId, long sourceId) {
    }

    static final String TARGET_USER = "target";
    static final String NEW_USER = "newcomer";
    static final String OTHER_TEXT = """
            Council budget vote

            The city council approved 12 million euros for school repairs in May 2024.
            """;

    enum Action {
        HOME("GET /") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/");
            }
        },
        ARTICLE_LIST("GET /articles") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/articles");
            }
        },
        ARTICLE("GET /articles/{id}") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/articles/" + f.articleId());
            }
        },
        CLAIM("GET /claims/{id}") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/claims/" + f.claimId());
            }
        },
        QUEUE("GET /queue") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/queue");
            }
        },
        ACCOUNT("GET /account") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/account");
            }
        },
        REVIEW("POST /claims/{id}") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("decision", "MOSTLY_FALSE").formParam("rationale", "The toll was 145.")
                        .formParam("version", 0).post("/claims/" + f.claimId());
            }

            boolean changed(Fixture f) {
                return !claim(f).getString("status").equals("UNREVIEWED");
            }
        },
        ADD_SOURCE("POST /claims/{id}/sources") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("url", "https://example.org/second").formParam("title", "Second source")
                        .formParam("stance", "SUPPORTS").post("/claims/" + f.claimId() + "/sources");
            }

            boolean changed(Fixture f) {
                return claim(f).getList("sources").size() != 1;
            }
        },
        ADD_NOTE("POST /claims/{id}/notes") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("text", "Call the ministry.").post("/claims/" + f.claimId() + "/notes");
            }

            boolean changed(Fixture f) {
                return !claim(f).getList("notes").isEmpty();
            }
        },
        DELETE_SOURCE("POST /sources/{id}/delete") {
            Response send(RequestSpecification request, Fixture f) {
                return request.post("/sources/" + f.sourceId() + "/delete");
            }

            boolean changed(Fixture f) {
                return admin().get("/api/sources/" + f.sourceId()).statusCode() != 200;
            }
        },
        IMPORT_FORM("GET /articles/new") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/articles/new");
            }
        },
        IMPORT("POST /articles") {
            Response send(RequestSpecification request, Fixture f) {
                return request.multiPart("text", OTHER_TEXT, "text/plain").post("/articles");
            }

            boolean changed(Fixture f) {
                return admin().get("/api/articles").then().statusCode(200).extract().jsonPath().getInt("total") != 1;
            }
        },
        EDIT_FORM("GET /articles/{id}/edit") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/articles/" + f.articleId() + "/edit");
            }
        },
        EDIT_TEXT("POST /articles/{id}/text") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("text", Api.FACTUAL_TEXT + "\nThe hall reopened in 2025.\n")
                        .formParam("version", 0).post("/articles/" + f.articleId() + "/text");
            }

            boolean changed(Fixture f) {
                return article(f).getString("text").contains("The hall reopened in 2025.");
            }
        },
        DELETE_ARTICLE("POST /articles/{id}/delete") {
            Response send(RequestSpecification request, Fixture f) {
                return request.post("/articles/" + f.articleId() + "/delete");
            }

            boolean changed(Fixture f) {
                return admin().get("/api/articles/" + f.articleId()).statusCode() != 200;
            }
        },
        ASSIGN("POST /claims/{id}/assignee") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("username", TARGET_USER).post("/claims/" + f.claimId() + "/assignee");
            }

            boolean changed(Fixture f) {
                return claim(f).getString("assignee") != null;
            }
        },
        USERS("GET /admin/users") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/admin/users");
            }
        },
        CREATE_USER("POST /admin/users") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("username", NEW_USER).formParam("displayName", "New Person")
                        .formParam("role", "ADMIN").formParam("password", "a long enough secret")
                        .post("/admin/users");
            }

            boolean changed(Fixture f) {
                return admin().get("/api/users/" + NEW_USER).statusCode() != 404;
            }
        },
        USER("GET /admin/users/{username}") {
            Response send(RequestSpecification request, Fixture f) {
                return request.get("/admin/users/" + TARGET_USER);
            }
        },
        EDIT_USER("POST /admin/users/{username}") {
            Response send(RequestSpecification request, Fixture f) {
                return request.formParam("displayName", "Promoted").formParam("role", "ADMIN")
                        .formParam("enabled", "true").formParam("password", "")
                        .post("/admin/users/" + TARGET_USER);
            }

            boolean changed(Fixture f) {
                return !admin().get("/api/users/" + TARGET_USER).then().statusCode(200)
                        .extract().jsonPath().getString("role").equals("REVIEWER");
            }
        };

        private final String label;

        Action(String label) {
            this.label = label;
        }

        abstract Response send(RequestSpecification request, Fixture fixture);

        /** Whether the action's effect is there; pages that only read change nothing. */
        boolean changed(Fixture fixture) {
            return false;
        }

        boolean changesState() {
            return label.startsWith("POST ");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> roleTable() {
        return Stream.of(
                //                         anonymous reviewer   editor     admin
                row(Action.HOME,           SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.ARTICLE_LIST,   SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.ARTICLE,        SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.CLAIM,          SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.QUEUE,          SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.ACCOUNT,        SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.REVIEW,         SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.ADD_SOURCE,     SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.ADD_NOTE,       SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.DELETE_SOURCE,  SIGN_IN,  ALLOWED,   ALLOWED,   ALLOWED),
                row(Action.IMPORT_FORM,    SIGN_IN,  FORBIDDEN, ALLOWED,   ALLOWED),
                row(Action.IMPORT,         SIGN_IN,  FORBIDDEN, ALLOWED,   ALLOWED),
                row(Action.EDIT_FORM,      SIGN_IN,  FORBIDDEN, ALLOWED,   ALLOWED),
                row(Action.EDIT_TEXT,      SIGN_IN,  FORBIDDEN, ALLOWED,   ALLOWED),
                row(Action.DELETE_ARTICLE, SIGN_IN,  FORBIDDEN, ALLOWED,   ALLOWED),
                row(Action.ASSIGN,         SIGN_IN,  FORBIDDEN, ALLOWED,   ALLOWED),
                row(Action.USERS,          SIGN_IN,  FORBIDDEN, FORBIDDEN, ALLOWED),
                row(Action.CREATE_USER,    SIGN_IN,  FORBIDDEN, FORBIDDEN, ALLOWED),
                row(Action.USER,           SIGN_IN,  FORBIDDEN, FORBIDDEN, ALLOWED),
                row(Action.EDIT_USER,      SIGN_IN,  FORBIDDEN, FORBIDDEN, ALLOWED)
        ).flatMap(cells -> cells);
    }

    private static Stream<Arguments> row(Action action, Outcome anonymous, Outcome reviewer, Outcome editor,
                                         Outcome admin) {
        return Stream.of(
                Arguments.of(action, Who.ANONYMOUS, anonymous),
                Arguments.of(action, Who.REVIEWER, reviewer),
                Arguments.of(action, Who.EDITOR, editor),
                Arguments.of(action, Who.ADMIN, admin));
    }

    @Inject
    Accounts accounts;

    private Fixture fixture;

    @BeforeEach
    void createData() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
        accounts.create(Role.ADMIN);
        accounts.create(TARGET_USER, Role.REVIEWER);
        JsonPath article = Api.importArticleAs("admin", Api.FACTUAL_TEXT);
        long claimId = Api.claimContaining(article, "140 people");
        long sourceId = admin().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/toll", "title", "Official toll", "stance", "REFUTES"))
                .when().post("/api/claims/" + claimId + "/sources")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        fixture = new Fixture(article.getLong("id"), claimId, sourceId);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("roleTable")
    void theRoleDecides(Action action, Who who, Outcome expected) {
        RequestSpecification request = who == Who.ANONYMOUS
                ? given().redirects().follow(false)
                : Accounts.session(Accounts.signIn(who.username()));
        if (action.changesState()) {
            request.filter(csrf());
        }

        Response response = action.send(request.when(), fixture);

        String cell = action + " as " + who;
        switch (expected) {
            case ALLOWED -> {
                assertThat(cell + ": " + response.asString(), response.statusCode(),
                        anyOf(both(greaterThanOrEqualTo(200)).and(lessThan(300)), is(303)));
                if (action.changesState()) {
                    assertTrue(action.changed(fixture), cell + " took effect");
                }
            }
            case FORBIDDEN -> {
                assertEquals(403, response.statusCode(), cell);
                assertThat(response.contentType(), startsWith("text/html"));
                assertThat(response.asString(), containsString("Your role does not allow this."));
                assertFalse(action.changed(fixture), cell + " changed something");
            }
            case SIGN_IN -> {
                assertEquals(302, response.statusCode(), cell);
                assertThat(response.header("Location"), endsWith("/login"));
                assertFalse(action.changed(fixture), cell + " changed something");
            }
        }
    }

    private static RequestSpecification admin() {
        return Accounts.basic("admin");
    }

    private static JsonPath claim(Fixture f) {
        return admin().get("/api/claims/" + f.claimId()).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath article(Fixture f) {
        return admin().get("/api/articles/" + f.articleId()).then().statusCode(200).extract().jsonPath();
    }
}
