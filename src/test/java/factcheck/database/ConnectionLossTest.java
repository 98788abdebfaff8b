package factcheck.database;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database closes the workbench's connections (an administrator ending sessions, a failover): the pool finds
 * them closed as it hands them out and opens new ones, so the next requests succeed and nothing saved is lost.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ConnectionLossTest {

    @Test
    void requestsAfterTheDatabaseEndedEveryConnectionSucceedAndKeepWhatWasSaved() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long articleId = article.getLong("id");
        long claimId = Api.claimContaining(article, "140 people");

        assertTrue(DatabaseSessions.endAll() > 0, "the workbench had connections to end");

        given().when().get("/api/articles").then().statusCode(200).body("items.id", hasItem((int) articleId));
        Reviews.save(claimId, Map.of("verdict", "MOSTLY_FALSE", "rationale", "The official toll is 145."));
        assertTrue(DatabaseSessions.endAll() > 0, "the workbench had connections to end");
        Reviews.addNote(claimId, "Checked with the ministry.");

        DatabaseSessions.endAll();
        given().when().get("/api/claims/{id}", claimId).then().statusCode(200)
                .body("verdict", equalTo("MOSTLY_FALSE"))
                .body("notes.text", hasItem("Checked with the ministry."));
    }
}
