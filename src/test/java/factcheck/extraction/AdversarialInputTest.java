package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Megabyte-sized hostile inputs aimed at each stage (abbreviation look-back, quote and bracket
 * skipping, list markers, number and range reading). Each must finish without throwing, and
 * within a generous multiple of the time the extractor needs for the same amount of ordinary
 * news prose measured in the same run, so a slow shared machine slows both sides alike while
 * quadratic behaviour (a million times slower at this size) still fails.
 *
 * <p>The rules are what these inputs aim at, so they are scored by the readable signals alone: the
 * sentence encoder's work is capped (1,000 sentences of at most 1,000 characters a text), and its
 * constant cost would hide a step that grows too fast. {@link RobustnessTest} runs hostile input
 * through the encoder too.
 */
class AdversarialInputTest {

    private static final int SIZE = 1_000_000;
    /** Ordinary prose costs about as much per character as the worst of these inputs; 25x is slack. */
    private static final double MAX_TIMES_BASELINE = 25;
    private static final long MIN_BUDGET_MILLIS = 5_000;

    private static long baselineMillis;
    private final ClaimExtractor extractor = rulesOnly();

    @BeforeAll
    static void measureLinearBaseline() {
        String article = GoldFile.load("labour-market-report-gold.json").article();
        String prose = repeatTo(article + "\n\n", SIZE);
        ClaimExtractor warmUp = rulesOnly();
        warmUp.extract(prose.substring(0, SIZE / 10));
        long start = System.nanoTime();
        List<ExtractedClaim> claims = assertTimeoutPreemptively(RobustnessTest.HARD_LIMIT, () -> warmUp.extract(prose));
        baselineMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(claims.size() > 1000, "baseline prose yields claims");
    }

    private static ClaimExtractor rulesOnly() {
        return new ClaimExtractor((SentenceEncoder) null);
    }

    private static String repeatTo(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }

    private void assertLinearAndWellFormed(String name, Supplier<String> input) {
        String text = input.get();
        long start = System.nanoTime();
        List<ExtractedClaim> claims =
                assertTimeoutPreemptively(RobustnessTest.HARD_LIMIT, () -> extractor.extract(text), name);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long budget = Math.max(MIN_BUDGET_MILLIS, (long) (baselineMillis * MAX_TIMES_BASELINE));
        assertTrue(millis <= budget, name + " took " + millis + " ms, baseline prose " + baselineMillis + " ms");
        for (ExtractedClaim claim : claims) {
            assertEquals(claim.text(), text.substring(claim.start(), claim.end()), name);
            for (Quantity q : claim.quantities()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()), name);
            }
        }
    }

    @Test
    void dottedNumberChains() {
        assertLinearAndWellFormed("1.1.1.1.", () -> repeatTo("1.1.1.1.", SIZE));
        assertLinearAndWellFormed("1.1.1.1. spaced", () -> repeatTo("1.1.1.1. ", SIZE));
    }

    @Test
    void openingBracketsAndNestedQuotes() {
        assertLinearAndWellFormed("((((((", () -> repeatTo("((((((", SIZE));
        assertLinearAndWellFormed("nested quotes", () -> repeatTo("\"'“‘«(He said \"'“‘«(no.)»’”'\" ", SIZE));
        assertLinearAndWellFormed("closers after stops", () -> repeatTo(".\"')]” ", SIZE));
    }

    @Test
    void twoHundredThousandAbbreviations() {
        assertLinearAndWellFormed("Dr. Dr.", () -> "Dr. ".repeat(200_000) + "Smith said 5 people died.");
        assertLinearAndWellFormed("U.S. U.S.", () -> "U.S. ".repeat(200_000));
        assertLinearAndWellFormed("A. B. C.", () -> repeatTo("A. B. C. D. ", SIZE));
    }

    @Test
    void hugeListsAndRanges() {
        assertLinearAndWellFormed("bullets", () -> repeatTo("- 5 people died\n", SIZE));
        assertLinearAndWellFormed("numbered", () -> repeatTo("1. 2. 3. \n", SIZE));
        assertLinearAndWellFormed("dash chains", () -> repeatTo("10-20-30-40-", SIZE));
        assertLinearAndWellFormed("between", () -> repeatTo("between 1 and 2 and between $3 and $4bn ", SIZE));
        assertLinearAndWellFormed("money and percent", () -> repeatTo("US$ $ € 5 % per cent 1,000,000,000 ", SIZE));
    }

    @Test
    void controlCharactersAndMixedScripts() {
        List<String> pieces = new ArrayList<>(List.of("\u0000", "\u0007", "\u200B", "\uFEFF", "\uD83D", "\uDE00",
                "Москва. ", "北京。", "مرحبا. ", "😀", "\r", "\n", "\t", "U.S.", "49 %"));
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < SIZE; i++) {
            b.append(pieces.get((i * 7) % pieces.size()));
        }
        assertLinearAndWellFormed("control and mixed", b::toString);
    }
}
