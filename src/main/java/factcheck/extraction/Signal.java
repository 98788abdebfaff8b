package factcheck.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
     * The reason: the label, the items listed after it, then the suffix. Built only when asked
     * for, because {@code extract} never shows the reasons of sentences it leaves out.
     */
    String reason() {
        return items == null ? label + suffix : label + CheckWorthinessScorer.list(items) + suffix;
    }

    /**
     * Formatted magnitudes by weight. Weights come from a few dozen constants and their sums,
     * and formatting through BigDecimal for every reason of every sentence was a measurable
     * share of extraction time; the size cap only guards against an unforeseen spread.
     */
    private static final Map<Double, String> MAGNITUDES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 512;

    String describe() {
        return reason() + " (" + (weight < 0 ? "-" : "+") + magnitude(Math.abs(weight)) + ")";
    }

    private static String magnitude(double value) {
        String cached = MAGNITUDES.get(value);
        if (cached != null) {
            return cached;
        }
        String formatted = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        if (MAGNITUDES.size() < MAX_CACHED) {
            MAGNITUDES.put(value, formatted);
        }
        return formatted;
    }
}
