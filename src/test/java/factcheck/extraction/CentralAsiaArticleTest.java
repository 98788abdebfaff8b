package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measures the extractor against the hand-labelled gold file for the sample article. */
class CentralAsiaArticleTest {

    private static final GoldFile GOLD = GoldFile.load("central-asia-gold.json");
    private static String article;
    private static List<ExtractedClaim> claims;

    @BeforeAll
    static void extractOnce() {
        article = GOLD.article();
        claims = new ClaimExtractor().extract(article);
    }

    private static Optional<ExtractedClaim> claimContaining(String sentence) {
        return claims.stream().filter(c -> c.text().contains(sentence)).findFirst();
    }

    private static ExtractedClaim requireClaimContaining(String fragment) {
        return claims.stream().filter(c -> c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains: " + fragment));
    }

    private static boolean hasQuantity(ExtractedClaim claim, String value, String unit) {
        return claim.quantities().stream()
                .anyMatch(q -> unit.equals(q.unit()) && (value == null || value.equals(q.value())));
    }

    @Test
    void goldFileIsReadable() {
        assertEquals(21, GOLD.required().size());
        assertEquals(13, GOLD.negatives().size());
        GOLD.required().forEach(g -> assertTrue(article.contains(g.sentence()), g.sentence()));
    }

    @Test
    void findsEveryRequiredGoldSentence() {
        List<String> missed = new ArrayList<>();
        for (GoldFile.GoldSentence gold : GOLD.required()) {
            if (claimContaining(gold.sentence()).isEmpty()) {
                missed.add(gold.sentence());
            }
        }
        assertEquals(List.of(), missed, "required sentences not proposed as claims");
    }

    @Test
    void findsEveryRequiredGoldQuantityWithValueAndUnit() {
        List<String> missed = new ArrayList<>();
        for (GoldFile.GoldSentence gold : GOLD.required()) {
            Optional<ExtractedClaim> claim = claimContaining(gold.sentence());
            for (GoldFile.GoldQuantity q : gold.quantities()) {
                if (claim.isEmpty() || !hasQuantity(claim.get(), q.value(), q.unit())) {
                    missed.add(q + " in: " + gold.sentence());
                }
            }
        }
        assertEquals(List.of(), missed, "required quantities not found");
    }

    @Test
    void scoresEveryRequiredSentenceAboveEveryGoldNegative() {
        List<ExtractedClaim> scored = new ClaimExtractor(0).scoreAll(GOLD.article());
        double lowestRequired = GOLD.required().stream().mapToDouble(g -> scoreOf(scored, g)).min().orElseThrow();
        double highestNegative = GOLD.negatives().stream().mapToDouble(g -> scoreOf(scored, g)).max().orElseThrow();
        assertTrue(lowestRequired > highestNegative,
                "lowest required " + lowestRequired + ", highest negative " + highestNegative);
    }

    private static double scoreOf(List<ExtractedClaim> scored, GoldFile.GoldSentence gold) {
        return scored.stream().filter(c -> c.text().contains(gold.sentence()) || gold.sentence().contains(c.text()))
                .mapToDouble(ExtractedClaim::score).max().orElseThrow();
    }

    @Test
    void assignsGoldKindToMostRequiredClaims() {
        List<GoldFile.GoldSentence> required = GOLD.required();
        long agreeing = required.stream()
                .filter(g -> claimContaining(g.sentence())
                        .map(c -> c.kind().name().toLowerCase(Locale.ROOT).equals(g.kind())).orElse(false))
                .count();
        assertTrue(agreeing >= required.size() * 0.7, "kinds agreeing with gold: " + agreeing + "/" + required.size());
    }

    @Test
    void findsAttackCasualtyClaim() {
        ExtractedClaim claim = requireClaimContaining("killed 140 people");
        assertTrue(hasQuantity(claim, "140", "people"), claim.quantities().toString());
        assertTrue(hasQuantity(claim, "2024-03", "date"), claim.quantities().toString());
        assertTrue(claim.reasons().stream().anyMatch(r -> r.startsWith("states a number: 140 people")),
                claim.reasons().toString());
        assertEquals(ClaimKind.EVENT, claim.kind());
    }

    @Test
    void findsMigrantEstimateAttributedToMinistry() {
        ExtractedClaim claim = requireClaimContaining("10 million");
        Quantity migrants = claim.quantities().stream().filter(q -> "10000000".equals(q.value())).findFirst()
                .orElseThrow();
        assertEquals("people", migrants.unit());
        assertEquals("an estimated", migrants.qualifier());
        assertEquals(migrants.text(), article.substring(migrants.start(), migrants.end()));
        assertTrue(claim.reasons().stream().anyMatch(
                r -> r.startsWith("attributes to a source: According to the Soviet interior ministry (")),
                claim.reasons().toString());
        assertEquals(ClaimKind.STATISTIC, claim.kind());
    }

    @Test
    void findsPollPercentages() {
        ExtractedClaim claim = requireClaimContaining("49 %");
        assertTrue(hasQuantity(claim, "49", "percent"), claim.quantities().toString());
        assertTrue(hasQuantity(claim, "43", "percent"), claim.quantities().toString());
        assertEquals(ClaimKind.STATISTIC, claim.kind());
    }

    @Test
    void skipsHeadingsTitlesAndQuestions() {
        for (ExtractedClaim claim : claims) {
            assertFalse(claim.text().startsWith("Wary of Ukraine"), claim.text());
            assertFalse(claim.text().contains("What does shift?"), claim.text());
            assertFalse(claim.text().equals("What the West wants"), claim.text());
            assertFalse(claim.text().endsWith("?"), claim.text());
        }
    }

    @Test
    void skipsRepublicationBoilerplateAndAuthorBio() {
        for (ExtractedClaim claim : claims) {
            assertFalse(claim.text().contains("Creative Commons"), claim.text());
            assertFalse(claim.text().contains("Read the original article"), claim.text());
            assertFalse(claim.text().contains("Associate Lecturer"), claim.text());
        }
    }

    @Test
    void skipsHedgedPredictionsAndObligations() {
        ExtractedClaim unlikely = new ClaimExtractor().scoreAll(article).stream()
                .filter(c -> c.text().endsWith("is unlikely.")).findFirst().orElseThrow();
        assertTrue(unlikely.score() < ClaimExtractor.defaultThreshold(), unlikely.toString());
        assertTrue(unlikely.reasons().stream().anyMatch(r -> r.contains("unlikely")), unlikely.reasons().toString());
        assertTrue(claimContaining("must choose").isEmpty());
    }

    @Test
    void claimsAreInTextOrderWithExactOffsets() {
        int previousEnd = 0;
        for (ExtractedClaim claim : claims) {
            assertTrue(claim.start() >= previousEnd, "out of order: " + claim.text());
            assertEquals(claim.text(), article.substring(claim.start(), claim.end()));
            for (Quantity q : claim.quantities()) {
                assertEquals(q.text(), article.substring(q.start(), q.end()));
                assertTrue(q.start() >= claim.start() && q.end() <= claim.end(), q.toString());
            }
            assertFalse(claim.reasons().isEmpty());
            assertNotNull(claim.kind());
            previousEnd = claim.end();
        }
    }
}
