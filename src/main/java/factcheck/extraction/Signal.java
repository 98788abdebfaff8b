package factcheck.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How reasons are written: "states a number: 140 people (+0.35)" or "opinion marker: must (-0.35)".
 * An instance is a signal whose reason is fixed text, written once; signals that list what was
 * found are kept by the {@link SignalTally} without an object of their own and written by
 * {@link #reason(String, List, String, double)}.
 */
final class Signal {

    private final String reason;
    private final double weight;

    private Signal(String reason, double weight) {
        this.reason = reason + weightText(weight);
        this.weight = weight;
    }

    /**
     * A signal whose reason is fixed text. Meant for constants: its reason is written once, not
     * for every sentence that shows it.
     */
    static Signal fixed(String reason, double weight) {
        return new Signal(reason, weight);
    }

    double weight() {
        return weight;
    }

    /** The whole reason, weight included. */
    String reason() {
        return reason;
    }

    /**
     * Formatted weights, direct-mapped by weight. Weights come from a few dozen constants and
     * their sums, and formatting through BigDecimal for every reason of every sentence was a
     * measurable share of extraction time, as was a map keyed by boxed doubles. Entries are
     * immutable, so threads sharing the table at worst format a weight again.
     */
    private record WeightText(double weight, String text) {
    }

    private static final WeightText[] WEIGHT_TEXTS = new WeightText[256];

    /**
     * "label item, item suffix (+weight)", by concatenation, which sizes the string once and
     * keeps it Latin-1 when it can, where a shared builder grew, and once widened by a curly
     * quote, narrowed every string again. The weight comes as one ready part.
     *
     * @param label  the text before the items, ending in ": "
     * @param items  what was found, as written
     * @param suffix text after the items, usually empty
     * @param weight how much the signal moved the score
     */
    static String reason(String label, List<String> items, String suffix, double weight) {
        String weightText = weightText(weight);
        // Up to three items, the list is written in the same concatenation as the rest, with
        // no joined string in between; most signals list one or two.
        return switch (items.size()) {
            case 1 -> label + items.get(0) + suffix + weightText;
            case 2 -> label + items.get(0) + ", " + items.get(1) + suffix + weightText;
            case 3 -> label + items.get(0) + ", " + items.get(1) + ", " + items.get(2) + suffix + weightText;
            default -> label + CheckWorthinessScorer.listed(items) + suffix + weightText;
        };
    }

    /** " (+0.35)" or " (-0.35)". */
    private static String weightText(double weight) {
        long bits = Double.doubleToRawLongBits(weight);
        int slot = (int) (bits ^ bits >>> 29 ^ bits >>> 47 ^ bits >>> 63) & (WEIGHT_TEXTS.length - 1);
        WeightText cached = WEIGHT_TEXTS[slot];
        if (cached != null && Double.doubleToRawLongBits(cached.weight()) == bits) {
            return cached.text();
        }
        String magnitude = BigDecimal.valueOf(Math.abs(weight)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        String text = (weight < 0 ? " (-" : " (+") + magnitude + ")";
        WEIGHT_TEXTS[slot] = new WeightText(weight, text);
        return text;
    }
}
