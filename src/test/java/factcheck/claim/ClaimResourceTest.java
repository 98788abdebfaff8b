package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimResourceTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.\n\n"
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";

    @Test
    void getsClaimWithPositionExtractionAndReview() {
        JsonPath article = Api.importArticle(ATTACK);
        long articleId = article.getLong("id");
        long claimId = Api.firstClaimOf(article);

        Map<String, Object> claim = given()
                .when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", is((int) claimId))
                .body("articleId", is((int) articleId))
                .body("ordinal", is(1))
                .body("text", containsString("140"))
                .body("score", instanceOf(Number.class))
                .body("reasons", instanceOf(List.class))
                .body("kind", notNullValue())
                .body("quantities", instanceOf(List.class))
                .body("status", is("UNREVIEWED"))
                .body("verdict", nullValue())
                .body("rationale", nullValue())
                .body("version", is(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("sources", empty())
                .body("notes", empty())
                .extract().jsonPath().getMap("$");

        for (String field : List.of("id", "articleId", "ordinal", "text", "start", "end", "score", "reasons", "kind",
                "quantities", "status", "verdict", "rationale", "version", "createdAt", "updatedAt", "sources",
                "notes")) {
            assertThat(claim, hasKey(field));
        }
        assertEquals(ATTACK.substring((Integer) claim.get("start"), (Integer) claim.get("end")), claim.get("text"));
    }

    @Test
    void settingVerdictMakesClaimReviewed() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("verdict", "MOSTLY_TRUE", "rationale", "  The ministry reported 139 deaths.  "))
                .when().patch("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("id", is((int) claimId))
                .body("status", is("REVIEWED"))
                .body("verdict", is("MOSTLY_TRUE"))
                .body("rationale", is("The ministry reported 139 deaths."))
                .body("version", is(1));
        given()
                .when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("status", is("REVIEWED"))
                .body("verdict", is("MOSTLY_TRUE"))
                .body("rationale", is("The ministry reported 139 deaths."))
                .body("version", is(1));
    }

    @Test
    void acceptsReviewedStatusTogetherWithVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Reviews.verdict("FALSE", "status", "REVIEWED"))
                .when().patch("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("status", is("REVIEWED"))
                .body("verdict", is("FALSE"));
    }

    @Test
    void movesClaimToInProgress() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "IN_PROGRESS"))
                .when().patch("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("status", is("IN_PROGRESS"))
                .body("verdict", nullValue());
        given().when().get("/api/claims/" + claimId).then().body("status", is("IN_PROGRESS"));
    }

    @Test
    void dismissingClearsTheVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        patch(claimId, Reviews.verdict("TRUE")).then().statusCode(200);

        patch(claimId, Map.of("status", "DISMISSED"))
                .then()
                .statusCode(200)
                .body("status", is("DISMISSED"))
                .body("verdict", nullValue());
        given().when().get("/api/claims/" + claimId)
                .then().body("status", is("DISMISSED")).body("verdict", nullValue());
    }

    @Test
    void reopeningReviewedClaimClearsTheVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        patch(claimId, Reviews.verdict("MISLEADING")).then().statusCode(200);

        patch(claimId, Map.of("status", "IN_PROGRESS"))
                .then()
                .statusCode(200)
                .body("status", is("IN_PROGRESS"))
                .body("verdict", nullValue());
    }

    @Test
    void changingOnlyRationaleKeepsTheVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        patch(claimId, Reviews.verdict("MIXED")).then().statusCode(200);

        patch(claimId, Map.of("rationale", "Figures differ between agencies."))
                .then()
                .statusCode(200)
                .body("status", is("REVIEWED"))
                .body("verdict", is("MIXED"))
                .body("rationale", is("Figures differ between agencies."));
    }

    @Test
    void emptyRationaleClearsIt() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        patch(claimId, Map.of("rationale", "Pending the ministry's reply.")).then().statusCode(200);

        patch(claimId, Map.of("rationale", ""))
                .then()
                .statusCode(200)
                .body("rationale", nullValue());
    }

    @Test
    void rationaleWithANulCharacterIsRefused() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("rationale", "before\u0000after")).then().spec(problem(400))
                .body("errors[0].field", is("rationale"));
        assertUnchanged(claimId);
    }

    @Test
    void everyChangeIncrementsTheVersion() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("status", "IN_PROGRESS")).then().statusCode(200).body("version", is(1));
        patch(claimId, Map.of("rationale", "Asked the ministry.")).then().statusCode(200).body("version", is(2));
        patch(claimId, Reviews.verdict("UNVERIFIABLE")).then().statusCode(200).body("version", is(3));
        given().when().get("/api/claims/" + claimId).then().body("version", is(3));
    }

    @Test
    void patchThatRepeatsTheCurrentValuesKeepsTheVersion() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        // Nothing changed, so a client holding version 0 is still up to date and may save on top of it.
        patch(claimId, Map.of("status", "UNREVIEWED", "version", 0))
                .then()
                .statusCode(200)
                .body("status", is("UNREVIEWED"))
                .body("version", is(0));
        patch(claimId, Reviews.verdict("TRUE", "version", 0)).then().statusCode(200).body("version", is(1));
    }

    @Test
    void acceptsChangeBasedOnTheCurrentVersion() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        patch(claimId, Map.of("status", "IN_PROGRESS", "version", 0)).then().statusCode(200).body("version", is(1));

        patch(claimId, Reviews.verdict("TRUE", "version", 1))
                .then()
                .statusCode(200)
                .body("verdict", is("TRUE"))
                .body("version", is(2));
    }

    @Test
    void refusesChangeBasedOnStaleVersion() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        patch(claimId, Map.of("status", "IN_PROGRESS", "rationale", "First reviewer")).then().statusCode(200);

        patch(claimId, Map.of("verdict", "FALSE", "rationale", "Second reviewer", "version", 0))
                .then()
                .spec(problem(409));
        given().when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("status", is("IN_PROGRESS"))
                .body("verdict", nullValue())
                .body("rationale", is("First reviewer"))
                .body("version", is(1));
    }

    @Test
    void rejectsReviewedWithoutVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("status", "REVIEWED", "rationale", "Done"))
                .then()
                .spec(problem(422));
        assertUnchanged(claimId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNREVIEWED", "IN_PROGRESS", "DISMISSED"})
    void rejectsVerdictWithStatusOtherThanReviewed(String status) {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Reviews.verdict("TRUE", "status", status))
                .then()
                .spec(problem(422));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsUnknownStatus() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("status", "DONE"))
                .then()
                .spec(problem(400))
                .body("detail", allOf(containsString("DONE"), containsString("UNREVIEWED"),
                        containsString("IN_PROGRESS"), containsString("REVIEWED"), containsString("DISMISSED")));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsUnknownVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("verdict", "PANTS_ON_FIRE"))
                .then()
                .spec(problem(400))
                .body("detail", allOf(containsString("PANTS_ON_FIRE"), containsString("TRUE"),
                        containsString("MOSTLY_TRUE"), containsString("MIXED"), containsString("MISLEADING"),
                        containsString("MOSTLY_FALSE"), containsString("FALSE"), containsString("UNVERIFIABLE")));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsNumericVerdict() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("verdict", 5))
                .then()
                .spec(problem(400))
                .body("detail", containsString("UNVERIFIABLE"));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsNumericStatus() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("status", 1))
                .then()
                .spec(problem(400))
                .body("detail", containsString("IN_PROGRESS"));
        assertUnchanged(claimId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\": \"IN_PROGRESS\"", "{status: IN_PROGRESS}", "IN_PROGRESS"})
    void rejectsMalformedJson(String body) {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body)
                .when().patch("/api/claims/" + claimId)
                .then()
                .spec(problem(400));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsJsonArrayBody() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        given()
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("[{\"status\": \"IN_PROGRESS\"}]")
                .when().patch("/api/claims/" + claimId)
                .then()
                .spec(problem(400));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsXmlContentType() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        given()
                .contentType("application/xml")
                .body("<claim><status>IN_PROGRESS</status></claim>")
                .when().patch("/api/claims/" + claimId)
                .then()
                .spec(problem(415));
        assertUnchanged(claimId);
    }

    @Test
    void rejectsNonNumericVersion() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));

        patch(claimId, Map.of("status", "IN_PROGRESS", "version", "latest"))
                .then()
                .spec(problem(400));
        assertUnchanged(claimId);
    }

    @Test
    void returnsNotFoundForUnknownClaim() {
        long claimId = Api.firstClaimOf(Api.importArticle(ATTACK));
        long unknown = claimId + 1_000_000;

        given().when().get("/api/claims/" + unknown)
                .then()
                .spec(problem(404))
                .body("detail", containsString(String.valueOf(unknown)));
        patch(unknown, Map.of("status", "IN_PROGRESS")).then().spec(problem(404));
        given().when().get("/api/claims/not-a-number").then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"));
        assertUnchanged(claimId);
    }

    /** A PATCH; without a version in the body it overwrites deliberately (If-Match: *), as locking is tested apart. */
    private static Response patch(long claimId, Map<String, ?> body) {
        return given()
                .contentType("application/json")
                .header("If-Match", body.containsKey("version") ? "" : "*")
                .body(new HashMap<>(body))
                .when().patch("/api/claims/" + claimId);
    }

    private static void assertUnchanged(long claimId) {
        given().when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("status", is("UNREVIEWED"))
                .body("verdict", nullValue())
                .body("rationale", nullValue())
                .body("version", is(0));
    }
}
