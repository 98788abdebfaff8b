package factcheck.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.extraction.MiniLmEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextComparisonTest {

    private static final String ORIGINAL = """
            Storm cuts power to thousands

            A storm cut power to 12,000 homes in Cork on Monday. Engineers restored most of the lines by the \
            evening, the ESB said. Schools in the county will stay closed on Tuesday.

            Met Éireann has issued an orange wind warning for Kerry and Clare until midnight.
            """;

    private final TextComparison comparison = new TextComparison(MiniLmEncoder.shared());

    private List<PairStatus> statuses(String copy, String original) {
        return comparison.compare(copy, original).pairs().stream().map(SentencePair::status).toList();
    }

    @Test
    void pairsEachSentenceOfTheCopyInOrderWithOffsetsIntoBothTexts() {
        String copy = """
                Storm cuts power to thousands

                A storm cut electricity to 12,000 households in Cork on Monday. By the evening engineers had \
                repaired most of the lines, according to the ESB. Schools in the county will stay closed on \
                Wednesday.
                """;
        List<SentencePair> pairs = comparison.compare(copy, ORIGINAL).pairs();
        assertEquals(List.of(PairStatus.SAME, PairStatus.REWORDED, PairStatus.REWORDED, PairStatus.ALTERED),
                pairs.stream().map(SentencePair::status).toList());
        for (SentencePair pair : pairs) {
            assertEquals(copy.substring(pair.start(), pair.end()), pair.sentence());
            assertEquals(ORIGINAL.substring(pair.originalStart(), pair.originalEnd()), pair.originalSentence());
        }
        assertEquals("Schools in the county will stay closed on Tuesday.", pairs.get(3).originalSentence());
        assertEquals(List.of(new Difference(DifferenceKind.DATE, "Wednesday", "Tuesday")), pairs.get(3).differences());
    }

    @Test
    void theSameTextIsTheSameThroughout() {
        String original = AlteredGold.resource("/originals/central-asia-original.txt");
        assertTrue(statuses(original, original).stream().allMatch(status -> status == PairStatus.SAME));
    }

    @Test
    void aSentenceTheCopyAddsIsNotInTheOriginal() {
        String copy = """
                Storm cuts power to thousands

                A storm cut power to 12,000 homes in Cork on Monday. The city's mayor praised the volunteers \
                who cleared fallen trees from the roads. Engineers restored most of the lines by the evening, \
                the ESB said. Schools in the county will stay closed on Tuesday.
                """;
        SentencePair added = comparison.compare(copy, ORIGINAL).pairs().get(2);
        assertEquals(PairStatus.NOT_IN_ORIGINAL, added.status());
        assertNull(added.originalStart());
        assertNull(added.originalSentence());
        assertEquals(List.of(PairStatus.SAME, PairStatus.SAME, PairStatus.NOT_IN_ORIGINAL, PairStatus.SAME,
                PairStatus.SAME), statuses(copy, ORIGINAL));
    }

    @Test
    void sentencesTheCopyLeavesOutLeaveTheOthersPaired() {
        String copy = "A storm cut power to 12,000 homes in Cork on Monday. "
                + "Met Éireann has issued an orange wind warning for Kerry and Clare until midnight.";
        assertEquals(List.of(PairStatus.SAME, PairStatus.SAME), statuses(copy, ORIGINAL));
    }

    @Test
    void aCopySentenceMayStandForTwoOriginalSentencesMerged() {
        String original = "The attack killed 140 people. It happened at a concert hall in Moscow in March 2024.";
        String copy = "The attack at a concert hall in Moscow in March 2024 killed 140 people.";
        SentencePair pair = comparison.compare(copy, original).pairs().get(0);
        assertEquals(PairStatus.REWORDED, pair.status());
        assertEquals(original, pair.originalSentence());
    }

    @Test
    void twoCopySentencesMayStandForOneOriginalSentenceSplit() {
        String original = "The attack on a concert hall in Moscow killed 140 people and injured 360 others in March"
                + " 2024.";
        String copy = "The attack on a concert hall in Moscow killed 140 people in March 2024. It injured 380 others.";
        List<SentencePair> pairs = comparison.compare(copy, original).pairs();
        assertEquals(original, pairs.get(0).originalSentence());
        assertEquals(original, pairs.get(1).originalSentence());
        assertEquals(PairStatus.REWORDED, pairs.get(0).status());
        assertEquals(List.of(new Difference(DifferenceKind.NUMBER, "380", "360")), pairs.get(1).differences());
    }

    @Test
    void aTitleRepeatedWithTheOutletsNameIsTheSameBothTimes() {
        String copy = "Storm cuts power to thousands – The Cork Courier\n\nStorm cuts power to thousands | Courier\n\n"
                + "A storm cut power to 12,000 homes in Cork on Monday.";
        assertEquals(List.of(PairStatus.SAME, PairStatus.SAME, PairStatus.SAME), statuses(copy, ORIGINAL));
    }

    @Test
    void aParagraphMovedAheadIsStillPaired() {
        String copy = """
                Met Éireann has issued an orange wind warning for Kerry and Clare until midnight.

                Storm cuts power to thousands

                A storm cut power to 12,000 homes in Cork on Monday. Engineers restored most of the lines by the \
                evening, the ESB said. Schools in the county will stay closed on Tuesday.
                """;
        assertTrue(statuses(copy, ORIGINAL).stream().allMatch(status -> status == PairStatus.SAME));
    }

    @Test
    void aTextOnAnotherSubjectHasNoSentenceInTheOriginal() {
        String other = AlteredGold.resource("/originals/central-asia-original.txt");
        assertTrue(statuses(other, ORIGINAL).stream().allMatch(status -> status == PairStatus.NOT_IN_ORIGINAL));
    }

    @Test
    void emptyTextsHaveNoPairs() {
        assertEquals(List.of(), statuses("", ORIGINAL));
        assertEquals(List.of(), statuses(" \n\n ", ORIGINAL));
        assertTrue(statuses(ORIGINAL, "").stream().allMatch(status -> status == PairStatus.NOT_IN_ORIGINAL));
    }

    @Test
    void refusesTextsTooLongToCompare() {
        String longText = "The storm cut power to homes. ".repeat(TextComparison.MAX_SENTENCES + 1);
        assertThrows(IllegalArgumentException.class, () -> comparison.compare(longText, ORIGINAL));
        assertThrows(IllegalArgumentException.class, () -> comparison.compare(ORIGINAL, longText));
    }

    @Test
    void aTableFlattenedIntoOneSentenceIsComparedWithoutPairingItsWords() {
        String row = "Cork 12,000 homes, Kerry 3,000 homes, Clare 1,000 homes, ";
        String table = "Homes without power: " + row.repeat(1_000) + "Limerick none.";
        String copy = "Homes without power: " + row.repeat(500) + row.replace("Kerry", "Galway") + row.repeat(499)
                + "Limerick none.";
        SentencePair pair = new TextComparison(null).compare(copy, table).pairs().get(0);
        assertEquals(PairStatus.ALTERED, pair.status());
        assertEquals(List.of(new Difference(DifferenceKind.NAME, "Galway", "Kerry")), pair.differences());
    }

    @Test
    void refusesMissingTexts() {
        assertThrows(NullPointerException.class, () -> comparison.compare(null, ORIGINAL));
        assertThrows(NullPointerException.class, () -> comparison.compare(ORIGINAL, null));
    }
}
