package factcheck.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Review work as tests do it through the API: changes to a claim, its sources and notes. A verdict comes with a
 * rationale, as the workflow requires, and a test that is about something else than locking saves its changes whatever
 * the claim's version ({@code If-Match: *}).
 */
public final class Reviews {

    /** A rationale for tests about something else than the rationale. */
    public static final String RATIONALE = "Checked against the official figures.";

    private Reviews() {
    }

    /**
     * A claim change giving {@code verdict} with {@link #RATIONALE}, and any further fields given as name, value pairs
     * ({@code verdict("TRUE", "version", 0)}).
     */
    public static Map<String, Object> verdict(String verdict, Object... more) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("verdict", verdict);
        change.put("rationale", RATIONALE);
        for (int i = 0; i + 1 < more.length; i += 2) {
            change.put((String) more[i], more[i + 1]);
        }
        return change;
    }

    /** Sends {@code change} to the claim whatever its version; returns the answer, for tests of what is refused. */
    public static Response send(long claimId, Map<String, ?> change) {
        return send(claimId, "*", change);
    }

    /** Saves {@code change} to the claim whatever its version; fails unless it is saved, and returns the claim. */
    public static JsonPath save(long claimId, Map<String, ?> change) {
        return saved(send(claimId, "*", change));
    }

    /** Saves {@code change} to the claim as someone who read its {@code version}; returns the claim. */
    public static JsonPath save(long claimId, long version, Map<String, ?> change) {
        return saved(send(claimId, "\"" + version + "\"", change));
    }

    /** Adds a source with the given JSON fields (url, title, stance, …) to the claim; returns its id. */
    public static long addSource(long claimId, Map<String, ?> source) {
        return added(given().contentType(ContentType.JSON).body(source)
                .when().post("/api/claims/{id}/sources", claimId));
    }

    /** Adds a note to the claim; returns its id. */
    public static long addNote(long claimId, String text) {
        return added(given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/claims/{id}/notes", claimId));
    }

    private static Response send(long claimId, String ifMatch, Map<String, ?> change) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(change)
                .when().patch("/api/claims/{id}", claimId);
    }

    private static JsonPath saved(Response answer) {
        return answer.then().statusCode(200).extract().jsonPath();
    }

    private static long added(Response answer) {
        return answer.then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
