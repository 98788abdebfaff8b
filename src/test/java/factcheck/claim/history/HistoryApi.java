package factcheck.claim.history;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** The review steps whose history these tests read, made through the API as an editor's tool would. */
final class HistoryApi {

    private HistoryApi() {
    }

    static void review(long claimId, long version, Map<String, Object> change) {
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(change)
                .when().patch("/api/claims/" + claimId)
                .then().statusCode(200);
    }

    static long addSource(long claimId, String url, String title) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", url, "title", title, "stance", "REFUTES"))
                .when().post("/api/claims/" + claimId + "/sources")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long addNote(long claimId, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/claims/" + claimId + "/notes")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath history(long claimId) {
        return given().when().get("/api/claims/" + claimId + "/history")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }
}
