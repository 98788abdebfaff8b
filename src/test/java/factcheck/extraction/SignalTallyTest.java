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
        tally.start();
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
        tally.start();
        List<String> expected = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            tally.add(0.05, "signal " + k + ": ", List.of("item"), "");
            expected.add("signal " + k + ": item (+0.05)");
        }

        assertEquals(expected, tally.reasons());
    }

    @Test
    void sumsWeightsWithoutTheDriftOfAddingThemOneByOne() {
        SignalTally tally = new SignalTally();
        tally.start();
        for (int k = 0; k < 10; k++) {
            tally.add(0.1, "signal " + k + ": ", List.of("item"), "");
        }

        // Added one after the other, ten 0.1s make 0.9999999999999999: a score half-way between
        // two rounded values would round down for that last bit.
        assertEquals(1.0, tally.total());
    }

    @Test
    void startsEachSentenceAfresh() {
        SignalTally tally = new SignalTally();
        tally.start();
        tally.add(QUESTION);
        tally.start();
        tally.add(0.3, "names a date: ", List.of("March 2024"), "");

        assertEquals(List.of("names a date: March 2024 (+0.30)"), tally.reasons());
        assertEquals(0.3, tally.total());
    }
}
