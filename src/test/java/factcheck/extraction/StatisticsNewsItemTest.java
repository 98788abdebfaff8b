package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A second, differently styled text (wire-style disaster report) to guard against overfitting the sample. */
class StatisticsNewsItemTest {

    private static final String TEXT = String.join("\n",
            "Flood damage in Riverton tops $3.2 billion",
            "",
            "By Jane Doe, Science Correspondent",
            "",
            "RIVERTON — Floods that swept through the Riverton valley last week killed at least 12 people and "
                    + "displaced more than 4,000 residents, officials said on Monday.",
            "",
            "According to the state emergency agency, damage to roads and homes is estimated at $3.2 billion. "
                    + "Dr. Smith said hospitals treated about 250 patients for injuries, and that more than 40% "
                    + "of them were children.",
            "",
            "\"We have never seen water rise this fast,\" said Mayor Ana López. The U.S. Army Corps of Engineers "
                    + "sent 300 soldiers and 15 pumps to the area on March 5, 2024.",
            "",
            "Will the levees hold next year? Residents should prepare for more storms, and experts say the river "
                    + "might rise again in spring.",
            "",
            "It was a difficult week for everyone.",
            "",
            "Image: Reuters");

    private final List<ExtractedClaim> claims = new ClaimExtractor().extract(TEXT);

    private ExtractedClaim claimStartingWith(String prefix) {
        return claims.stream().filter(c -> c.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starts with " + prefix + " in " + claims));
    }

    private static Quantity quantityWithValue(ExtractedClaim claim, String value) {
        return claim.quantities().stream().filter(q -> value.equals(q.value())).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity " + value + " in " + claim.quantities()));
    }

    @Test
    void findsCasualtyClaimWithQualifiedCounts() {
        ExtractedClaim claim = claimStartingWith("RIVERTON");
        Quantity dead = quantityWithValue(claim, "12");
        assertEquals("people", dead.unit());
        assertEquals("at least", dead.qualifier());
        Quantity displaced = quantityWithValue(claim, "4000");
        assertEquals("people", displaced.unit());
        assertEquals("more than", displaced.qualifier());
        assertTrue(claim.reasons().stream().anyMatch(r -> r.startsWith("attributes to a source: officials said")));
    }

    @Test
    void findsDamageEstimateInDollars() {
        ExtractedClaim claim = claimStartingWith("According to the state emergency agency");
        Quantity damage = quantityWithValue(claim, "3200000000");
        assertEquals("USD", damage.unit());
        assertEquals("$3.2 billion", damage.text());
        assertEquals(ClaimKind.STATISTIC, claim.kind());
    }

    @Test
    void keepsDoctorTitleInsideAttributedStatistic() {
        ExtractedClaim claim = claimStartingWith("Dr. Smith said");
        assertTrue(claim.text().endsWith("were children."), claim.text());
        Quantity share = quantityWithValue(claim, "40");
        assertEquals("percent", share.unit());
        assertEquals("more than", share.qualifier());
        assertEquals("about", quantityWithValue(claim, "250").qualifier());
        assertTrue(claim.reasons().stream().anyMatch(r -> r.startsWith("attributes to a source: Dr. Smith said (")),
                claim.reasons().toString());
    }

    @Test
    void findsDirectQuoteFromNamedSpeaker() {
        ExtractedClaim claim = claimStartingWith("\"We have never seen");
        assertEquals(ClaimKind.QUOTE, claim.kind());
    }

    @Test
    void findsDeploymentWithFullDate() {
        ExtractedClaim claim = claimStartingWith("The U.S. Army Corps");
        assertEquals("date", quantityWithValue(claim, "2024-03-05").unit());
        assertEquals("people", quantityWithValue(claim, "300").unit());
        assertEquals("pumps", quantityWithValue(claim, "15").unit());
    }

    @Test
    void leavesOutHeadlineBylineQuestionAdviceVaguenessAndCredit() {
        assertEquals(5, claims.size(), claims.toString());
        for (ExtractedClaim claim : claims) {
            assertTrue(!claim.text().startsWith("Flood damage") && !claim.text().startsWith("By Jane")
                    && !claim.text().startsWith("Will the") && !claim.text().startsWith("Residents should")
                    && !claim.text().startsWith("It was") && !claim.text().startsWith("Image"), claim.text());
        }
    }
}
