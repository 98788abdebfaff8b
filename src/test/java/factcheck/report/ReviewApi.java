package factcheck.report;

import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.support.Api;
import factcheck.support.Reviews;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Makes test data the way editors do, through the JSON API, so the reports see what production would store.
 */
final class ReviewApi {

    /** Three sentences the extractor proposes as claims: each states a number, a date or a place. */
    static final String ATTACK_TEXT = "The attack in March 2024 killed 140 people in Moscow. "
            + "Officials said 10 million migrants live in Russia. "
            + "Polls indicate 49 % in Kyrgyzstan blame the war.";

    private ReviewApi() {
    }

    /** Imports an article and returns the created article, claims included. */
    static JsonPath importArticle(String title, String text) {
        return Api.importArticle(Map.of("title", title, "text", text,
                "url", "https://news.example.org/central-asia", "outlet", "Example News"));
    }

    static void giveVerdict(long claimId, Verdict verdict, String rationale) {
        Reviews.save(claimId, Map.of("verdict", verdict.name(), "rationale", rationale));
    }

    static void changeStatus(long claimId, ClaimStatus status) {
        Reviews.save(claimId, Map.of("status", status.name()));
    }

    /** Adds a source published by Example Agency, with a date, as reports show them. */
    static void addSource(long claimId, String url, String title, String stance) {
        Reviews.addSource(claimId, Map.of("url", url, "title", title, "publisher", "Example Agency", "stance", stance,
                "publishedOn", "2024-03-23"));
    }

    /** The report body in the given text format ({@code md}, {@code json}, {@code csv}, {@code html}, …). */
    static String report(long articleId, String format) {
        return given().queryParam("format", format)
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .extract().asString();
    }

    /** The report as bytes, for the PDF. */
    static byte[] reportBytes(long articleId, String format) {
        return given().queryParam("format", format)
                .when().get("/api/articles/{id}/report", articleId)
                .then().statusCode(200)
                .extract().asByteArray();
    }
}
