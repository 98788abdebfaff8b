package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.SimultaneousRequests;
import factcheck.support.SimultaneousReviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class OptimisticLockingTest {

    private static final int REVIEWERS = 50;
    private static final int OVERWRITERS = 10;

    @TestHTTPResource("/api/claims/")
    URI claimsUri;

    private long claimId;

    @BeforeEach
    void importArticle() {
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @Test
    void claimCarriesItsVersionAsEtag() {
        given().when().get("/api/claims/" + claimId)
                .then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void changeWithoutAVersionIsRefusedAsPreconditionRequired() {
        given().contentType(ContentType.JSON).body("{\"verdict\": \"FALSE\"}")
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(428)).body("detail", containsString("If-Match"));
        given().when().get("/api/claims/" + claimId).then().body("status", is("UNREVIEWED"));
    }

    @Test
    void changeBasedOnTheCurrentEtagIsSavedAndGetsTheNextOne() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"verdict\": \"FALSE\", \"rationale\": \"The toll was 145.\"}")
                .when().patch("/api/claims/" + claimId)
                .then().statusCode(200).header("ETag", "\"1\"").body("verdict", is("FALSE"));
    }

    @Test
    void changeBasedOnAStaleEtagIsAConflictShowingTheCurrentValues() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"verdict\": \"TRUE\", \"rationale\": \"First.\"}")
                .when().patch("/api/claims/" + claimId).then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"verdict\": \"FALSE\"}")
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(409))
                .body("currentVersion", is(1)).body("currentVerdict", is("TRUE")).body("currentRationale", is("First."));
        given().when().get("/api/claims/" + claimId).then().body("verdict", is("TRUE"));
    }

    /** If-Match compares strongly: a weak ETag never matches, so it is answered as a stale one is. */
    @Test
    void weakEtagOfTheCurrentVersionDoesNotMatch() {
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body("{\"verdict\": \"FALSE\"}")
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(409)).body("currentVersion", is(0));
        given().when().get("/api/claims/" + claimId).then().body("status", is("UNREVIEWED")).body("version", is(0));
    }

    @Test
    void ifMatchAndBodyVersionMustAgree() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"verdict\": \"FALSE\", \"version\": 3}")
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(400));
    }

    @Test
    void ifMatchThatIsNotAnEtagIsRefused() {
        given().contentType(ContentType.JSON).header("If-Match", "yesterday").body("{\"verdict\": \"FALSE\"}")
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(400));
    }

    @Test
    void articleTextEditWithoutAVersionIsRefusedAsPreconditionRequired() {
        long articleId = given().when().get("/api/claims/" + claimId).then().extract().jsonPath().getLong("articleId");
        given().when().get("/api/articles/" + articleId).then().header("ETag", "\"0\"");

        given().contentType(ContentType.TEXT).body("Entirely new text about 12 people in Paris in 2020.")
                .when().put("/api/articles/" + articleId + "/text")
                .then().spec(problem(428));
        given().when().get("/api/articles/" + articleId).then().body("text", equalTo(Api.FACTUAL_TEXT));
    }

    /** If-Match: * overwrites deliberately: of ten such saves at once none is refused, and the last one stands. */
    @Test
    void simultaneousOverwritesWithIfMatchStarAreAllSavedInTurn() throws Exception {
        List<HttpResponse<String>> results = SimultaneousRequests.send(OVERWRITERS, writer ->
                HttpRequest.newBuilder(claimsUri.resolve(Long.toString(claimId)))
                        .header("Content-Type", "application/json")
                        .header("If-Match", "*")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(
                                "{\"status\": \"IN_PROGRESS\", \"rationale\": \"Overwrite " + writer + "\"}"))
                        .build());

        for (HttpResponse<String> result : results) {
            assertEquals(200, result.statusCode(), result.body());
        }
        JsonPath claim = given().when().get("/api/claims/" + claimId)
                .then().statusCode(200).header("ETag", "\"" + OVERWRITERS + "\"").extract().jsonPath();
        assertEquals(OVERWRITERS, claim.getInt("version"), "every overwrite made a version of its own");
        assertTrue(claim.getString("rationale").startsWith("Overwrite "), claim.getString("rationale"));
        assertEquals(OVERWRITERS + 1, given().when().get("/api/claims/" + claimId + "/history")
                .then().extract().jsonPath().getList("action").size(), "created, then each overwrite");
    }

    /** Fifty reviewers save at once, each on the version they all read: one wins, nobody is overwritten. */
    @Test
    void ofFiftySimultaneousChangesOnTheSameVersionExactlyOneIsSaved() throws Exception {
        List<HttpResponse<String>> saved = new ArrayList<>();
        int conflicts = 0;
        for (HttpResponse<String> result : SimultaneousReviews.save(claimsUri.resolve(Long.toString(claimId)), REVIEWERS)) {
            if (result.statusCode() == 200) {
                saved.add(result);
            } else {
                assertEquals(409, result.statusCode(), result.body());
                conflicts++;
            }
        }

        assertEquals(1, saved.size(), "exactly one change is saved");
        assertEquals(REVIEWERS - 1, conflicts);
        String winner = JsonPath.from(saved.get(0).body()).getString("rationale");
        given().when().get("/api/claims/" + claimId)
                .then().body("version", is(1)).body("rationale", is(winner)).body("verdict", is("MIXED"));
    }
}
