package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    private static final String COPY = AlteredGold.resource("/demo/central-asia-distancing-from-russia.txt");
    private static final String ORIGINAL = AlteredGold.resource("/originals/central-asia-original.txt");

    private final TextComparison comparison = new TextComparison(null);

    @Test
    void aSpunCopySharesMostSentencesOfItsSource() {
        double originalInCopy = comparison.sharedShare(ORIGINAL, COPY);
        double copyInOriginal = comparison.sharedShare(COPY, ORIGINAL);
        assertTrue(originalInCopy >= 0.85, "original's sentences in the copy: " + originalInCopy);
        // The stored original is the first 60 % of the article the copy spun in full.
        assertTrue(copyInOriginal >= 0.45 && copyInOriginal <= 0.65,
                "copy's sentences in the original: " + copyInOriginal);
    }

    @Test
    void aTextSharesAllItsSentencesWithItself() {
        assertEquals(1.0, comparison.sharedShare(COPY, COPY));
    }

    @Test
    void newsOnOtherSubjectsSharesAlmostNothing() {
        TextFingerprint copy = TextFingerprint.of(COPY);
        for (NewsTexts text : NewsTexts.all()) {
            TextFingerprint other = TextFingerprint.of(text.text());
            assertTrue(copy.sharedShare(other) < 0.1, text.name() + ": " + copy.sharedShare(other));
            assertTrue(other.sharedShare(copy) < 0.1, text.name() + ": " + other.sharedShare(copy));
        }
    }

    @Test
    void aTextWithoutWordsSharesNothing() {
        assertEquals(0.0, comparison.sharedShare("", ORIGINAL));
        assertEquals(0.0, comparison.sharedShare(ORIGINAL, " \n "));
        assertEquals(0.0, comparison.sharedShare("!!! ...", "!!! ..."));
    }

    @Test
    void aCopyOfPartOfATextSharesAllOfItsOwnSentencesAndSomeOfTheText() {
        String part = ORIGINAL.substring(0, ORIGINAL.indexOf("What might change?"));
        assertEquals(1.0, comparison.sharedShare(part, ORIGINAL));
        assertTrue(comparison.sharedShare(ORIGINAL, part) < 0.5);
    }
}
