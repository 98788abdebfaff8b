package factcheck.claim.history;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static factcheck.claim.history.HistoryApi.addSource;
import static factcheck.claim.history.HistoryApi.history;
import static factcheck.support.Problems.problem;
import static factcheck.support.Reviews.addNote;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimHistoryResourceTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void importedClaimStartsItsHistoryAsCreated() {
        long claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");

        JsonPath history = history(claimId);

        assertEquals(1, history.getList("$").size());
        assertThat(history.getLong("[0].revision"), greaterThan(0L));
        assertThat(history.getString("[0].at"), notNullValue());
        assertEquals("editor", history.getString("[0].who"), "the signed-in user who imported the article");
        assertEquals("CLAIM", history.getString("[0].entity"));
        assertEquals(claimId, history.getLong("[0].entityId"));
        assertEquals("CREATED", history.getString("[0].action"));
        assertEquals("UNREVIEWED", history.getString("[0].changes.find { it.field == 'status' }.to"));
        assertThat(history.getString("[0].changes.find { it.field == 'text' }.to"), containsString("140 people"));
        assertNull(history.get("[0].changes.find { it.field == 'text' }.from"));
    }

    @Test
    void deletingTheArticleEndsItsClaimsHistoriesWithTheDeletion() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long claimId = Api.claimContaining(article, "140 people");
        given().contentType(ContentType.JSON).body(Map.of("text", "Call the ministry."))
                .when().post("/api/claims/" + claimId + "/notes").then().statusCode(201);

        given().when().delete("/api/articles/" + article.getLong("id")).then().statusCode(204);

        List<String> events = history(claimId).getList("$").stream()
                .map(entry -> ((Map<?, ?>) entry).get("entity") + " " + ((Map<?, ?>) entry).get("action"))
                .toList();
        assertEquals(List.of("CLAIM CREATED", "NOTE CREATED"), events.subList(0, 2));
        // Both deletions belong to one revision, in no particular order.
        assertEquals(Set.of("CLAIM DELETED", "NOTE DELETED"), Set.copyOf(events.subList(2, events.size())));
    }

    @Test
    void verdictChangeRecordsEachChangedFieldWithItsOldAndNewValue() {
        long claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");

        Reviews.save(claimId, 0, Map.of("verdict", "FALSE", "rationale", "The official toll is 145."));

        JsonPath history = history(claimId);
        assertEquals(List.of("CREATED", "UPDATED"), history.getList("action"));
        assertThat(history.getLong("[1].revision"), greaterThan(history.getLong("[0].revision")));
        assertEquals(List.of("status", "verdict", "rationale"), history.getList("[1].changes.field"));
        assertChange(history, 1, "verdict", null, "FALSE");
        assertChange(history, 1, "status", "UNREVIEWED", "REVIEWED");
        assertChange(history, 1, "rationale", null, "The official toll is 145.");
    }

    @Test
    void laterChangesStartFromTheValuesBeforeThem() {
        long claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
        Reviews.save(claimId, 0, Map.of("verdict", "FALSE", "rationale", "First look."));

        Reviews.save(claimId, 1, Map.of("status", "IN_PROGRESS"));

        JsonPath history = history(claimId);
        assertEquals(List.of("status", "verdict"), history.getList("[2].changes.field"));
        assertChange(history, 2, "status", "REVIEWED", "IN_PROGRESS");
        assertChange(history, 2, "verdict", "FALSE", null);
    }

    @Test
    void sourcesAndNotesAreInTheClaimsHistoryRemovedOnesIncluded() {
        long claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
        long sourceId = addSource(claimId, "https://example.org/toll", "Official toll");
        given().when().delete("/api/sources/" + sourceId).then().statusCode(204);
        long noteId = addNote(claimId, "Ask the ministry.");

        JsonPath history = history(claimId);

        assertEquals(List.of("CLAIM", "SOURCE", "SOURCE", "NOTE"), history.getList("entity"));
        assertEquals(List.of("CREATED", "CREATED", "DELETED", "CREATED"), history.getList("action"));
        assertEquals(List.of(claimId, sourceId, sourceId, noteId), history.getList("entityId", Long.class));
        assertChange(history, 1, "url", null, "https://example.org/toll");
        assertChange(history, 1, "stance", null, "REFUTES");
        assertChange(history, 2, "url", "https://example.org/toll", null);
        assertChange(history, 2, "title", "Official toll", null);
        assertChange(history, 3, "text", null, "Ask the ministry.");
    }

    @Test
    void claimDroppedByATextCorrectionKeepsItsHistory() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long dropped = Api.claimContaining(article, "10 million");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("text", "Attack on Moscow concert hall\n\n"
                        + "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.\n"))
                .when().put("/api/articles/" + article.getLong("id") + "/text")
                .then().statusCode(200);

        given().when().get("/api/claims/" + dropped).then().spec(problem(404));
        JsonPath history = history(dropped);
        assertEquals(List.of("CREATED", "DELETED"), history.getList("action"));
        assertThat(history.getList("[1].changes.field"), hasItems("text", "status"));
    }

    @Test
    void deletingAnArticleStillDeletesItsClaimsSourcesAndNotes() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long claimId = Api.claimContaining(article, "140 people");
        long sourceId = addSource(claimId, "https://example.org/toll", "Official toll");
        long noteId = addNote(claimId, "Ask the ministry.");

        given().when().delete("/api/articles/" + article.getLong("id")).then().statusCode(204);

        given().when().get("/api/sources/" + sourceId).then().spec(problem(404));
        given().when().get("/api/notes/" + noteId).then().spec(problem(404));
    }

    @Test
    void unknownClaimHasNoHistory() {
        given().when().get("/api/claims/987654/history")
                .then().spec(problem(404)).body("detail", is("Claim 987654 does not exist."));
    }

    @Test
    void historyCostsTheSameFewQueriesHoweverLongItIs() {
        JsonPath article = Api.importArticle(Api.FACTUAL_TEXT);
        long quiet = Api.claimContaining(article, "10 million");
        long busy = Api.claimContaining(article, "140 people");
        for (int version = 0; version < 4; version++) {
            Reviews.save(busy, version,
                    Map.of("verdict", version % 2 == 0 ? "FALSE" : "MIXED", "rationale", "Take " + version));
            addSource(busy, "https://example.org/" + version, "Source " + version);
            addNote(busy, "Note " + version);
        }

        assertEquals(statementsFor(quiet), statementsFor(busy));
        assertEquals(3, statementsFor(busy), "claim, source and note audit rows");
    }

    private long statementsFor(long claimId) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        history(claimId);
        return statistics.getPrepareStatementCount();
    }

    private static void assertChange(JsonPath history, int entry, String field, Object from, Object to) {
        String change = "[" + entry + "].changes.find { it.field == '" + field + "' }";
        assertEquals(field, history.getString(change + ".field"), "no change of " + field + " in entry " + entry);
        assertEquals(from, history.get(change + ".from"), field + " before");
        assertEquals(to, history.get(change + ".to"), field + " after");
    }
}
