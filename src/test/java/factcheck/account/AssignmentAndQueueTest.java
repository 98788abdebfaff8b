package factcheck.account;

import factcheck.support.Accounts;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.support.Accounts.basic;
import static factcheck.support.Problems.problem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Editors assign claims; each reviewer's queue holds their assigned claims until they are decided. */
@QuarkusTest
@EmptyDatabase
class AssignmentAndQueueTest {

    @Inject
    Accounts accounts;

    private long claimId;
    private long otherClaimId;

    @BeforeEach
    void accountsAndAnArticle() {
        accounts.create(Role.REVIEWER);
        accounts.create(Role.EDITOR);
        JsonPath article = Api.importArticleAs("editor", Api.FACTUAL_TEXT);
        claimId = Api.claimContaining(article, "140 people");
        otherClaimId = Api.claimContaining(article, "10 million");
    }

    @Test
    void assignedClaimsAreInTheReviewersQueueUntilDecided() {
        assign(claimId, "reviewer").then().statusCode(200).body("assignee", equalTo("reviewer"));
        assign(otherClaimId, "reviewer").then().statusCode(200);

        basic("reviewer").get("/api/queue").then().statusCode(200).body("id", equalTo(List.of(
                (int) claimId, (int) otherClaimId)));
        basic("editor").get("/api/queue").then().statusCode(200).body("", hasSize(0));

        basic("reviewer").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Reviews.verdict("MOSTLY_FALSE")).patch("/api/claims/" + claimId).then().statusCode(200);

        basic("reviewer").get("/api/queue").then().body("id", equalTo(List.of((int) otherClaimId)));
    }

    @Test
    void assigningDoesNotMakeAnOpenReviewStale() {
        long version = basic("reviewer").get("/api/claims/" + claimId).then().extract().jsonPath().getLong("version");

        assign(claimId, "reviewer").then().statusCode(200).body("version", equalTo((int) version));

        basic("reviewer").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Reviews.verdict("TRUE")).patch("/api/claims/" + claimId).then().statusCode(200);
    }

    @Test
    void unassigningEmptiesTheQueue() {
        assign(claimId, "reviewer").then().statusCode(200);
        Map<String, Object> nobody = new HashMap<>();
        nobody.put("username", null);

        basic("editor").contentType(ContentType.JSON).body(nobody).put("/api/claims/" + claimId + "/assignee")
                .then().statusCode(200).body("assignee", nullValue());
        basic("reviewer").get("/api/queue").then().body("", hasSize(0));
    }

    @Test
    void onlyEnabledAccountsCanBeAssigned() {
        assign(claimId, "nobody").then().spec(problem(400)).body("errors[0].field", equalTo("username"))
                .body("detail", containsString("nobody"));

        accounts.create("gone", Role.REVIEWER);
        accounts.create(Role.ADMIN);
        basic("admin").contentType(ContentType.JSON).body(Map.of("enabled", false)).patch("/api/users/gone")
                .then().statusCode(200);
        assign(claimId, "gone").then().spec(problem(400));

        basic("editor").get("/api/claims/" + claimId).then().body("assignee", nullValue());
    }

    @Test
    void reviewsAndNotesRecordWhoMadeThem() {
        basic("reviewer").contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("verdict", "FALSE", "rationale", "The toll was 145.")).patch("/api/claims/" + claimId)
                .then().statusCode(200).body("reviewedBy", equalTo("reviewer"));
        basic("editor").contentType(ContentType.JSON).body(Map.of("text", "Checked with the ministry."))
                .post("/api/claims/" + claimId + "/notes").then().statusCode(201).body("author", equalTo("editor"));

        JsonPath history = basic("editor").get("/api/claims/" + claimId + "/history").then().extract().jsonPath();
        assertThat(history.getString("find { it.entity == 'CLAIM' && it.action == 'UPDATED' }.who"), equalTo("reviewer"));
        assertThat(history.getString("find { it.entity == 'NOTE' }.who"), equalTo("editor"));

        basic("reviewer").contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("status", "IN_PROGRESS")).patch("/api/claims/" + claimId)
                .then().statusCode(200).body("reviewedBy", nullValue());
    }

    private static Response assign(long claim, String username) {
        return basic("editor").contentType(ContentType.JSON).body(Map.of("username", username))
                .put("/api/claims/" + claim + "/assignee");
    }
}
