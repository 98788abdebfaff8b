package factcheck.claim;

import factcheck.extraction.SentenceSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextAnchoringTest {

    static final String ATTACK = "The attack in March 2024 killed 140 people at Crocus City Hall in Moscow.";
    static final String MIGRANTS = "An estimated 10 million migrants from Central Asia live in Russia.";
    static final String ORIGINAL = ATTACK + "\n\n" + MIGRANTS + "\n";

    @Test
    void exactTextAtTheSameOffsetsIsAnchored() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, MIGRANTS);
        String edited = ORIGINAL + "\nThe ministry did not answer questions.\n";

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.ANCHORED, match.state());
        assertEquals(quote.start(), match.start());
        assertFound(edited, MIGRANTS, match);
    }

    @Test
    void exactTextFoundOnceElsewhereHasMoved() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, MIGRANTS);
        String edited = "Updated on 23 March.\n\n" + ORIGINAL;

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.MOVED, match.state());
        assertEquals(edited.indexOf(MIGRANTS), match.start());
        assertFound(edited, MIGRANTS, match);
    }

    @Test
    void exactTextMovedTowardsTheStartWhenTextBeforeItIsDeleted() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, MIGRANTS);
        String edited = MIGRANTS + "\n";

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.MOVED, match.state());
        assertEquals(0, match.start());
        assertFound(edited, MIGRANTS, match);
    }

    @Test
    void amongSeveralOccurrencesTheOneWithMatchingContextWins() {
        String claim = "Prices rose by 5 percent.";
        String original = "In Berlin, the report says. " + claim + " Rents followed.";
        TextAnchoring.Quote quote = quoteOf(original, claim);
        // The occurrence nearest the old offsets has other surroundings; the far one has the old ones.
        String edited = "In Hamburg, nobody says. " + claim + " Wages did not.\n\n"
                + "Later that year.\n\nIn Berlin, the report says. " + claim + " Rents followed.";

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.MOVED, match.state());
        assertEquals(edited.lastIndexOf(claim), match.start());
        assertFound(edited, claim, match);
    }

    @Test
    void matchingTextAfterTheClaimAloneChoosesTheOccurrence() {
        String claim = "Prices rose by 5 percent.";
        String original = "Intro. " + claim + " Rents followed in Berlin.";
        TextAnchoring.Quote quote = quoteOf(original, claim);
        String edited = "Intro changed. " + claim + " Wages did not.\n\nOther. " + claim + " Rents followed in Berlin.";

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.MOVED, match.state());
        assertEquals(edited.lastIndexOf(claim), match.start());
    }

    @Test
    void amongOccurrencesWithEqualContextTheNearestWins() {
        String claim = "Prices rose by 5 percent.";
        String edited = String.join(" ", claim, claim, claim, claim);
        int second = claim.length() + 1;
        // No context to compare, and the old offset lies just after the second occurrence.
        TextAnchoring.Quote quote = new TextAnchoring.Quote(claim, "", "", second + 3);

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.MOVED, match.state());
        assertEquals(second, match.start());
        assertFound(edited, claim, match);
    }

    @Test
    void editedSentenceIsChangedAndPointsAtTheWholeNewSentence() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, ATTACK);
        String newSentence = "The attack in March 2024 killed 145 people at Crocus City Hall in Moscow.";
        String edited = ORIGINAL.replace(ATTACK, newSentence);

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.CHANGED, match.state());
        assertFound(edited, newSentence, match);
    }

    @Test
    void editedSentenceIsFoundEvenWhenItAlsoMoved() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, ATTACK);
        String newSentence = "The attack on 22 March 2024 killed 145 people at Crocus City Hall near Moscow.";
        String edited = MIGRANTS + "\n\nThe ministry did not answer questions.\n\n" + newSentence + "\n";

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.CHANGED, match.state());
        assertFound(edited, newSentence, match);
    }

    @Test
    void theMostSimilarOfSeveralSentencesIsChosen() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, ATTACK);
        String looser = "The attack in 2024 killed many people at a hall in Moscow.";
        String closer = "The attack in March 2024 killed 145 people at Crocus City Hall in Moscow.";
        String edited = looser + "\n\n" + closer + "\n\n" + MIGRANTS;

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.CHANGED, match.state());
        assertFound(edited, closer, match);
    }

    @Test
    void similarityIgnoresCaseAndPunctuation() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, ATTACK);
        String restyled = "THE ATTACK, IN MARCH 2024, KILLED 140 PEOPLE AT CROCUS CITY HALL IN MOSCOW!";
        String edited = ORIGINAL.replace(ATTACK, restyled);

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.CHANGED, match.state());
        assertFound(edited, restyled, match);
    }

    @Test
    void sentenceSharingExactlySixtyPercentOfWordsStillCounts() {
        // Five words each, three shared: Dice = 2 * 3 / (5 + 5) = 0.6.
        String claim = "Inflation reached 7 percent nationally.";
        String edited = "Inflation reached 7 points overall.";

        TextAnchoring.Match match = locate(edited, quoteOf(claim, claim));

        assertEquals(AnchorState.CHANGED, match.state());
        assertFound(edited, edited, match);
    }

    @Test
    void sentenceSharingLessThanSixtyPercentOfWordsIsNotTheClaim() {
        // Five words each, two shared: Dice = 0.4.
        String claim = "Inflation reached 7 percent nationally.";
        String edited = "Inflation fell to 3 percent.";

        assertEquals(AnchorState.ORPHANED, locate(edited, quoteOf(claim, claim)).state());
    }

    @Test
    void deletedSentenceIsOrphaned() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, ATTACK);
        String edited = MIGRANTS + "\n\nThe ministry did not answer questions.\n";

        assertEquals(AnchorState.ORPHANED, locate(edited, quote).state());
    }

    @Test
    void claimBeyondTheEndOfAShortenedTextIsOrphanedWithoutFailing() {
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, MIGRANTS);
        String edited = "Short.";

        assertEquals(AnchorState.ORPHANED, locate(edited, quote).state());
    }

    @Test
    void sameWordsAtTheOldOffsetsInsideALongerSentenceAreStillAnchored() {
        // The exact text is still there; whatever follows it is not the claim's concern.
        TextAnchoring.Quote quote = quoteOf(ORIGINAL, MIGRANTS);
        String edited = ORIGINAL.replace(MIGRANTS, MIGRANTS + " That figure is disputed.");

        TextAnchoring.Match match = locate(edited, quote);

        assertEquals(AnchorState.ANCHORED, match.state());
        assertFound(edited, MIGRANTS, match);
    }

    @Test
    void editedClaimNeverLandsOnASentenceAnotherClaimStillHolds() {
        String exports = "Exports rose 5% in 2023.";
        String imports = "Imports rose 5% in 2023.";
        String original = exports + " " + imports;
        String edited = exports + " Imports rose 6% in 2023.";
        TextAnchoring anchoring = new TextAnchoring(edited, new SentenceSegmenter().segment(edited));

        var matches = anchoring.locateAll(List.of(quoteOf(original, imports), quoteOf(original, exports)));

        assertEquals(AnchorState.CHANGED, matches.get(0).state());
        assertFound(edited, "Imports rose 6% in 2023.", matches.get(0));
        assertEquals(AnchorState.ANCHORED, matches.get(1).state());
    }

    @Test
    void ofEquallySimilarFreeSentencesTheNearestWins() {
        String original = "Sales rose 5% in 2023. The rest is unrelated filler text here. Costs fell 5% in 2023.";
        String edited = "Sales rose 7% in 2023. The rest is unrelated filler text here. Sales rose 8% in 2023.";
        TextAnchoring.Quote sales = quoteOf(original, "Sales rose 5% in 2023.");

        TextAnchoring.Match match = locate(edited, sales);

        assertEquals(AnchorState.CHANGED, match.state());
        assertEquals(0, match.start());
    }

    /** The quote a claim on {@code exact} in {@code text} carries, as {@link Claim} stores it. */
    private static TextAnchoring.Quote quoteOf(String text, String exact) {
        int start = text.indexOf(exact);
        int end = start + exact.length();
        return new TextAnchoring.Quote(exact,
                text.substring(Math.max(0, start - Claim.QUOTE_CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + Claim.QUOTE_CONTEXT)),
                start);
    }

    private static TextAnchoring.Match locate(String text, TextAnchoring.Quote quote) {
        return new TextAnchoring(text, new SentenceSegmenter().segment(text)).locate(quote);
    }

    private static void assertFound(String text, String expected, TextAnchoring.Match match) {
        assertEquals(expected, text.substring(match.start(), match.end()));
    }
}
