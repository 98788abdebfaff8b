package factcheck.web;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text. A NUL in a query parameter, a form field or a JSON
 * string is refused as bad input naming the field, before anything reaches the database.
 */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "admin", roles = {"ADMIN", "EDITOR", "REVIEWER"})
class NulCharacterTest {

    private static final String NUL = "\u0000";

    private long claimId;

    @BeforeEach
    void importArticle() {
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/claims?q=%00, q",
            "/api/claims?q=migrants%00killed, q",
            "/api/reports?outlet=%00, outlet",
            "/api/reports?reviewer=a%00b, reviewer",
            "/api/users/ad%00min, username"})
    void apiQueryOrPathWithNulIsABadRequestNamingTheParameter(String address, String field) {
        given().urlEncodingEnabled(false)
                .when().get(address)
                .then().spec(problem(400))
                .body("errors[0].field", is(field))
                .body("detail", containsString("NUL"));
    }

    @Test
    void claimSearchPageWithNulSaysSoInsteadOfFailing() {
        String html = given().urlEncodingEnabled(false)
                .when().get("/claims?q=%00")
                .then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(Jsoup.parse(html).text(), containsString("NUL"));
    }

    @Test
    void reportsPageWithNulSaysSoInsteadOfFailing() {
        given().urlEncodingEnabled(false)
                .when().get("/reports?run=true&outlet=%00")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("NUL"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "POST, title, /api/articles",
            "POST, outlet, /api/articles",
            "POST, author, /api/articles"})
    void articleFieldWithNulIsRefusedAndNothingIsImported(String method, String field, String path) {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "A fresh text about 12 people in Paris in 2020.", field, "Bad" + NUL + "value"))
                .when().request(method, path)
                .then().spec(problem(400))
                .body("errors[0].field", is(field));

        given().when().get("/api/articles").then().body("total", is(1));
    }

    @Test
    void reviewSourceNoteAndAssigneeWithNulAreRefused() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("rationale", "Half" + NUL + "way"))
                .when().patch("/api/claims/" + claimId)
                .then().spec(problem(400)).body("errors[0].field", is("rationale"));
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/", "title", "A" + NUL, "stance", "CONTEXT"))
                .when().post("/api/claims/" + claimId + "/sources")
                .then().spec(problem(400)).body("errors[0].field", is("title"));
        given().contentType(ContentType.JSON).body(Map.of("text", NUL))
                .when().post("/api/claims/" + claimId + "/notes")
                .then().spec(problem(400)).body("errors[0].field", is("text"));
        given().contentType(ContentType.JSON).body(Map.of("username", "admin" + NUL))
                .when().put("/api/claims/" + claimId + "/assignee")
                .then().spec(problem(400)).body("errors[0].field", is("username"));

        JsonPath claim = given().when().get("/api/claims/" + claimId).then().extract().jsonPath();
        assertThat(claim.getInt("version"), equalTo(0));
        assertThat(claim.getList("sources"), empty());
        assertThat(claim.getList("notes"), empty());
    }

    @Test
    void pageFormFieldWithNulIsShownAsAnError() {
        String html = given().filter(csrf()).redirects().follow(false)
                .formParam("username", "admin" + NUL)
                .when().post("/claims/" + claimId + "/assignee")
                .then().statusCode(400).contentType(containsString("text/html"))
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertThat(page.text(), containsString("NUL"));
        given().when().get("/api/claims/" + claimId).then().body("assignee", is((String) null));
    }

    @Test
    void importFormWithNulInTheTitleShowsTheFormAgain() {
        given().filter(csrf()).redirects().follow(false)
                .multiPart("text", "A fresh text about 12 people in Paris in 2020.")
                .multiPart("title", "Bad" + NUL + "title")
                .when().post("/articles")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("NUL"));
        given().when().get("/api/articles").then().body("total", is(1));
    }
}
