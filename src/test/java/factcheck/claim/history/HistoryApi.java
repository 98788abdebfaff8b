package factcheck.claim.history;

import factcheck.support.Reviews;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** A source whose history these tests read, and the history itself, through the API as an editor's tool uses it. */
final class HistoryApi {

    private HistoryApi() {
    }

    /** Adds a source that refutes the claim; returns its id. */
    static long addSource(long claimId, String url, String title) {
        return Reviews.addSource(claimId, Map.of("url", url, "title", title, "stance", "REFUTES"));
    }

    static JsonPath history(long claimId) {
        return given().when().get("/api/claims/" + claimId + "/history")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }
}
