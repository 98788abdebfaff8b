package factcheck.claim;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static factcheck.support.PageForms.csrf;
import static factcheck.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verdict is published with its reasoning, so a verdict without a rationale is refused. */
@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "reviewer", roles = {"EDITOR", "REVIEWER"})
class RationaleRequiredTest {

    private long claimId;

    @BeforeEach
    void aClaim() {
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @Test
    void verdictWithoutARationaleIsRefusedNamingTheFieldUntilOneIsSaved() {
        Reviews.send(claimId, Map.of("verdict", "FALSE"))
                .then().spec(problem(422))
                .body("errors[0].field", equalTo("rationale"))
                .body("errors[0].message", containsString("needs a rationale"));
        Reviews.send(claimId, Map.of("verdict", "FALSE", "rationale", "   ")).then().spec(problem(422));

        given().get("/api/claims/" + claimId).then()
                .body("status", is("UNREVIEWED")).body("verdict", nullValue()).body("version", is(0));

        Reviews.send(claimId, Map.of("rationale", "The ministry reported 139 deaths.")).then().statusCode(200);
        Reviews.send(claimId, Map.of("verdict", "MOSTLY_TRUE")).then().statusCode(200)
                .body("verdict", is("MOSTLY_TRUE")).body("rationale", is("The ministry reported 139 deaths."));
    }

    @Test
    void theRationaleOfAVerdictCannotBeClearedAway() {
        Reviews.send(claimId, Map.of("verdict", "FALSE", "rationale", "The toll was 145.")).then().statusCode(200);

        Reviews.send(claimId, Map.of("rationale", ""))
                .then().spec(problem(422)).body("errors[0].field", equalTo("rationale"));
        Reviews.send(claimId, Map.of("status", "IN_PROGRESS", "rationale", ""))
                .then().statusCode(200).body("rationale", nullValue());
    }

    @Test
    void thePageShowsTheMessageAtTheRationaleFieldAndKeepsTheChoice() {
        String body = given().filter(csrf()).header("HX-Request", "true")
                .formParam("decision", "UNREVIEWED").formParam("quick", "FALSE").formParam("rationale", "")
                .formParam("version", 0)
                .when().post("/claims/" + claimId)
                .then().statusCode(422).extract().asString();
        Document panel = Jsoup.parseBodyFragment(body);

        assertTrue(panel.selectFirst("#rationale-error").text().contains("needs a rationale"));
        assertEquals("true", panel.selectFirst("#rationale").attr("aria-invalid"));
        assertEquals("FALSE", panel.selectFirst("#decision option[selected]").val());
        given().get("/api/claims/" + claimId).then().body("status", is("UNREVIEWED"));
    }
}
