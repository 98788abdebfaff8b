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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ReanchoringTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.";
    static final String ATTACK_CORRECTED = "The attack in March 2024 killed 145 people at Crocus City Hall in Moscow.";
    static final String MIGRANTS = "According to the interior ministry, an estimated 10 million migrants from Central Asia"
            + " live in Russia.";
    static final String RATE = "Russia's central bank raised its key rate to 16 percent in December 2023.";
    static final String NOT_CHECK_WORTHY = "Did the ministry answer any questions?";
    static final String OTHER_TEXT = "Budget vote\n\nThe council approved 12 million euros for schools in May 2024.\n";
    static final String TEXT = "Attack on Moscow concert hall\n\n" + ATTACK + "\n\n" + MIGRANTS + "\n";
    static final int MAX_BYTES = 1_048_576;

    @Test
    void claimsOfAnUneditedArticleAreAnchoredAsTextQuoteSelectors() {
        JsonPath article = Api.importArticle(TEXT);
        Map<String, Object> claim = claimOn(article, "140 people");

        assertEquals(2, article.getList("claims").size());
        assertEquals(Map.of("state", "ANCHORED", "needsReview", false, "type", "TextQuoteSelector", "exact", ATTACK,
                "prefix", "Attack on Moscow concert hall\n\n", "suffix", "\n\n" + MIGRANTS.substring(0, 30)),
                withoutNulls(anchorOf(claim)));
        assertThat(anchorOf(claim).get("previousText"), nullValue());
    }

    @Test
    void claimsAfterAnUnrelatedAdditionStayAnchoredWithTheirReview() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        long migrants = Api.claimContaining(article, "migrants");
        Reviews.save(attack, Map.of("verdict", "MOSTLY_TRUE", "rationale", "The ministry reported 139 deaths."));

        JsonPath response = putText(article.getLong("id"), TEXT + "\n" + NOT_CHECK_WORTHY + "\n")
                .then().statusCode(200)
                .body("anchoring", is(summary(2, 0, 0, 0, 0, 0)))
                .extract().jsonPath();

        assertThat(idsOf(response), contains(attack, migrants));
        Map<String, Object> reviewed = claimById(response, attack);
        assertEquals("REVIEWED", reviewed.get("status"));
        assertEquals("MOSTLY_TRUE", reviewed.get("verdict"));
        assertEquals("The ministry reported 139 deaths.", reviewed.get("rationale"));
        assertEquals(1, reviewed.get("version"));
        assertEquals("ANCHORED", anchorOf(reviewed).get("state"));
        assertEquals(false, anchorOf(reviewed).get("needsReview"));
    }

    @Test
    void textInsertedBeforeClaimsMovesThemWithTheirText() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        Reviews.save(attack, Reviews.verdict("TRUE"));
        String inserted = "What has changed in this story since it was first published?\n\n";
        String edited = inserted + TEXT;

        JsonPath response = putText(article.getLong("id"), edited)
                .then().statusCode(200)
                .body("anchoring", is(summary(0, 2, 0, 0, 0, 0)))
                .body("article.text", is(edited))
                .extract().jsonPath();

        Map<String, Object> moved = claimById(response, attack);
        assertEquals(TEXT.indexOf(ATTACK) + inserted.length(), moved.get("start"));
        assertEquals(ATTACK, moved.get("text"));
        assertEquals("MOVED", anchorOf(moved).get("state"));
        assertEquals(false, anchorOf(moved).get("needsReview"));
        assertEquals("TRUE", moved.get("verdict"));
        assertEquals(contextBefore(edited, (Integer) moved.get("start")), anchorOf(moved).get("prefix"));
        for (Map<String, Object> claim : claimsOf(response)) {
            assertEquals(edited.substring((Integer) claim.get("start"), (Integer) claim.get("end")), claim.get("text"));
        }
    }

    @Test
    void quantitiesOfMovedClaimsStillPointIntoTheText() {
        JsonPath article = Api.importArticle(TEXT);
        String edited = "What has changed in this story since it was first published?\n\n" + TEXT;

        JsonPath response = putText(article.getLong("id"), edited)
                .then().statusCode(200)
                .body("anchoring.moved", is(2))
                .extract().jsonPath();

        assertQuantitiesPointInto(edited, response);
    }

    @Test
    void changedClaimDescribesItsNewWording() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        Reviews.save(attack, Reviews.verdict("TRUE"));
        String edited = TEXT.replace("140 people", "145 people");

        JsonPath response = putText(article.getLong("id"), edited)
                .then().statusCode(200)
                .body("anchoring.changed", is(1))
                .extract().jsonPath();

        List<Map<String, Object>> quantities = asMaps(claimById(response, attack).get("quantities"));
        assertThat(quantities.stream().map(quantity -> quantity.get("value")).toList(), allOf(hasItem("145"),
                not(hasItem("140"))));
        assertQuantitiesPointInto(edited, response);
    }

    @Test
    void reviewedClaimWhoseSentenceIsEditedIsChangedAndFlaggedWithItsWorkKept() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        Reviews.save(attack, Map.of("verdict", "MOSTLY_TRUE", "rationale", "The ministry reported 139 deaths."));
        addSource(attack);
        Reviews.addNote(attack, "Ask the ministry for the final count.");
        String edited = TEXT.replace("140 people", "145 people");

        JsonPath response = putText(article.getLong("id"), edited)
                .then().statusCode(200)
                .body("anchoring", is(summary(1, 0, 1, 0, 0, 0)))
                .extract().jsonPath();

        Map<String, Object> changed = claimById(response, attack);
        assertEquals(ATTACK_CORRECTED, changed.get("text"));
        assertEquals(edited.indexOf(ATTACK_CORRECTED), changed.get("start"));
        assertEquals(edited.indexOf(ATTACK_CORRECTED) + ATTACK_CORRECTED.length(), changed.get("end"));
        assertEquals("CHANGED", anchorOf(changed).get("state"));
        assertEquals(true, anchorOf(changed).get("needsReview"));
        assertEquals(ATTACK, anchorOf(changed).get("previousText"));
        assertEquals(ATTACK_CORRECTED, anchorOf(changed).get("exact"));
        assertEquals("REVIEWED", changed.get("status"));
        assertEquals("MOSTLY_TRUE", changed.get("verdict"));
        assertEquals("The ministry reported 139 deaths.", changed.get("rationale"));
        assertThat((List<?>) changed.get("sources"), hasSize(1));
        assertThat((List<?>) changed.get("notes"), hasSize(1));
        given().when().get("/api/claims/" + attack)
                .then().statusCode(200)
                .body("anchor.state", is("CHANGED"))
                .body("anchor.previousText", is(ATTACK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"verdict", "in progress", "dismissed", "rationale", "source", "note"})
    void anyReviewerWorkKeepsAClaimWhoseSentenceIsEdited(String work) {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        doWork(attack, work);

        JsonPath response = putText(article.getLong("id"), TEXT.replace("140 people", "145 people"))
                .then().statusCode(200)
                .body("anchoring.changed", is(1))
                .body("anchoring.removed", is(0))
                .body("anchoring.added", is(0))
                .extract().jsonPath();

        assertThat(idsOf(response), hasItem(attack));
        assertEquals("CHANGED", anchorOf(claimById(response, attack)).get("state"));
    }

    @Test
    void reviewedClaimWhoseSentenceIsDeletedIsOrphanedKeptAndListedLast() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        long migrants = Api.claimContaining(article, "migrants");
        Reviews.save(attack, Reviews.verdict("FALSE"));
        addSource(attack);
        Reviews.addNote(attack, "Ask the ministry for the final count.");
        String edited = TEXT.replace(ATTACK + "\n\n", "") + "\n" + RATE + "\n";

        JsonPath response = putText(article.getLong("id"), edited)
                .then().statusCode(200)
                .body("anchoring", is(summary(0, 1, 0, 1, 0, 1)))
                .body("article.claimCount", is(3))
                .extract().jsonPath();

        Map<String, Object> orphan = claimById(response, attack);
        assertEquals(3, orphan.get("ordinal"));
        assertEquals(ATTACK, orphan.get("text"));
        assertEquals("ORPHANED", anchorOf(orphan).get("state"));
        assertEquals(true, anchorOf(orphan).get("needsReview"));
        assertEquals("FALSE", orphan.get("verdict"));
        assertThat((List<?>) orphan.get("sources"), hasSize(1));
        assertThat((List<?>) orphan.get("notes"), hasSize(1));
        assertThat(response.getList("article.claims.text"), contains(MIGRANTS, RATE, ATTACK));
        assertThat(response.getList("article.claims.ordinal"), contains(1, 2, 3));
        given().when().get("/api/articles/" + article.getLong("id") + "/claims")
                .then().statusCode(200)
                .body("text", contains(MIGRANTS, RATE, ATTACK));
    }

    @Test
    void untouchedProposalWhoseSentenceIsEditedIsReplacedByAFreshProposal() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");

        JsonPath response = putText(article.getLong("id"), TEXT.replace("140 people", "145 people"))
                .then().statusCode(200)
                .body("anchoring", is(summary(1, 0, 0, 0, 1, 1)))
                .extract().jsonPath();

        assertThat(idsOf(response), not(hasItem(attack)));
        Map<String, Object> fresh = claimsOf(response).get(0);
        assertEquals(ATTACK_CORRECTED, fresh.get("text"));
        assertEquals("UNREVIEWED", fresh.get("status"));
        assertEquals("ANCHORED", anchorOf(fresh).get("state"));
        assertEquals(false, anchorOf(fresh).get("needsReview"));
        assertThat(anchorOf(fresh).get("previousText"), nullValue());
        given().when().get("/api/claims/" + attack).then().statusCode(404);
    }

    @Test
    void untouchedProposalWhoseSentenceIsDeletedIsRemoved() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        long migrants = Api.claimContaining(article, "migrants");

        JsonPath response = putText(article.getLong("id"), TEXT.replace(ATTACK + "\n\n", ""))
                .then().statusCode(200)
                .body("anchoring", is(summary(0, 1, 0, 0, 1, 0)))
                .extract().jsonPath();

        assertThat(idsOf(response), contains(migrants));
        given().when().get("/api/claims/" + attack).then().statusCode(404);
    }

    @Test
    void newCheckWorthySentencesBecomeNewClaimsInTextOrder() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        long migrants = Api.claimContaining(article, "migrants");
        String edited = TEXT.replace(MIGRANTS, RATE + "\n\n" + MIGRANTS);

        JsonPath response = putText(article.getLong("id"), edited)
                .then().statusCode(200)
                .body("anchoring", is(summary(1, 1, 0, 0, 0, 1)))
                .body("article.claims.text", contains(ATTACK, RATE, MIGRANTS))
                .body("article.claims.ordinal", contains(1, 2, 3))
                .extract().jsonPath();

        assertEquals(attack, response.getLong("article.claims[0].id"));
        assertEquals(migrants, response.getLong("article.claims[2].id"));
        assertEquals("ANCHORED", response.getString("article.claims[1].anchor.state"));
        assertEquals(false, response.getBoolean("article.claims[1].anchor.needsReview"));
    }

    @Test
    void renumberingLeavesTheVersionOfClaimsThatOnlyChangedOrdinal() {
        // The paragraph between the claims keeps the second claim's quote context as it was.
        String text = ATTACK + "\n\n" + NOT_CHECK_WORTHY + "\n\n" + MIGRANTS + "\n";
        JsonPath article = Api.importArticle(text);
        long attack = Api.claimContaining(article, "140 people");
        long migrants = Api.claimContaining(article, "migrants");
        Reviews.save(attack, Reviews.verdict("TRUE"));
        // Same length, so the claim after it keeps its offsets: only its ordinal changes.
        String withdrawn = String.format("%-" + ATTACK.length() + "s", "This paragraph was withdrawn.");

        JsonPath response = putText(article.getLong("id"), text.replace(ATTACK, withdrawn))
                .then().statusCode(200)
                .body("anchoring", is(summary(1, 0, 0, 1, 0, 0)))
                .extract().jsonPath();

        Map<String, Object> kept = claimById(response, migrants);
        assertEquals("ANCHORED", anchorOf(kept).get("state"));
        assertEquals(1, kept.get("ordinal"));
        assertEquals(0, kept.get("version"));
        assertEquals(2, claimById(response, attack).get("ordinal"));
    }

    @Test
    void reviewingAFlaggedClaimClearsTheFlag() {
        JsonPath article = Api.importArticle(TEXT);
        long attack = Api.claimContaining(article, "140 people");
        Reviews.save(attack, Reviews.verdict("TRUE"));
        putText(article.getLong("id"), TEXT.replace("140 people", "145 people")).then().statusCode(200);

        Reviews.send(attack, Reviews.verdict("MOSTLY_TRUE"))
                .then().statusCode(200)
                .body("anchor.needsReview", is(false))
                .body("verdict", is("MOSTLY_TRUE"));
        given().when().get("/api/claims/" + attack)
                .then().body("anchor.needsReview", is(false));
    }

    @Test
    void resavingTheSameTextChangesNothing() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        Reviews.save(Api.claimContaining(article, "140 people"), Reviews.verdict("TRUE"));
        JsonPath before = getArticle(id);

        putText(id, TEXT)
                .then().statusCode(200)
                .body("anchoring", is(summary(2, 0, 0, 0, 0, 0)))
                .body("article.version", is(before.getInt("version")));

        JsonPath after = getArticle(id);
        assertEquals(before.getString("updatedAt"), after.getString("updatedAt"));
        assertEquals(before.getList("claims"), after.getList("claims"));
    }

    @Test
    void resavingTheSameTextAfterAnEditKeepsWhatTheEditDidToTheClaims() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        Reviews.save(Api.claimContaining(article, "140 people"), Reviews.verdict("TRUE"));
        String edited = "What has changed in this story since it was first published?\n\n"
                + TEXT.replace("140 people", "145 people");
        putText(id, edited).then().statusCode(200).body("anchoring", is(summary(0, 1, 1, 0, 0, 0)));
        JsonPath before = getArticle(id);

        putText(id, edited).then().statusCode(200).body("anchoring", is(summary(2, 0, 0, 0, 0, 0)));

        JsonPath after = getArticle(id);
        assertEquals(before.getInt("version"), after.getInt("version"));
        assertEquals(anchoringOf(before), anchoringOf(after));
        assertEquals(before.getList("claims"), after.getList("claims"));
    }

    @Test
    void articleVersionIncrementsOnARealEditAndAcceptsTheCurrentVersion() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        int version = article.getInt("version");

        putText(id, Map.of("text", TEXT + "\n" + NOT_CHECK_WORTHY, "version", version))
                .then().statusCode(200)
                .body("article.version", is(version + 1));
        putText(id, Map.of("text", TEXT + "\n" + NOT_CHECK_WORTHY + " Nor did the police.", "version", version + 1))
                .then().statusCode(200)
                .body("article.version", is(version + 2));
        given().when().get("/api/articles/" + id)
                .then().body("version", is(version + 2))
                .body("text", is(TEXT + "\n" + NOT_CHECK_WORTHY + " Nor did the police."));
    }

    @Test
    void plainTextBodyReplacesTheText() {
        JsonPath article = Api.importArticle(TEXT);
        String edited = TEXT.replace("140 people", "145 people");

        given().contentType("text/plain; charset=UTF-8").header("If-Match", "*")
                .body(edited.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/articles/" + article.getLong("id") + "/text")
                .then().statusCode(200)
                .contentType("application/json")
                .body("article.text", is(edited))
                .body("article.claims.text", hasItem(ATTACK_CORRECTED))
                .body("anchoring.removed", is(1))
                .body("anchoring.added", is(1));
    }

    @Test
    void editBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");
        long attack = Api.claimContaining(article, "140 people");
        Reviews.save(attack, Reviews.verdict("TRUE"));
        String firstEdit = TEXT + "\n" + NOT_CHECK_WORTHY + "\n";
        putText(id, Map.of("text", firstEdit, "version", 0)).then().statusCode(200);
        JsonPath before = getArticle(id);

        putText(id, Map.of("text", TEXT.replace(ATTACK + "\n\n", ""), "version", 0))
                .then()
                .spec(problem(409))
                .body("currentVersion", is(1));

        JsonPath after = getArticle(id);
        assertEquals(firstEdit, after.getString("text"));
        assertEquals(1, after.getInt("version"));
        assertEquals(before.getList("claims"), after.getList("claims"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " \n\n\t "})
    void emptyTextIsRefusedAndChangesNothing(String text) {
        JsonPath article = Api.importArticle(TEXT);
        long id = article.getLong("id");

        putText(id, text).then().spec(problem(400));
        given().contentType("text/plain; charset=UTF-8").header("If-Match", "*").body(text.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/articles/" + id + "/text")
                .then().spec(problem(400));

        assertUnchanged(article);
    }

    @Test
    void requestWithoutTextIsRefused() {
        JsonPath article = Api.importArticle(TEXT);

        putText(article.getLong("id"), Map.of("version", 0)).then().spec(problem(400));
        given().contentType("application/json").body("{\"text\": ")
                .when().put("/api/articles/" + article.getLong("id") + "/text")
                .then().spec(problem(400));

        assertUnchanged(article);
    }

    @Test
    void textOfAnotherArticleIsRefusedWithALinkToIt() {
        JsonPath article = Api.importArticle(TEXT);
        long other = Api.importArticle(OTHER_TEXT).getLong("id");

        putText(article.getLong("id"), OTHER_TEXT)
                .then()
                .spec(problem(409))
                .body("existingArticleId", is((int) other));

        assertUnchanged(article);
    }

    @Test
    void textOverTheSizeLimitIsRefused() {
        JsonPath article = Api.importArticle(TEXT);
        String huge = TEXT + "x".repeat(MAX_BYTES);

        putText(article.getLong("id"), huge)
                .then()
                .spec(problem(413));
        given().contentType("text/plain; charset=UTF-8").header("If-Match", "*").body(huge.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/articles/" + article.getLong("id") + "/text")
                .then()
                .spec(problem(413));

        assertUnchanged(article);
    }

    @Test
    void unknownArticleIsNotFound() {
        long id = Api.importArticle(TEXT).getLong("id");
        long unknown = id + 1_000_000;

        putText(unknown, TEXT)
                .then()
                .spec(problem(404))
                .body("detail", containsString(String.valueOf(unknown)));
        given().contentType("text/plain; charset=UTF-8").header("If-Match", "*").body(TEXT.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/articles/" + unknown + "/text")
                .then()
                .spec(problem(404));
    }

    private static void doWork(long claimId, String work) {
        switch (work) {
            case "verdict" -> Reviews.save(claimId, Reviews.verdict("TRUE"));
            case "in progress" -> Reviews.save(claimId, Map.of("status", "IN_PROGRESS"));
            case "dismissed" -> Reviews.save(claimId, Map.of("status", "DISMISSED"));
            case "rationale" -> Reviews.save(claimId, Map.of("rationale", "Asked the ministry."));
            case "source" -> addSource(claimId);
            case "note" -> Reviews.addNote(claimId, "Ask the ministry for the final count.");
            default -> throw new IllegalArgumentException(work);
        }
    }

    private static Response putText(long articleId, String text) {
        return putText(articleId, Map.of("text", text));
    }

    /** Without a version in the body the edit overwrites deliberately (If-Match: *); locking is tested apart. */
    private static Response putText(long articleId, Map<String, ?> body) {
        return given().contentType("application/json").header("If-Match", body.containsKey("version") ? "" : "*")
                .body(new HashMap<>(body))
                .when().put("/api/articles/" + articleId + "/text");
    }

    private static void addSource(long claimId) {
        Reviews.addSource(claimId, Map.of("url", "https://example.org/ministry/report", "stance", "SUPPORTS"));
    }

    private static JsonPath getArticle(long id) {
        return given().when().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void assertUnchanged(JsonPath imported) {
        JsonPath now = getArticle(imported.getLong("id"));
        assertEquals(imported.getString("text"), now.getString("text"));
        assertEquals(imported.getInt("version"), now.getInt("version"));
        assertEquals(imported.getList("claims"), now.getList("claims"));
    }

    /** A quantity's offsets are into the article text, like its claim's. */
    private static void assertQuantitiesPointInto(String text, JsonPath response) {
        for (Map<String, Object> claim : claimsOf(response)) {
            for (Map<String, Object> quantity : asMaps(claim.get("quantities"))) {
                assertEquals(quantity.get("text"),
                        text.substring((Integer) quantity.get("start"), (Integer) quantity.get("end")),
                        "quantity of claim " + claim.get("id") + " at " + quantity.get("start"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> asMaps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static Map<String, Integer> summary(int anchored, int moved, int changed, int orphaned, int removed,
                                                int added) {
        return Map.of("anchored", anchored, "moved", moved, "changed", changed, "orphaned", orphaned,
                "removed", removed, "added", added);
    }

    /** Per claim: id, version, where it is and what the last edit did to it. */
    private static List<String> anchoringOf(JsonPath article) {
        return article.<Map<String, Object>>getList("claims").stream()
                .map(claim -> claim.get("id") + " v" + claim.get("version") + " #" + claim.get("ordinal") + " "
                        + claim.get("start") + ".." + claim.get("end") + " " + anchorOf(claim).get("state")
                        + (Boolean.TRUE.equals(anchorOf(claim).get("needsReview")) ? " flagged" : ""))
                .toList();
    }

    private static List<Map<String, Object>> claimsOf(JsonPath response) {
        return response.getList("article.claims");
    }

    private static List<Long> idsOf(JsonPath response) {
        return claimsOf(response).stream().map(claim -> ((Number) claim.get("id")).longValue()).toList();
    }

    private static Map<String, Object> claimById(JsonPath response, long id) {
        return claimsOf(response).stream()
                .filter(claim -> ((Number) claim.get("id")).longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("claim " + id + " is not in " + idsOf(response)));
    }

    private static Map<String, Object> claimOn(JsonPath article, String fragment) {
        return article.getMap("claims.find { it.text.contains('" + fragment + "') }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> anchorOf(Map<String, Object> claim) {
        return (Map<String, Object>) claim.get("anchor");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.values().removeIf(value -> value == null);
        return copy;
    }

    private static String contextBefore(String text, int start) {
        return text.substring(Math.max(0, start - Claim.QUOTE_CONTEXT), start);
    }

}
