package factcheck.database;

import factcheck.account.Role;
import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static factcheck.support.Accounts.basic;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL is killed under a running workbench: until it is back, requests are answered 503 with
 * Retry-After (never 500, and right credentials are never refused with 401); within seconds it is back on the same
 * port, and what was saved before the kill is there.
 */
@QuarkusTest
@EmptyDatabase
class EmbeddedDatabaseRecoveryTest {

    @Inject
    Accounts accounts;

    @Test
    void answers503UntilItsKilledServerIsBackAndKeepsWhatWasSaved() throws IOException {
        assumeTrue("embedded-postgresql".equals(ConfigProvider.getConfig()
                .getConfigValue("quarkus.datasource.jdbc.url").getSourceName()), "the tests run on the embedded server");
        String editor = accounts.create(Role.EDITOR);
        long articleId = Api.importArticleAs(editor, Api.FACTUAL_TEXT).getLong("id");
        long claimId = basic(editor).when().get("/api/articles/{id}/claims", articleId)
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
        basic(editor).contentType(ContentType.JSON).body(Map.of("text", "Saved just before the crash."))
                .when().post("/api/claims/{id}/notes", claimId).then().statusCode(201);

        long killed = postmasterPid();
        assertTrue(ProcessHandle.of(killed).orElseThrow().destroyForcibly(), "the server was killed");

        Set<Integer> answers = new TreeSet<>();
        await("the workbench answers again").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Response answer = basic(editor).when().get("/api/claims/{id}", claimId);
                    answers.add(answer.statusCode());
                    if (answer.statusCode() == 503) {
                        assertNotNull(answer.header("Retry-After"), "a 503 says when to try again");
                    }
                    assertTrue(answer.statusCode() == 200 || answer.statusCode() == 503,
                            "answered " + answer.statusCode() + " while the database was down: " + answer.asString());
                    return answer.statusCode() == 200;
                });

        assertTrue(answers.contains(503), "the outage was seen, and answered 503: " + answers);
        assertTrue(postmasterPid() != killed, "a new server runs");
        assertThat(basic(editor).when().get("/api/claims/{id}", claimId).then().statusCode(200)
                .extract().jsonPath().getList("notes.text"), hasItem("Saved just before the crash."));
        assertEquals(200, basic(editor).when().get("/q/health").statusCode(), "healthy again");
    }

    private static long postmasterPid() throws IOException {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("factcheck.data-dir", String.class));
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }
}
