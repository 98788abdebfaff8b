package factcheck.arithmetic;

import java.util.Locale;

/**
 * A word that loosens an asserted figure: "more than doubled", "nearly 30 %", "about one in four".
 * The check then only asks what the hedge still claims.
 */
enum Hedge {
    NONE, AT_LEAST, AT_MOST, NEARLY, ABOUT;

    /** The hedge phrases the patterns accept, longest first so that "just over" wins over "over". */
    static final String PHRASES = "(?:more than|well over|just over|at least|upwards of|in excess of|nearly|almost"
            + "|close to|just under|not quite|about|around|roughly|approximately|some|an estimated|estimated"
            + "|less than|fewer than|at most|up to|over|under|below|above)";

    /** "nearly 30 %" is short of 30 % by a little: a fifth of the value at most. */
    private static final double NEARLY_SHORT_BY = 0.2;
    /** "about 30 %" may miss 30 % by a tenth of the value either way. */
    private static final double ABOUT_OFF_BY = 0.1;

    /** The hedge a matched phrase expresses; null or empty is {@link #NONE}. */
    static Hedge of(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return NONE;
        }
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (p) {
            case "more than", "well over", "just over", "at least", "upwards of", "in excess of", "over", "above" ->
                    AT_LEAST;
            case "less than", "fewer than", "at most", "up to", "under", "below" -> AT_MOST;
            case "nearly", "almost", "close to", "just under", "not quite" -> NEARLY;
            default -> ABOUT;
        };
    }

    /**
     * The values a hedged assertion allows, for an asserted positive {@code value} whose unhedged tolerance
     * is {@code stated}.
     */
    Interval allow(Interval stated, double value) {
        return switch (this) {
            case NONE -> stated;
            case AT_LEAST -> new Interval(stated.low(), Double.POSITIVE_INFINITY);
            case AT_MOST -> new Interval(Double.NEGATIVE_INFINITY, stated.high());
            case NEARLY -> new Interval(stated.low() - NEARLY_SHORT_BY * value, stated.high());
            case ABOUT -> new Interval(stated.low() - ABOUT_OFF_BY * value, stated.high() + ABOUT_OFF_BY * value);
        };
    }
}
