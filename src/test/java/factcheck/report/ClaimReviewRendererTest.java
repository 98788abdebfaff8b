package factcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.claim.AnchorState;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ClaimReview markup for every verdict, read back as JSON. */
class ClaimReviewRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant REVIEWED_AT = Instant.parse("2024-11-05T23:30:00Z");
    private static final ClaimReviewRenderer RENDERER = new ClaimReviewRenderer(JSON, "Example Checks",
            "https://checks.example.org", "{organizationUrl}/fact-checks/{articleId}#claim-{claimId}");

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void everyVerdictGivesACompleteClaimReview(Verdict verdict) throws IOException {
        JsonNode review = render(article("Jane Roe", "Example News"), reviewed(7, verdict, "The toll was 140.")).get(0);

        assertEquals("https://schema.org", review.get("@context").asText());
        assertEquals("ClaimReview", review.get("@type").asText());
        assertEquals("https://checks.example.org/fact-checks/3#claim-7", review.get("url").asText());
        assertEquals("The toll was 140.", review.get("claimReviewed").asText());
        assertEquals("2024-11-05", review.get("datePublished").asText());
        assertEquals(Map.of("@type", "Organization", "name", "Example Checks", "url", "https://checks.example.org"),
                JSON.convertValue(review.get("author"), Map.class));
        JsonNode rating = review.get("reviewRating");
        assertEquals("Rating", rating.get("@type").asText());
        assertEquals(RatingScale.label(verdict), rating.get("alternateName").asText());
        if (verdict == Verdict.UNVERIFIABLE) {
            assertFalse(rating.has("ratingValue"), "unverifiable is words only");
            assertFalse(rating.has("bestRating"));
        } else {
            assertTrue(rating.get("ratingValue").isInt());
            int value = rating.get("ratingValue").asInt();
            assertTrue(value >= 1 && value <= 5, "rating " + value);
            assertEquals(5, rating.get("bestRating").asInt());
            assertEquals(1, rating.get("worstRating").asInt());
        }
        JsonNode item = review.get("itemReviewed");
        assertEquals("Claim", item.get("@type").asText());
        assertEquals("https://news.example.org/a", item.get("appearance").get(0).get("url").asText());
        assertEquals("Person", item.get("author").get("@type").asText());
        assertEquals("Jane Roe", item.get("author").get("name").asText());
        assertEquals("2024-11-01", item.get("datePublished").asText());
    }

    @Test
    void ratingsRunFromTrueToFalse() {
        assertEquals(List.of(5, 4, 3, 2, 2, 1), List.of(Verdict.TRUE, Verdict.MOSTLY_TRUE, Verdict.MIXED,
                Verdict.MISLEADING, Verdict.MOSTLY_FALSE, Verdict.FALSE).stream()
                .map(verdict -> RatingScale.value(verdict).getAsInt()).toList());
    }

    @Test
    void openDismissedAndChangedClaimsAreLeftOut() throws IOException {
        ClaimReport changed = new ClaimReport(8, 3, 2, 2, 20, 30, "Changed since.", ClaimKind.EVENT, 0.8,
                ClaimStatus.REVIEWED, "FALSE", "x", "editor", REVIEWED_AT, AnchorState.CHANGED, true, List.of(), List.of());
        ClaimReport dismissed = new ClaimReport(9, 3, 3, 3, 40, 50, "Dismissed.", ClaimKind.EVENT, 0.8,
                ClaimStatus.DISMISSED, ClaimReport.DISMISSED, null, "editor", REVIEWED_AT, AnchorState.ANCHORED,
                false, List.of(), List.of());
        ClaimReport open = new ClaimReport(10, 3, 4, 4, 60, 70, "Open.", ClaimKind.EVENT, 0.8,
                ClaimStatus.IN_PROGRESS, ClaimReport.UNREVIEWED, null, null, null, AnchorState.ANCHORED, false,
                List.of(), List.of());

        JsonNode reviews = render(article(null, "Example News"), changed, dismissed, open,
                reviewed(11, Verdict.TRUE, "Kept."));

        assertEquals(1, reviews.size());
        assertEquals("Kept.", reviews.get(0).get("claimReviewed").asText());
        // Without an author, the outlet made the claim.
        assertEquals(Map.of("@type", "Organization", "name", "Example News"),
                JSON.convertValue(reviews.get(0).get("itemReviewed").get("author"), Map.class));
    }

    @Test
    void longClaimsAreCutAtAWord() {
        String shortened = ClaimReviewRenderer.shortText("word ".repeat(100));

        assertTrue(shortened.length() <= ClaimReviewRenderer.MAX_CLAIM_LENGTH, shortened);
        assertTrue(shortened.endsWith("word…"), shortened);
    }

    /** The markup can be pasted into a page's script element: no text in it can end the element. */
    @Test
    void markupCharactersAreEscapedAndReadBackUnchanged() throws IOException {
        String claim = "Officials said </script><script>alert(1)</script> 140 & more > less.";
        ArticleDetailsReport article = new ArticleDetailsReport(3, "<b>Headline</b> & co", null, "</script>",
                "https://news.example.org/a?x=1&y=2", LocalDate.parse("2024-11-01"), REVIEWED_AT, "text");

        String markup = RENDERER.render(List.of(report(article, reviewed(7, Verdict.FALSE, claim))));

        assertFalse(markup.contains("<") || markup.contains(">") || markup.contains("&"), markup);
        assertTrue(markup.contains("\\u003c/script\\u003e\\u003cscript\\u003e"), markup);
        assertTrue(markup.contains(" \\u0026 more \\u003e less"), markup);
        JsonNode review = JSON.readTree(markup).get(0);
        assertEquals(claim, review.get("claimReviewed").asText());
        assertEquals("</script>", review.get("itemReviewed").get("author").get("name").asText());
        assertEquals("<b>Headline</b> & co", review.get("itemReviewed").get("appearance").get(0).get("headline").asText());
        assertEquals("https://news.example.org/a?x=1&y=2",
                review.get("itemReviewed").get("appearance").get(0).get("url").asText());
    }

    @Test
    void sameReportGivesTheSameBytes() {
        ArticleReport report = report(article("Jane Roe", null), reviewed(7, Verdict.MIXED, "Same."));

        assertEquals(RENDERER.render(List.of(report)), RENDERER.render(List.of(report)));
    }

    private static JsonNode render(ArticleDetailsReport article, ClaimReport... claims) throws IOException {
        return JSON.readTree(RENDERER.render(List.of(report(article, claims))));
    }

    private static ArticleReport report(ArticleDetailsReport article, ClaimReport... claims) {
        List<ClaimReport> list = List.of(claims);
        return new ArticleReport(1, REVIEWED_AT, ReportScope.ALL, article, ReviewSummaryReport.of(list), list);
    }

    private static ArticleDetailsReport article(String author, String outlet) {
        return new ArticleDetailsReport(3, "Headline", outlet, author, "https://news.example.org/a",
                LocalDate.parse("2024-11-01"), REVIEWED_AT, "text");
    }

    private static ClaimReport reviewed(long id, Verdict verdict, String text) {
        return new ClaimReport(id, 3, 1, 1, 0, text.length(), text, ClaimKind.STATISTIC, 0.9, ClaimStatus.REVIEWED,
                verdict.name(), "Because.", "editor", REVIEWED_AT, AnchorState.ANCHORED, false, List.of(), List.of());
    }
}
