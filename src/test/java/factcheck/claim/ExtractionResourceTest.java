package factcheck.claim;

import factcheck.extraction.ClaimExtractor;
import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ExtractionResourceTest {

    static final int MAX_BYTES = 1_048_576;

    @Test
    void returnsTheClaimsATextWouldYieldWithTheirExplanation() {
        JsonPath result = extract(Map.of("text", Api.FACTUAL_TEXT))
                .then().statusCode(200)
                .contentType("application/json")
                .body("claims", hasSize(2))
                .body("claims.score", everyItem(notNullValue()))
                .body("claims.reasons", everyItem(not(empty())))
                .body("claims.kind", everyItem(notNullValue()))
                .extract().jsonPath();

        List<Map<String, Object>> claims = result.getList("claims");
        for (Map<String, Object> claim : claims) {
            assertEquals(Api.FACTUAL_TEXT.substring((Integer) claim.get("start"), (Integer) claim.get("end")),
                    claim.get("text"));
            assertThat(((Number) claim.get("score")).doubleValue(), is(both(ClaimExtractor.defaultThreshold(), 1.0)));
        }
        assertEquals("The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.",
                claims.get(0).get("text"));
        assertThat(result.getList("claims[0].quantities.value"), hasItem("140"));
        assertThat(result.getList("claims[1].quantities.value"), hasItem("10000000"));
        for (Map<String, Object> quantity : result.<Map<String, Object>>getList("claims[0].quantities")) {
            assertEquals(Api.FACTUAL_TEXT.substring((Integer) quantity.get("start"), (Integer) quantity.get("end")),
                    quantity.get("text"));
        }
    }

    @Test
    void storesNothing() {
        extract(Map.of("text", Api.FACTUAL_TEXT)).then().statusCode(200);

        given().when().get("/api/articles").then().statusCode(200).body("total", is(0));
        // Nothing stored, so importing the same text afterwards is no duplicate.
        Api.importArticle(Api.FACTUAL_TEXT);
    }

    @Test
    void previewsExactlyWhatAnImportProposes() {
        List<Map<String, Object>> preview = extract(Map.of("text", Api.FACTUAL_TEXT))
                .then().statusCode(200).extract().jsonPath().getList("claims");

        JsonPath imported = Api.importArticle(Api.FACTUAL_TEXT);

        assertEquals(preview.stream().map(claim -> claim.get("text")).toList(), imported.getList("claims.text"));
        assertEquals(preview.stream().map(claim -> claim.get("start")).toList(), imported.getList("claims.start"));
        assertEquals(preview.stream().map(claim -> claim.get("score")).toList(), imported.getList("claims.score"));
    }

    @Test
    void textWithoutCheckWorthySentencesYieldsNoClaims() {
        extract(Map.of("text", "Did the ministry answer any questions? What do readers make of it?"))
                .then().statusCode(200)
                .body("claims", empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusesARequestWithoutText(Map<String, ?> body, Matcher<?> field) {
        extract(body).then().spec(problem(400)).body("errors[0].field", field);
    }

    static Stream<Arguments> refusesARequestWithoutText() {
        return Stream.of(
                arguments(named("an empty text, naming the field", Map.of("text", "")), is("text")),
                arguments(named("a text of spaces, naming the field", Map.of("text", "   ")), is("text")),
                arguments(named("a text of line breaks and a tab, naming the field", Map.of("text", "\n\t\n")),
                        is("text")),
                arguments(named("only a title", Map.of("title", "No text here")), anything()));
    }

    @Test
    void refusesAnEmptyBody() {
        given().contentType("application/json")
                .when().post("/api/extract")
                .then().spec(problem(400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusesATextOverTheSizeLimit(String text, Matcher<?> detail) {
        extract(Map.of("text", text)).then().spec(problem(413)).body("detail", detail);
    }

    static Stream<Arguments> refusesATextOverTheSizeLimit() {
        return Stream.of(
                arguments(named("one byte over, with the limit named", "x".repeat(MAX_BYTES + 1)),
                        containsString(String.valueOf(MAX_BYTES))),
                arguments(named("within the limit in characters but over it in UTF-8 bytes",
                        "é".repeat(MAX_BYTES / 2 + 1)), anything()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": ", "{text: \"The attack killed 140 people.\"}", "The attack killed 140 people.",
            "[\"The attack killed 140 people.\"]", "{\"text\": 140}"})
    void refusesMalformedJson(String body) {
        given().contentType("application/json").body(body)
                .when().post("/api/extract")
                .then().spec(problem(400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "text/html"})
    void refusesOtherMediaTypes(String contentType) {
        given().contentType(contentType).body(Api.FACTUAL_TEXT)
                .when().post("/api/extract")
                .then().spec(problem(415));
    }

    @Test
    void onlyAcceptsPost() {
        given().when().get("/api/extract").then().statusCode(405);
    }

    private static Response extract(Map<String, ?> body) {
        return given().contentType("application/json").body(body).when().post("/api/extract");
    }

    private static Matcher<Double> both(double low, double high) {
        return allOf(greaterThanOrEqualTo(low), lessThanOrEqualTo(high));
    }
}
