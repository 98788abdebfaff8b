package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile and degenerate input: nothing may throw, and time must stay linear. */
class RobustnessTest {

    /** A hard stop only: the machine is shared and slow, so the real check is linearity. */
    static final Duration HARD_LIMIT = Duration.ofSeconds(90);

    private final ClaimExtractor extractor = new ClaimExtractor();

    private static void assertWellFormed(String text, List<ExtractedClaim> claims) {
        for (ExtractedClaim c : claims) {
            assertEquals(c.text(), text.substring(c.start(), c.end()));
            assertTrue(c.score() >= 0 && c.score() <= 1);
            for (Quantity q : c.quantities()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
            }
        }
    }

    @Test
    void returnsNoClaimsForEmptyOrBlankText() {
        assertEquals(List.of(), extractor.extract(""));
        assertEquals(List.of(), extractor.extract("   \n\t\r\n  "));
    }

    @Test
    void returnsNoClaimsForTextWithoutSentences() {
        assertEquals(List.of(), extractor.extract("... !!! ??? --- *** \n\n ((( )))"));
    }

    @Test
    void rejectsNullWithNullPointerException() {
        assertThrows(NullPointerException.class, () -> extractor.extract(null));
    }

    @Test
    void handlesOneMegabyteSentenceInLinearTime() {
        StringBuilder b = new StringBuilder("The ministry said that ");
        String[] words = {"Kazakhstan ", "reported ", "12 ", "people ", "and ", "more ", "than ", "40% ", "of ",
            "U.S. ", "Dr. ", "in ", "March ", "2024 ", "$3.2bn ", "'quoted' ", "\"text\" ", "1,000,000 "};
        for (int i = 0; b.length() < 1_000_000; i++) {
            b.append(words[i % words.length]);
        }
        String text = b.append("end.").toString();
        List<ExtractedClaim> claims = assertTimeoutPreemptively(HARD_LIMIT, () -> extractor.extract(text));
        assertEquals(1, claims.size());
        assertWellFormed(text, claims);
    }

    @Test
    void handlesOneMegabyteOfRepeatedSingleCharacters() {
        for (String unit : List.of("a", ".", "1", " ", "A.", "1,", "$", "'")) {
            String text = unit.repeat(1_000_000 / unit.length());
            assertTimeoutPreemptively(HARD_LIMIT, () -> assertWellFormed(text, extractor.extract(text)));
        }
    }

    @Test
    void handlesHundredThousandOneWordLines() {
        String headings = "Word\n".repeat(100_000);
        List<ExtractedClaim> claims =
                assertTimeoutPreemptively(HARD_LIMIT, () -> extractor.extract(headings));
        assertEquals(List.of(), claims);
        assertEquals(100_000, new SentenceSegmenter().segment(headings).size());
        String wrapped = "word\n".repeat(100_000);
        assertEquals(List.of(), assertTimeoutPreemptively(HARD_LIMIT, () -> extractor.extract(wrapped)));
        assertEquals(1, new SentenceSegmenter().segment(wrapped).size(), "lower-case lines continue one another");
    }

    @Test
    void handlesMixedScripts() {
        String text = "Москва заявила, что 140 человек погибли. В Алматы прошли протесты.\n\n"
                + "قالت الوزارة إن 12 شخصا قتلوا في الهجوم.\n\n"
                + "据报道，至少12人死亡。政府表示将进行调查！\n\n"
                + "Tokayev said 49 % of Kazakhs agreed 😀 in March 2024 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 too.";
        List<ExtractedClaim> claims = extractor.extract(text);
        assertWellFormed(text, claims);
        assertTrue(claims.stream().anyMatch(c -> c.text().startsWith("Tokayev said")), claims.toString());
    }

    @Test
    void handlesTextOfOnlyNumbers() {
        String text = "1 2 3 4 5 6 7 8 9 10 2024 3.5 1,000 99999999999999999999999999999999999999 0.0001";
        List<ExtractedClaim> all = extractor.scoreAll(text);
        assertEquals(1, all.size());
        assertWellFormed(text, all);
        assertTrue(all.get(0).score() < ClaimExtractor.defaultThreshold(), all.get(0).toString());
    }

    @Test
    void survivesRandomGarbage() {
        Random random = new Random(42);
        String alphabet = "aZ09 .,;:!?'\"“”‘’()[]$€£%-–—\n\r\tÄßЖж中文ع😀\u00A0\u200B";
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(400);
            int[] codePoints = alphabet.codePoints().toArray();
            for (int i = 0; i < length; i++) {
                b.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String text = b.toString();
            assertWellFormed(text, new ClaimExtractor(0).extract(text));
        }
    }

    @Test
    void survivesLoneSurrogatesAndControlCharacters() {
        String text = "Half \uD83D surrogate. \u0000Null \u0007 bell said 5 people \uDE00 died in 2008.";
        assertWellFormed(text, new ClaimExtractor(0).extract(text));
    }
}
