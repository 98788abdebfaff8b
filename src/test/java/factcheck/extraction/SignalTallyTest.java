package factcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalTallyTest {

    private static final Signal QUESTION = Signal.fixed("question: ends with a question mark", -0.6);

    @Test
    void listsEverySignalStrongestFirstAndEqualWeightsInTheOrderAdded() {
        SignalTally tally = new SignalTally();
        tally.start(true);
        tally.add(0.2, "names people/places/organisations: ", List.of("Moscow"), "");
        tally.add(QUESTION);
        tally.add(0.35, "states a number: ", List.of("140 people", "at least 12"), "");
        tally.add(-0.2, "too short: ", List.of("Yes"), "");

        assertEquals(List.of(
                "question: ends with a question mark (-0.60)",
                "states a number: 140 people, at least 12 (+0.35)",
                "names people/places/organisations: Moscow (+0.20)",
                "too short: Yes (-0.20)"), tally.reasons());
    }

    @Test
    void keepsMoreSignalsThanASentenceUsuallyHas() {
        SignalTally tally = new SignalTally();
        tally.start(true);
        List<String> expected = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            tally.add(0.05, "signal " + k + ": ", List.of("item"), "");
            expected.add("signal " + k + ": item (+0.05)");
        }

        assertEquals(expected, tally.reasons());
    }

    @Test
    void sumsTheSameWhetherItKeepsTheSignalsOrNot() {
        SignalTally tally = new SignalTally();
        tally.start(true);
        addHedgedReport(tally);
        double listed = tally.total();

        tally.start(false);
        addHedgedReport(tally);

        assertEquals(listed, tally.total());
        assertEquals(List.of(), tally.reasons());
    }

    @Test
    void startsEachSentenceAfresh() {
        SignalTally tally = new SignalTally();
        tally.start(true);
        tally.add(QUESTION);
        tally.start(true);
        tally.add(0.3, "names a date: ", List.of("March 2024"), "");

        assertEquals(List.of("names a date: March 2024 (+0.30)"), tally.reasons());
        assertEquals(0.3, tally.total());
    }

    private static void addHedgedReport(SignalTally tally) {
        tally.add(0.25, "attributes to a source: ", List.of("officials said"), "");
        tally.add(-0.225, "hedge: ", List.of("may", "could"), ", but reported from a source");
        tally.add(0.35, "states a number: ", List.of("140 people"), "");
    }
}
