package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignalTallyTest {

    private static double[] shown(SignalKind kind, double weight, SignalKind other, double otherWeight) {
        double[] shown = new double[SignalKind.ALL.length];
        shown[kind.ordinal()] = weight;
        shown[other.ordinal()] = otherWeight;
        return shown;
    }

    @Test
    void keepsTheStrengthOfEachKindOfSignal() {
        SignalTally tally = new SignalTally();
        tally.start();
        tally.add(SignalKind.COUNT, 0.35, "states a number: ", List.of("140 people"), "");
        tally.add(new Signal(SignalKind.TOO_SHORT, "too short to state a checkable fact", -0.2));
        double[] expected = new double[SignalKind.ALL.length];
        expected[SignalKind.COUNT.ordinal()] = 0.35;
        expected[SignalKind.TOO_SHORT.ordinal()] = -0.2;
        assertArrayEquals(expected, tally.strengths());
    }

    @Test
    void writesEachReasonWithTheWeightShownForItsKindStrongestFirst() {
        SignalTally tally = new SignalTally();
        tally.start();
        tally.add(SignalKind.DATE, 0.3, "names a date: ", List.of("March 2024"), "");
        tally.add(SignalKind.HEDGE, -0.3, "hedge: ", List.of("may", "could"), ", but reported from a source");
        List<String> reasons = Reason.strongestFirst(
                tally.reasons(shown(SignalKind.DATE, 0.12, SignalKind.HEDGE, -0.25)));
        assertEquals(List.of("hedge: may, could, but reported from a source (-0.25)",
                "names a date: March 2024 (+0.12)"), reasons);
    }

    @Test
    void leavesOutReasonsWhoseWeightRoundsToNothingAndForgetsTheSentenceBefore() {
        SignalTally tally = new SignalTally();
        tally.start();
        tally.add(SignalKind.NAMES, 0.2, "names people/places/organisations: ", List.of("Moscow"), "");
        tally.start();
        tally.add(SignalKind.GROUPS, 0.05, "mentions nationalities or regions: ", List.of("Kazakh"), "");
        tally.add(SignalKind.CAUSE, 0.05, "states a cause: ", List.of("due to"), "");
        List<String> reasons = Reason.strongestFirst(
                tally.reasons(shown(SignalKind.GROUPS, 0.004, SignalKind.CAUSE, 0.05)));
        assertEquals(List.of("states a cause: due to (+0.05)"), reasons);
        assertEquals(0, tally.strengths()[SignalKind.NAMES.ordinal()]);
    }
}
