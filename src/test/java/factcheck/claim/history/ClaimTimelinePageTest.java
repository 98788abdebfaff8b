package factcheck.claim.history;

import factcheck.support.Api;
import factcheck.support.EmptyDatabase;
import factcheck.support.Reviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static factcheck.claim.history.HistoryApi.addSource;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@EmptyDatabase
@TestSecurity(user = "editor", roles = {"EDITOR", "REVIEWER"})
class ClaimTimelinePageTest {

    private long claimId;

    @BeforeEach
    void importArticle() {
        claimId = Api.claimContaining(Api.importArticle(Api.FACTUAL_TEXT), "140 people");
    }

    @Test
    void showsWhoWhenAndWhatChangedNewestFirst() {
        Reviews.save(claimId, 0, Map.of("verdict", "MOSTLY_FALSE", "rationale", "The toll was 145."));
        addSource(claimId, "https://example.org/toll", "Official toll");

        String timeline = timeline();

        assertThat(timeline, containsString("<span class=\"who\">editor</span>"));
        assertThat(timeline, containsString("<span class=\"field\">Verdict:</span> <del><bdi>—</bdi></del> → <ins><bdi>Mostly false</bdi></ins>"));
        assertThat(timeline, containsString("<span class=\"field\">Status:</span> <del><bdi>Unreviewed</bdi></del> → <ins><bdi>Reviewed</bdi></ins>"));
        assertThat(timeline, containsString("<ins><bdi>The toll was 145.</bdi></ins>"));
        assertThat(timeline.indexOf("Source added: <bdi>Official toll</bdi>"), lessThan(timeline.indexOf("Claim changed")));
        assertThat(timeline.indexOf("Claim changed"), lessThan(timeline.indexOf("Claim proposed")));
    }

    @Test
    void escapesWhatReviewersWrote() {
        Reviews.save(claimId, 0, Map.of("verdict", "FALSE", "rationale", "<script>alert('x')</script>"));

        String timeline = timeline();

        assertThat(timeline, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertThat(timeline, not(containsString("<script>")));
    }

    private String timeline() {
        String page = given().when().get("/claims/" + claimId).then().statusCode(200).extract().asString();
        int start = page.indexOf("<section id=\"history\"");
        assertThat("the page has a history section", start, not(lessThan(0)));
        return page.substring(start, page.indexOf("</section>", start));
    }
}
