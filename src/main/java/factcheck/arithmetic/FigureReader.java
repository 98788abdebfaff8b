package factcheck.arithmetic;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a figure matched by {@link Patterns#FIGURE} and tells the figures a check must not use: years,
 * days of a month, hedged figures.
 */
final class FigureReader {

    private static final Pattern PARTS = Patterns.plain("(?<currency>" + Patterns.CURRENCY + ")?\\s?"
            + "(?:(?<digits>" + Patterns.DIGITS + ")|(?<word>" + Patterns.NUMBER_WORD + "))"
            + "(?<scale>" + Patterns.SCALE + ")?(?:(?<percent>" + Patterns.PERCENT + ")|(?<points>"
            + Patterns.POINTS + "))?");

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, Integer> SCALE_POWERS = Map.of(
            "thousand", 3, "k", 3, "million", 6, "mn", 6, "m", 6, "billion", 9, "bn", 9, "b", 9,
            "trillion", 12, "tn", 12);

    private static final Map<String, String> CURRENCY_CODES = Map.of(
            "$", "USD", "US$", "USD", "A$", "AUD", "C$", "CAD", "HK$", "HKD", "NZ$", "NZD", "S$", "SGD",
            "£", "GBP", "€", "EUR", "¥", "JPY");

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b";
    private static final Pattern MONTH_AFTER = Patterns.plain("\\s+" + MONTH);
    private static final Pattern MONTH_BEFORE = Patterns.plain("\\b" + MONTH + "\\.?\\s+$");
    private static final Pattern YEAR = Patterns.plain("(?:1[89]|20)[0-9]{2}");
    private static final Pattern HEDGE_BEFORE = Patterns.plain("\\b" + Hedge.PHRASES + "\\s+(?:the\\s+)?$");
    private static final Pattern HEDGE_AFTER = Patterns.plain("\\s*(?:\\+|-?odd\\b|or so\\b|or more\\b|or less\\b)");
    /**
     * A figure after one of these sets a scene ("in 12 regions", "for 40 years") rather than being the
     * subject a relation that follows it is about.
     */
    private static final Pattern PREPOSITION_BEFORE = Patterns.plain("\\b(?:in|across|among|at|on|per|for|within"
            + "|during|after|before|since|between|aged|from|by|than|with|of|under|over)\\s+(?:the\\s+|some\\s+)?$");

    /** How much text before a figure is looked at for a hedge or a preposition. */
    private static final int LOOK_BEHIND = 30;

    private FigureReader() {
    }

    /** The figure in {@code text[start, end)}, which {@link Patterns#FIGURE} matched. */
    static Figure read(String text, int start, int end) {
        String written = text.substring(start, end);
        Matcher m = PARTS.matcher(written);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a figure: " + written);
        }
        int power = power(m);
        double value;
        double rounding;
        if (m.group("digits") != null) {
            BigDecimal number = new BigDecimal(m.group("digits").replace(",", ""));
            value = number.doubleValue();
            rounding = roundingOf(m.group("digits"));
        } else {
            value = wordValue(m.group("word"));
            rounding = 0.5;
        }
        Figure.Unit unit = m.group("percent") != null ? Figure.Unit.PERCENT
                : m.group("points") != null ? Figure.Unit.POINTS : Figure.Unit.NUMBER;
        String currency = m.group("currency") == null ? null : CURRENCY_CODES.getOrDefault(m.group("currency"),
                m.group("currency"));
        return new Figure(written, start, end, value * Math.pow(10, power), rounding * Math.pow(10, power), unit,
                currency);
    }

    /** The power of ten the figure's scale word multiplies by: 9 for "£3bn", 0 without one. */
    static int scalePower(Figure figure) {
        Matcher m = PARTS.matcher(figure.text());
        return m.matches() ? power(m) : 0;
    }

    private static int power(Matcher parts) {
        String scale = parts.group("scale");
        return scale == null ? 0 : SCALE_POWERS.get(scale.strip().toLowerCase(Locale.ROOT));
    }

    /** The figure a named group of a relation pattern captured, or null when the group took no part. */
    static Figure read(String text, Matcher match, String group) {
        return match.start(group) < 0 ? null : read(text, match.start(group), match.end(group));
    }

    /**
     * Half of the last written digit, zeros ending a whole number read as rounding down to two significant
     * digits: "368" 0.5, "12.5" 0.05, "120" 5, "3,000" 50, "40" 0.5.
     */
    static double roundingOf(String digits) {
        String plain = digits.replace(",", "");
        int point = plain.indexOf('.');
        if (point >= 0) {
            return 0.5 * Math.pow(10, -(plain.length() - point - 1));
        }
        int trailingZeros = plain.length() - plain.replaceAll("0+$", "").length();
        int roundedPlaces = Math.min(trailingZeros, Math.max(0, plain.length() - 2));
        return 0.5 * Math.pow(10, roundedPlaces);
    }

    /** The value of a number word, hyphenated tens included ("twenty-five"). */
    static int wordValue(String word) {
        int total = 0;
        for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
            total += WORD_VALUES.get(part);
        }
        return total;
    }

    /**
     * Whether a check may use this figure of a relation that starts at {@code matchStart}: not a year ("from
     * 2019 to 2023" compares no quantities), not a day of a month ("12 March"), not hedged ("some 1,000",
     * "1,000 or so" bear no exact arithmetic). Inside the relation the pattern itself puts the figure right
     * after its own words ("from", "the"), so words before the figure are only looked at for the figure
     * the relation opens with; "three times more than the 150" hedges nothing.
     */
    static boolean usable(String text, Figure figure, int matchStart) {
        boolean hedgedBefore = figure.start() <= matchStart && endsBefore(HEDGE_BEFORE, text, figure);
        return !isDate(text, figure) && !hedgedBefore && !hedgedAfter(text, figure);
    }

    /**
     * Whether two figures can be compared as written. Both must count the same kind of thing, and a scale
     * word on one only: "from 2 to 3 million" most likely means 2 million, "from 800 to 1.2 million" 800,
     * so a plain figure below a thousand beside a scaled one is not compared at all.
     */
    static boolean comparable(Figure one, Figure other) {
        if (!one.sameKindAs(other)) {
            return false;
        }
        int onePower = scalePower(one);
        int otherPower = scalePower(other);
        boolean scaleOnOneOnly = (onePower == 0) != (otherPower == 0);
        Figure plain = onePower == 0 ? one : other;
        return !(scaleOnOneOnly && plain.value() < 1000);
    }

    /** Whether the figure is a year or a day of a month rather than a quantity. */
    static boolean isDate(String text, Figure figure) {
        return isYear(figure) || isDay(text, figure);
    }

    static boolean isYear(Figure figure) {
        return figure.unit() == Figure.Unit.NUMBER && figure.currency() == null
                && YEAR.matcher(figure.text()).matches();
    }

    private static boolean isDay(String text, Figure figure) {
        return MONTH_AFTER.matcher(text).region(figure.end(), text.length()).lookingAt()
                || endsBefore(MONTH_BEFORE, text, figure);
    }

    /** Whether a hedge comes right before or after the figure: "about 52 %", "52 % or so". */
    static boolean isHedged(String text, Figure figure) {
        return endsBefore(HEDGE_BEFORE, text, figure) || hedgedAfter(text, figure);
    }

    private static boolean hedgedAfter(String text, Figure figure) {
        return HEDGE_AFTER.matcher(text).region(figure.end(), text.length()).lookingAt();
    }

    /** Whether a preposition comes right before the figure: "in 12 regions", "of the 300 staff". */
    static boolean followsPreposition(String text, Figure figure) {
        return endsBefore(PREPOSITION_BEFORE, text, figure);
    }

    /** Whether {@code pattern}, which ends in "$", matches the text right before the figure. */
    private static boolean endsBefore(Pattern pattern, String text, Figure figure) {
        // Transparent bounds let a word boundary see the character before the window, so "handsome" is no "some".
        return pattern.matcher(text).useTransparentBounds(true)
                .region(Math.max(0, figure.start() - LOOK_BEHIND), figure.start()).find();
    }
}
