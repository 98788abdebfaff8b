package factcheck.arithmetic;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes computed values for the messages, in the style of the figures they were computed from. */
final class Written {

    static final String MINUS = "−";

    private static final Pattern STYLE = Patterns.plain("(?<prefix>" + Patterns.CURRENCY + "\\s?)?(?:"
            + Patterns.DIGITS + "|" + Patterns.NUMBER_WORD + ")(?<scale>" + Patterns.SCALE + ")?(?<suffix>.*)");

    private Written() {
    }

    /**
     * A value written as {@code like} is: "£1.5bn" for 1.5e9 like "£3bn", "105%" like "52%", "110" like "70".
     */
    static String like(Figure like, double value) {
        Matcher m = STYLE.matcher(like.text());
        if (!m.matches()) {
            return number(value);
        }
        String prefix = m.group("prefix") == null ? "" : m.group("prefix");
        String scale = m.group("scale") == null ? "" : m.group("scale");
        double shown = Math.abs(value) / Math.pow(10, FigureReader.scalePower(like));
        return (value < 0 ? MINUS : "") + prefix + number(shown) + scale + m.group("suffix");
    }

    /** A value with a sign, always: "+50%", "−12%". */
    static String signedLike(Figure like, double value) {
        return (value >= 0 ? "+" : "") + like(like, value);
    }

    /** A ratio with two significant digits or so: "7.9×", "0.41×", "12×". */
    static String ratio(double ratio) {
        String pattern = ratio >= 10 ? "#,##0" : ratio >= 1 ? "0.0" : "0.00";
        return format(pattern, ratio) + "×";
    }

    /** A computed percentage to one decimal: "25%", "7.5%". */
    static String percent(double percent) {
        return (percent < 0 ? MINUS : "") + format("#,##0.#", Math.abs(percent)) + "%";
    }

    static String signedPercent(double percent) {
        return (percent >= 0 ? "+" : "") + percent(percent);
    }

    /** A plain number with group commas and at most two decimals: "2,911", "1.25". */
    static String number(double value) {
        return (value < 0 ? MINUS : "") + format("#,##0.##", Math.abs(value));
    }

    static String signedNumber(double value) {
        return (value >= 0 ? "+" : "") + number(value);
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
