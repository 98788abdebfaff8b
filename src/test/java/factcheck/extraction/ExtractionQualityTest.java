package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Measures the extractor on every gold file and prints one table row per file:
 * {@code ./mvnw test -Dtest=ExtractionQualityTest}. The sample article must stay perfect (every
 * required sentence and quantity, no negative); the other files must stay above floors set a
 * little under the values measured when they were written (see docs/extraction.md).
 */
class ExtractionQualityTest {

    /** Minimum F1, quantity accuracy and segmentation recall per file: the measured value minus a margin. */
    private static final Map<String, double[]> FLOORS = Map.of(
            "labour-market-report", new double[] {0.90, 0.90, 0.95},
            "senate-aid-vote", new double[] {0.90, 0.90, 0.95},
            "walking-dementia-study", new double[] {0.90, 0.90, 0.95},
            // Held out: annotated after tuning and never tuned on, so its floor sits under a lower score.
            "storm-power-cuts", new double[] {0.85, 0.75, 0.90});

    private static final List<QualityScore> SCORES = new ArrayList<>();
    private static final List<SegmentationScore> SEGMENTATION = new ArrayList<>();

    @BeforeAll
    static void measureAndPrintTable() {
        ClaimExtractor extractor = new ClaimExtractor();
        SentenceSegmenter segmenter = new SentenceSegmenter();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n| gold file | required | negatives | P | R | F1 | quantities right | segmentation P / R |%n"
                        + "|---|---|---|---|---|---|---|---|%n"));
        for (String file : GoldFile.ALL) {
            GoldFile gold = GoldFile.load(file);
            QualityScore score = QualityScore.of(gold, extractor.extract(gold.article()));
            List<String> sentences = gold.all().stream().map(GoldFile.GoldSentence::sentence).toList();
            SegmentationScore segmentation = SegmentationScore.of(gold.article(), sentences,
                    segmenter.segment(gold.article()));
            SCORES.add(score);
            SEGMENTATION.add(segmentation);
            table.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %.2f | %.2f | %.2f | %d/%d (%.2f) | %.2f / %.2f |%n",
                    score.name(), score.required(), score.negatives(), score.precision(), score.recall(), score.f1(),
                    score.quantitiesRight(), score.quantities(), score.quantityAccuracy(),
                    segmentation.precision(), segmentation.recall()));
            details(score, table);
        }
        System.out.println(table);
    }

    private static void details(QualityScore score, StringBuilder table) {
        score.missed().forEach(s -> table.append("    missed:   ").append(s).append('\n'));
        score.wronglyProposed().forEach(s -> table.append("    proposed: ").append(s).append('\n'));
        score.wrongQuantities().forEach(s -> table.append("    quantity: ").append(s).append('\n'));
    }

    @Test
    void sampleArticleFindsEveryRequiredSentenceAndQuantityAndNoNegative() {
        QualityScore sample = SCORES.get(0);
        assertEquals("central-asia", sample.name());
        assertAll(
                () -> assertEquals(List.of(), sample.missed(), "required sentences missed"),
                () -> assertEquals(List.of(), sample.wronglyProposed(), "negatives proposed"),
                () -> assertEquals(List.of(), sample.wrongQuantities(), "quantities wrong or missing"));
    }

    @Test
    void ownGoldFilesStayAboveTheirFloors() {
        List<Executable> checks = new ArrayList<>();
        for (int i = 1; i < SCORES.size(); i++) {
            QualityScore score = SCORES.get(i);
            SegmentationScore segmentation = SEGMENTATION.get(i);
            double[] floor = FLOORS.get(score.name());
            checks.add(() -> assertTrue(score.f1() >= floor[0], score.name() + " F1 " + score.f1()));
            checks.add(() -> assertTrue(score.quantityAccuracy() >= floor[1],
                    score.name() + " quantity accuracy " + score.quantityAccuracy()));
            checks.add(() -> assertTrue(segmentation.recall() >= floor[2],
                    score.name() + " segmentation recall " + segmentation.recall()));
        }
        assertAll(checks);
    }
}
