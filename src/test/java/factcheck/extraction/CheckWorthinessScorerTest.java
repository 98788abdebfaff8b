package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckWorthinessScorerTest {

    private static double[] strengths(String sentence) {
        SignalTally tally = new SignalTally();
        new CheckWorthinessScorer().addSignals(AnalyzedSentence.of(sentence), tally);
        return tally.strengths();
    }

    private static double strength(String sentence, SignalKind kind) {
        return strengths(sentence)[kind.ordinal()];
    }

    @Test
    void manyNamesReadAsOneStrongSignalNotAsMany() {
        double one = strength("The delegation met Tokayev on Monday.", SignalKind.NAMES);
        double five = strength("The delegation met Tokayev, Mirziyoyev, Japarov, Rahmon and Berdimuhamedow.",
                SignalKind.NAMES);

        assertTrue(one > 0, "one name: " + one);
        assertTrue(five > one, "five names: " + five);
        assertEquals(five, strength("The delegation met Tokayev, Mirziyoyev, Japarov, Rahmon,"
                + " Berdimuhamedow, Putin, Xi and Modi.", SignalKind.NAMES));
    }

    @Test
    void aHedgeReportedFromASourceWeighsHalfAsMuch() {
        double own = strength("The plant may close next month.", SignalKind.HEDGE);
        double reported = strength("The plant may close next month, the ministry said.", SignalKind.HEDGE);

        assertTrue(own < 0, "hedge: " + own);
        assertEquals(own / 2, reported, 1e-9);
    }

    @Test
    void aSentenceWithNothingToCheckIsVagueAndOneWithAFigureIsNot() {
        assertTrue(strength("Things have been getting better and better lately.", SignalKind.VAGUE) < 0);
        assertEquals(0, strength("Prices rose by 12 percent last year.", SignalKind.VAGUE));
    }

    @Test
    void figuresAddUpToACapSoATableOfNumbersCannotOutweighEverything() {
        double[] table = strengths("Sales were 12 percent, 14 percent, 18 percent, 22 percent, 31 percent, 35 percent"
                + " and 40 percent.");

        assertEquals(FigureSignals.MAX_FIGURES, table[SignalKind.PERCENTAGE.ordinal()], 1e-9);
    }

    @Test
    void questionsAndHeadingsAreMarkedAsSuch() {
        assertTrue(strength("Did the attack kill 140 people?", SignalKind.QUESTION) < 0);
        assertTrue(strength("Central Asia and the war in Ukraine", SignalKind.HEADING) < 0);
        assertEquals(0, strength("The attack killed 140 people.", SignalKind.QUESTION));
    }
}
