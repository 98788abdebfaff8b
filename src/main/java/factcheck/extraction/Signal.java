package factcheck.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A signal whose reason is fixed text ("question: ends with a question mark"), and how every
 * reason is written: "states a number: 140 people (+0.12)". Signals that list what was found are
 * kept by the {@link SignalTally} without an object of their own.
 */
record Signal(SignalKind kind, String label, double weight) {

    /**
     * "label item, item suffix (+weight)".
     *
     * @param label  the text before the items, ending in ": " (the whole reason when there are no items)
     * @param items  what was found, as written, or null
     * @param suffix text after the items, usually empty, or null
     * @param weight how much the signal moved the score
     */
    static String reason(String label, List<String> items, String suffix, double weight) {
        String found = items == null ? "" : CheckWorthinessScorer.listed(items);
        return label + found + (suffix == null ? "" : suffix) + weightText(weight);
    }

    /** " (+0.35)" or " (-0.35)". */
    static String weightText(double weight) {
        String magnitude = BigDecimal.valueOf(Math.abs(weight)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return (weight < 0 ? " (-" : " (+") + magnitude + ")";
    }
}
