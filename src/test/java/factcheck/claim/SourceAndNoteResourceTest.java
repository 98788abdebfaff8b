package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class SourceAndNoteResourceTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at a concert hall in Moscow.\n\n"
            + "According to the interior ministry, an estimated 10 million migrants live in Russia.";

    @Test
    void addsSourceToClaim() {
        long claimId = firstClaim();

        Response response = addSource(claimId, Map.of(
                "url", "https://example.org/ministry/report",
                "title", "Annual migration report",
                "publisher", "Interior ministry",
                "excerpt", "About 10 million foreign workers were registered.",
                "stance", "SUPPORTS",
                "publishedOn", "2024-01-15"));

        response.then()
                .statusCode(201)
                .body("claimId", is((int) claimId))
                .body("url", is("https://example.org/ministry/report"))
                .body("title", is("Annual migration report"))
                .body("publisher", is("Interior ministry"))
                .body("excerpt", is("About 10 million foreign workers were registered."))
                .body("stance", is("SUPPORTS"))
                .body("publishedOn", is("2024-01-15"))
                .body("accessedAt", notNullValue());
        long sourceId = response.jsonPath().getLong("id");
        response.then().header("Location", endsWith("/api/sources/" + sourceId));
        given().when().get("/api/sources/" + sourceId)
                .then()
                .statusCode(200)
                .body("id", is((int) sourceId))
                .body("claimId", is((int) claimId))
                .body("stance", is("SUPPORTS"))
                .body("url", is("https://example.org/ministry/report"));
        given().when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("sources.id", is(List.of((int) sourceId)));
    }

    @Test
    void addsSourceWithOnlyUrlAndStance() {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", "http://example.org/context", "stance", "CONTEXT"))
                .then()
                .statusCode(201)
                .body("stance", is("CONTEXT"))
                .body("title", nullValue())
                .body("publishedOn", nullValue());
    }

    @Test
    void deletesSource() {
        long claimId = firstClaim();
        long kept = addSource(claimId, Map.of("url", "https://example.org/a", "stance", "SUPPORTS"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long removed = addSource(claimId, Map.of("url", "https://example.org/b", "stance", "REFUTES"))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        given().when().delete("/api/sources/" + removed).then().statusCode(204);

        given().when().get("/api/sources/" + removed).then().spec(problem(404));
        given().when().get("/api/sources/" + kept).then().statusCode(200);
        given().when().get("/api/claims/" + claimId)
                .then().statusCode(200).body("sources.id", is(List.of((int) kept)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://x", "not a url", "http://", "mailto:desk@example.org"})
    void rejectsSourceUrlThatIsNotHttp(String url) {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", url, "stance", "REFUTES"))
                .then()
                .spec(problem(400));
        assertNoSources(claimId);
    }

    /** Hosts are stored in their ASCII form, as browsers convert them; the rest of the address as given. */
    @ParameterizedTest
    @CsvSource({
            "https://bücher.example/katalog?titel=Bär, https://xn--bcher-kva.example/katalog?titel=Bär",
            "http://MÜNCHEN.example:8080/, http://xn--mnchen-3ya.example:8080/",
            "https://faß.de/, https://xn--fa-hia.de/",
            "https://xn--bcher-kva.example/, https://xn--bcher-kva.example/"})
    void sourceUrlWithAnInternationalDomainNameIsStoredWithItsAsciiHost(String url, String stored) {
        long claimId = firstClaim();

        long sourceId = addSource(claimId, Map.of("url", url, "stance", "CONTEXT"))
                .then().statusCode(201).body("url", is(stored))
                .extract().jsonPath().getLong("id");
        given().when().get("/api/sources/" + sourceId).then().statusCode(200).body("url", is(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bü_cher.example/", "https://bücher..example/", "https://-bücher.example/"})
    void rejectsSourceUrlWhoseHostIsNoDomainName(String url) {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", url, "stance", "CONTEXT")).then().spec(problem(400))
                .body("errors[0].field", is("url"));
        assertNoSources(claimId);
    }

    @Test
    void rejectsSourceWithoutUrl() {
        long claimId = firstClaim();

        addSource(claimId, Map.of("stance", "REFUTES", "title", "No address"))
                .then()
                .spec(problem(400))
                .body("detail", containsString("URL"));
        assertNoSources(claimId);
    }

    @Test
    void rejectsSourceWithoutStance() {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", "https://example.org/report"))
                .then()
                .spec(problem(400))
                .body("detail", allOf(containsString("SUPPORTS"), containsString("REFUTES"),
                        containsString("CONTEXT")));
        assertNoSources(claimId);
    }

    @Test
    void rejectsUnknownStance() {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", "https://example.org/report", "stance", "AGREES"))
                .then()
                .spec(problem(400))
                .body("detail", allOf(containsString("AGREES"), containsString("SUPPORTS"),
                        containsString("REFUTES"), containsString("CONTEXT")));
        assertNoSources(claimId);
    }

    @Test
    void rejectsNumericStance() {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", "https://example.org/report", "stance", 1))
                .then()
                .spec(problem(400))
                .body("detail", allOf(containsString("SUPPORTS"), containsString("REFUTES"),
                        containsString("CONTEXT")));
        assertNoSources(claimId);
    }

    @Test
    void deletingSourceTwiceGivesNotFound() {
        long claimId = firstClaim();
        long sourceId = addSource(claimId, Map.of("url", "https://example.org/a", "stance", "SUPPORTS"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().delete("/api/sources/" + sourceId).then().statusCode(204);

        given().when().delete("/api/sources/" + sourceId).then().spec(problem(404));
    }

    @ParameterizedTest
    @ValueSource(strings = {"last week", "2024-02-30", "15.01.2024"})
    void rejectsBadSourcePublishedOn(String date) {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", "https://example.org/report", "stance", "SUPPORTS", "publishedOn", date))
                .then()
                .spec(problem(400))
                .body("detail", containsString("publishedOn"));
        assertNoSources(claimId);
    }

    /** Bodies that are not a source object: cut-off JSON, a JSON array, XML. Nothing is stored. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            application/json | {"url": "https://example.org", "stance":                                 | 400
            application/json | [{"url": "https://example.org", "stance": "SUPPORTS"}]                  | 400
            application/xml  | <source><url>https://example.org</url><stance>SUPPORTS</stance></source> | 415
            """)
    void rejectsBodiesThatAreNotASourceObject(String contentType, String body, int status) {
        long claimId = firstClaim();

        given()
                .contentType(contentType)
                .body(body)
                .when().post("/api/claims/" + claimId + "/sources")
                .then()
                .spec(problem(status));
        assertNoSources(claimId);
    }

    @Test
    void rejectsSourceForUnknownClaim() {
        long claimId = firstClaim();

        addSource(claimId + 1_000_000, Map.of("url", "https://example.org/report", "stance", "SUPPORTS"))
                .then()
                .spec(problem(404));
        assertNoSources(claimId);
    }

    @Test
    void returnsNotFoundForUnknownSource() {
        long claimId = firstClaim();
        long sourceId = addSource(claimId, Map.of("url", "https://example.org/a", "stance", "SUPPORTS"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long unknown = sourceId + 1_000_000;

        given().when().get("/api/sources/" + unknown)
                .then().spec(problem(404)).body("detail", containsString(String.valueOf(unknown)));
        given().when().delete("/api/sources/" + unknown).then().spec(problem(404));
        given().when().get("/api/claims/" + claimId)
                .then().statusCode(200).body("sources.id", is(List.of((int) sourceId)));
    }

    @Test
    void addsNoteToClaim() {
        long claimId = firstClaim();

        Response response = addNote(claimId, Map.of("text", "  Ask the ministry for the raw figures.  "));

        response.then()
                .statusCode(201)
                .body("claimId", is((int) claimId))
                .body("text", is("Ask the ministry for the raw figures."))
                .body("createdAt", notNullValue());
        long noteId = response.jsonPath().getLong("id");
        response.then().header("Location", endsWith("/api/notes/" + noteId));
        given().when().get("/api/notes/" + noteId)
                .then()
                .statusCode(200)
                .body("id", is((int) noteId))
                .body("claimId", is((int) claimId))
                .body("text", is("Ask the ministry for the raw figures."));
        given().when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("notes.text", is(List.of("Ask the ministry for the raw figures.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " \n\t "})
    void rejectsBlankNote(String text) {
        long claimId = firstClaim();

        addNote(claimId, Map.of("text", text)).then().spec(problem(400));
        assertNoNotes(claimId);
    }

    @Test
    void rejectsNoteWithoutText() {
        long claimId = firstClaim();

        addNote(claimId, Map.of()).then().spec(problem(400));
        assertNoNotes(claimId);
    }

    @Test
    void rejectsMalformedNoteJson() {
        long claimId = firstClaim();

        given()
                .contentType("application/json")
                .body("{\"text\": \"unfinished")
                .when().post("/api/claims/" + claimId + "/notes")
                .then()
                .spec(problem(400));
        assertNoNotes(claimId);
    }

    @Test
    void rejectsNoteForUnknownClaim() {
        long claimId = firstClaim();

        addNote(claimId + 1_000_000, Map.of("text", "Lost note")).then().spec(problem(404));
        assertNoNotes(claimId);
    }

    @Test
    void returnsNotFoundForUnknownNote() {
        long claimId = firstClaim();
        long noteId = addNote(claimId, Map.of("text", "A note")).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        given().when().get("/api/notes/" + (noteId + 1_000_000))
                .then().spec(problem(404)).body("detail", containsString(String.valueOf(noteId + 1_000_000)));
        given().when().get("/api/notes/not-a-number").then().statusCode(404)
                .header("Content-Type", startsWith("application/problem+json"));
    }

    @Test
    void sourcesAndNotesLeaveTheReviewAlone() {
        long claimId = firstClaim();

        addSource(claimId, Map.of("url", "https://example.org/a", "stance", "REFUTES")).then().statusCode(201);
        addNote(claimId, Map.of("text", "Contradicted by the city's own count.")).then().statusCode(201);

        given().when().get("/api/claims/" + claimId)
                .then()
                .statusCode(200)
                .body("status", is("UNREVIEWED"))
                .body("verdict", nullValue());
    }

    private static Response addSource(long claimId, Map<String, ?> body) {
        return given()
                .contentType("application/json")
                .body(new HashMap<>(body))
                .when().post("/api/claims/" + claimId + "/sources");
    }

    private static Response addNote(long claimId, Map<String, ?> body) {
        return given()
                .contentType("application/json")
                .body(new HashMap<>(body))
                .when().post("/api/claims/" + claimId + "/notes");
    }

    private static void assertNoSources(long claimId) {
        given().when().get("/api/claims/" + claimId).then().statusCode(200).body("sources", empty());
    }

    private static void assertNoNotes(long claimId) {
        given().when().get("/api/claims/" + claimId).then().statusCode(200).body("notes", empty());
    }

    private static long firstClaim() {
        return Api.firstClaimOf(Api.importArticle(ATTACK));
    }
}
