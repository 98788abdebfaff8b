package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    @Test
    void rejectsThresholdOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new ClaimExtractor(-0.01));
        assertThrows(IllegalArgumentException.class, () -> new ClaimExtractor(1.01));
        assertThrows(IllegalArgumentException.class, () -> new ClaimExtractor(Double.NaN));
        assertEquals(ClaimExtractor.defaultThreshold(), new ClaimExtractor().threshold());
    }

    @Test
    void higherThresholdNeverAddsClaims() {
        String text = GoldFile.load("central-asia-gold.json").article();
        int previous = Integer.MAX_VALUE;
        for (double threshold = 0; threshold <= 1.0; threshold += 0.25) {
            int count = new ClaimExtractor(threshold).extract(text).size();
            assertTrue(count <= previous, "threshold " + threshold);
            previous = count;
        }
    }

    @Test
    void neverProposesBoilerplateEvenAtZeroThreshold() {
        String text = "Photo: AFP\n\nThis article was republished from The Conversation under a Creative Commons "
                + "license. Read the original article.\n\nJane Roe is Senior Lecturer in History at Leeds University.";
        assertEquals(List.of(), new ClaimExtractor(0).extract(text));
    }

    @Test
    void roundsScoresToTwoDecimals() {
        for (ExtractedClaim claim : new ClaimExtractor(0).extract(GoldFile.load("central-asia-gold.json").article())) {
            assertEquals(Math.round(claim.score() * 100) / 100.0, claim.score());
        }
    }

    @Test
    void explainsScoreWithNamedReasons() {
        ExtractedClaim claim = new ClaimExtractor().extract(
                "According to the Interior Ministry, Kazakhstan and Tokayev deported 300 workers in June 2022.").get(0);
        List<String> reasons = claim.reasons();
        assertTrue(reasons.stream().anyMatch(
                r -> r.startsWith("attributes to a source: According to the Interior Ministry (")),
                reasons.toString());
        assertTrue(reasons.stream().anyMatch(
                r -> r.startsWith("names people/places/organisations: Interior Ministry, Kazakhstan, Tokayev (")),
                reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("names a date: June 2022 (")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("states a number: 300 workers (")), reasons.toString());
    }

    private static ClaimKind kindOf(String sentence) {
        List<ExtractedClaim> claims = new ClaimExtractor(0).extract(sentence);
        assertEquals(1, claims.size(), sentence);
        return claims.get(0).kind();
    }

    @Test
    void classifiesClaimKinds() {
        assertEquals(ClaimKind.STATISTIC, kindOf("Unemployment in Spain rose to 12.5% in 2023."));
        assertEquals(ClaimKind.QUOTE, kindOf("\"We will not resign,\" Prime Minister Rutte told reporters."));
        assertEquals(ClaimKind.ATTRIBUTION, kindOf("The government blamed Hamas for the explosion in Gaza."));
        assertEquals(ClaimKind.CAUSAL, kindOf("Exports from Ukraine collapsed because of the blockade of Odesa."));
        assertEquals(ClaimKind.COMPARISON, kindOf("Germany produces more wind power than France and Italy."));
        assertEquals(ClaimKind.EVENT, kindOf("Protesters stormed the parliament in Bishkek in October 2020."));
    }

    @Test
    void lowersScoreForQuestionsOpinionsAndPredictions() {
        ClaimExtractor extractor = new ClaimExtractor(0);
        double fact = extractor.scoreAll("Kazakhstan banned the rally in Almaty in 2022.").get(0).score();
        double question = extractor.scoreAll("Did Kazakhstan ban the rally in Almaty in 2022?").get(0).score();
        double opinion = extractor.scoreAll("Kazakhstan should ban the rally in Almaty in 2022.").get(0).score();
        double prediction = extractor.scoreAll("Kazakhstan will likely ban the rally in Almaty in 2025.").get(0)
                .score();
        assertTrue(fact >= ClaimExtractor.defaultThreshold(), "fact " + fact);
        assertEquals(0, question, "a question is never a claim");
        assertTrue(opinion < fact, "opinion " + opinion + ", fact " + fact);
        assertTrue(prediction < fact, "prediction " + prediction + ", fact " + fact);
    }

    @Test
    void neverProposesQuestionsOrTheTitleEvenAtZeroThreshold() {
        List<ExtractedClaim> claims = new ClaimExtractor(0).extract(
                "Flood damage in Riverton tops $3.2 billion\n\nWill the dam hold?\n\n"
                        + "The river rose 4 metres on Monday.");
        assertEquals(List.of("The river rose 4 metres on Monday."), claims.stream().map(ExtractedClaim::text).toList());
    }

    @Test
    void scoresVagueSubjectiveSentencesBelowFactualOnes() {
        ClaimExtractor extractor = new ClaimExtractor(0);
        double vague = extractor.scoreAll("There was a standard air of comfort.").get(0).score();
        double factual = extractor.scoreAll("There were 2,500 soldiers at the border in June 2022.").get(0).score();
        assertTrue(vague < factual - 0.3, "vague " + vague + ", factual " + factual);
    }

    @Test
    void countsSentenceInitialWordAsNameOnlyWithEvidenceElsewhere() {
        ClaimExtractor extractor = new ClaimExtractor(0);
        String withEvidence = "Officials met in Moscow. Moscow has rejected the plan.";
        List<ExtractedClaim> scored = extractor.scoreAll(withEvidence);
        List<String> moscow = scored.get(1).reasons();
        assertTrue(moscow.stream().anyMatch(r -> r.contains("Moscow")), moscow.toString());
        List<String> alone = extractor.scoreAll("Individuals have rejected the plan.").get(0).reasons();
        assertFalse(alone.stream().anyMatch(r -> r.startsWith("names people")), alone.toString());
    }

    private static ExtractedClaim scored(String sentence) {
        return new ClaimExtractor(0).scoreAll(sentence).get(0);
    }

    @Test
    void showsTheWeightOfEveryReasonStrongestFirst() {
        ExtractedClaim claim = scored("The attack killed 140 people in March 2024, the interior ministry said.");
        assertTrue(claim.reasons().stream().anyMatch(r -> r.startsWith("states a number: 140 people (+0.")),
                claim.reasons().toString());
        assertTrue(claim.reasons().stream().anyMatch(r -> r.startsWith("names a date: March 2024 (+0.")),
                claim.reasons().toString());
        assertTrue(claim.reasons().stream().anyMatch(r -> r.startsWith("reads like ")), claim.reasons().toString());
        double previous = Double.MAX_VALUE;
        for (String reason : claim.reasons()) {
            String shown = reason.substring(reason.lastIndexOf('(') + 1, reason.length() - 1);
            double weight = Math.abs(Double.parseDouble(shown));
            assertTrue(weight <= previous, claim.reasons().toString());
            previous = weight;
        }
    }

    @Test
    void namesOpinionMarkersAndPredictionsInReasons() {
        ExtractedClaim opinion = scored("Central Asia must choose between Russia and the West.");
        assertTrue(opinion.reasons().stream().anyMatch(r -> r.startsWith("opinion marker: must (-")),
                opinion.reasons().toString());
        ExtractedClaim prediction = scored("The bank will likely raise rates to 5% in June 2025.");
        assertTrue(prediction.reasons().stream().anyMatch(r -> r.startsWith("prediction: will likely (-")),
                prediction.reasons().toString());
        assertEquals(ClaimKind.PREDICTION, prediction.kind());
    }

    @Test
    void treatsAReportedEarlierForecastAsCheckable() {
        ExtractedClaim claim = scored("Economists polled by the agency had forecast a gain of 175,000 jobs.");
        assertTrue(claim.reasons().stream().noneMatch(r -> r.startsWith("prediction")), claim.reasons().toString());
        assertTrue(claim.score() >= ClaimExtractor.defaultThreshold(), claim.toString());
    }

    @Test
    void scoresCallsForMoreResearchBelowTheFindingsReported() {
        ClaimExtractor extractor = new ClaimExtractor(0);
        double call = extractor.scoreAll("Dr. Lindqvist said more research is needed.").get(0).score();
        double finding = extractor.scoreAll("Dr. Lindqvist said the study followed 1,200 patients for ten years.")
                .get(0).score();
        assertTrue(call < finding - 0.3, "call " + call + ", finding " + finding);
    }
}
