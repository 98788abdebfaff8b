package factcheck.arithmetic;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares written in words, "one in four", "three out of ten", "a third", "two-thirds", and the shares each
 * one still covers once its own rounding is allowed for.
 */
final class ShareWords {

    private static final String NUMBER = "(?:" + Patterns.NUMBER_WORD + "|[0-9]+(?:,[0-9]{3})*)";
    static final String RATIO = "(?<ratio>" + NUMBER + " (?:in|out of) (?:every )?" + NUMBER + ")";
    static final String FRACTION = "(?<fraction>(?:a|one)(?:-| )(?:half|third|quarter|fifth|sixth|seventh|eighth"
            + "|ninth|tenth)|half|(?:two|three|four|five|seven|nine)(?:-| )(?:thirds|quarters|fifths|sixths|sevenths"
            + "|eighths|ninths|tenths))";

    private static final Pattern RATIO_PARTS = Patterns.plain("(" + NUMBER + ")\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?("
            + NUMBER + ")");
    private static final Pattern FRACTION_PARTS = Patterns.plain("(?:(\\p{L}+)[-\\s]+)?(\\p{L}+?)s?");
    private static final Map<String, Integer> DENOMINATORS = Map.of(
            "half", 2, "third", 3, "quarter", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9,
            "tenth", 10);

    /** A share in words is rounded too: "a third" covers shares within a tenth of a third. */
    private static final double WORD_SLACK = 1.1;

    private ShareWords() {
    }

    /** The share "n in d" stands for, as a fraction. */
    static double ratioValue(String ratio) {
        Matcher m = matched(RATIO_PARTS, ratio);
        return number(m.group(1)) / number(m.group(2));
    }

    /**
     * The shares "n in d" covers: "one in four" anything that rounds to one in four (one in 3.5 to one in
     * 4.5); "three in ten" anything that rounds to three tenths (0.25 to 0.35); never narrower than a tenth
     * either side of its value.
     */
    static Interval ratioRange(String ratio) {
        Matcher m = matched(RATIO_PARTS, ratio);
        double n = number(m.group(1));
        double d = number(m.group(2));
        Interval rounded = n == 1 ? new Interval(1 / (d + 0.5), 1 / Math.max(0.5, d - 0.5))
                : new Interval((n - 0.5) / d, (n + 0.5) / d);
        double value = n / d;
        return new Interval(Math.min(rounded.low(), value / WORD_SLACK), Math.max(rounded.high(), value * WORD_SLACK));
    }

    /** The share a fraction in words stands for: 0.5 for "half", 2/3 for "two-thirds". */
    static double fractionValue(String fraction) {
        Matcher m = matched(FRACTION_PARTS, fraction.toLowerCase(Locale.ROOT));
        String numerator = m.group(1);
        int n = numerator == null || numerator.equals("a") || numerator.equals("one") ? 1
                : FigureReader.wordValue(numerator);
        return (double) n / DENOMINATORS.get(m.group(2));
    }

    static Interval fractionRange(String fraction) {
        double value = fractionValue(fraction);
        return new Interval(value / WORD_SLACK, value * WORD_SLACK);
    }

    private static double number(String written) {
        char first = written.charAt(0);
        return Character.isDigit(first) ? Double.parseDouble(written.replace(",", ""))
                : FigureReader.wordValue(written);
    }

    private static Matcher matched(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a share in words: " + text);
        }
        return m;
    }
}
