package factcheck.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One named feature of a sentence and how much it moved the check-worthiness score, shown to
 * reviewers as, for example, "states a number: 140 people (+0.35)" or "opinion marker: must (-0.35)".
 */
record Signal(String label, List<String> items, String suffix, double weight) {

    /** A signal whose reason is fixed text. */
    Signal(String reason, double weight) {
        this(reason, null, "", weight);
    }

    /**
     * Formatted magnitudes, direct-mapped by weight. Weights come from a few dozen constants and
     * their sums, and formatting through BigDecimal for every reason of every sentence was a
     * measurable share of extraction time, as was a map keyed by boxed doubles. Entries are
     * immutable, so threads sharing the table at worst format a weight again.
     */
    private record Magnitude(double value, String text) {
    }

    private static final Magnitude[] MAGNITUDES = new Magnitude[256];

    /**
     * "reason (+weight)": the label, the items listed after it, the suffix and the weight. Built
     * only when asked for, because {@code extract} never shows the reasons of sentences it leaves
     * out, and by concatenation, which sizes the string once and keeps it Latin-1 when it can,
     * where a shared builder grew, and once widened by a curly quote, narrowed every string again.
     */
    String describe() {
        String listed = items == null ? "" : CheckWorthinessScorer.listed(items);
        return label + listed + suffix + (weight < 0 ? " (-" : " (+") + magnitude(Math.abs(weight)) + ")";
    }

    private static String magnitude(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) (bits ^ bits >>> 29 ^ bits >>> 47) & (MAGNITUDES.length - 1);
        Magnitude cached = MAGNITUDES[slot];
        if (cached != null && Double.doubleToRawLongBits(cached.value()) == bits) {
            return cached.text();
        }
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        MAGNITUDES[slot] = new Magnitude(value, text);
        return text;
    }
}
