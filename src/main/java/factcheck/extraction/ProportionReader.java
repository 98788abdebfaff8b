package factcheck.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads proportions and parts of a year, which the other readers would take for counts:
 * <ul>
 *   <li>ratios, "one in four", "1 in 8", "one in every 100,000" (value 0.25, unit "ratio");</li>
 *   <li>fractions, "half of", "two-thirds", "a quarter of", "one-seventh" (value 0.5, unit
 *       "fraction"), and "three-tenths of a percent" (0.3 percent);</li>
 *   <li>quarters and halves of a year, "the second quarter of 2004" ("2004-04/2004-06", a date).</li>
 * </ul>
 * "Quarter" and "half" are fractions only where a fraction reads naturally: before "of" or
 * "the", or after a qualifier ("about half"), so "a quarter-final" or "half-time" are not.
 */
final class ProportionReader {

    /** Denominator words, singular and plural, with the parts they divide into. */
    static final Map<String, Integer> PARTS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7), Map.entry("sevenths", 7),
            Map.entry("eighth", 8), Map.entry("eighths", 8), Map.entry("ninth", 9), Map.entry("ninths", 9),
            Map.entry("tenth", 10), Map.entry("tenths", 10));

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);

    /** Words a bare "half" or "quarter" must stand before, or after, to be a share of something. */
    private static final Set<String> SHARE_FOLLOWERS = Set.of("of", "the", "their", "its", "all");
    private static final Set<String> SHARE_QUALIFIERS = Set.of(
            "about", "nearly", "almost", "roughly", "around", "over", "under", "than", "some", "only", "just",
            "approximately", "least");

    private static final MathContext DIGITS = new MathContext(4);

    private ProportionReader() {
    }

    /** The words proportions can open at, for the vocabulary's quantity openers. */
    static Set<String> openingWords() {
        Set<String> words = new HashSet<>(PARTS.keySet());
        words.addAll(ORDINALS.keySet());
        return Set.copyOf(words);
    }

    static QuantityParser.Match read(Tokens tokens, int i) {
        QuantityParser.Match m = partOfYear(tokens, i);
        if (m == null) {
            m = ratio(tokens, i);
        }
        return m != null ? m : fraction(tokens, i);
    }

    /** "the second quarter of 2004", "first half 2024". */
    private static QuantityParser.Match partOfYear(Tokens tokens, int i) {
        Integer ordinal = ORDINALS.get(lower(tokens, i));
        if (ordinal == null || i + 2 >= tokens.size()) {
            return null;
        }
        String part = lower(tokens, i + 1);
        int months = "quarter".equals(part) ? 3 : "half".equals(part) && ordinal <= 2 ? 6 : 0;
        if (months == 0) {
            return null;
        }
        int y = tokens.is(i + 2, "of") ? i + 3 : i + 2;
        int year = DateReader.year4(tokens, y, 1800, 2100);
        if (year == 0) {
            return null;
        }
        int from = (ordinal - 1) * months + 1;
        String value = String.format(Locale.ROOT, "%d-%02d/%d-%02d", year, from, year, from + months - 1);
        return new QuantityParser.Match(i, y, value, QuantityKind.DATE_UNIT);
    }

    /** "one in four", "1 in 8", "one in every 100,000". */
    private static QuantityParser.Match ratio(Tokens tokens, int i) {
        BigDecimal part = wholeAt(tokens, i);
        if (part == null || i + 2 >= tokens.size() || !tokens.is(i + 1, "in")) {
            return null;
        }
        int k = tokens.is(i + 2, "every") ? i + 3 : i + 2;
        if (DateReader.year4(tokens, k, 1000, 2999) > 0) {
            // "140 in 2024", "ranked 1 in 2019": a year, not a share.
            return null;
        }
        BigDecimal whole = wholeAt(tokens, k);
        if (whole == null || whole.signum() == 0 || part.compareTo(whole) >= 0) {
            return null;
        }
        int last = tokens.isNumber(k) ? FigureReader.lastOfAmount(tokens, k) : k;
        return new QuantityParser.Match(i, Math.max(last, k), share(part, whole), QuantityKind.RATIO);
    }

    /**
     * "two-thirds", "two thirds", "one-seventh", "a quarter of", "about half", "three-tenths of a
     * percent". A plural part word ("thirds") or a hyphenated one ("one-seventh") is always a
     * fraction; a singular one ("a fifth", "quarter") only where a share reads naturally, so that
     * "a fifth term", "the fifth of November" and "twenty-fifth" are not.
     */
    private static QuantityParser.Match fraction(Tokens tokens, int i) {
        String word = lower(tokens, i);
        int hyphen = word.indexOf('-');
        BigDecimal numerator;
        String part;
        int last = i;
        if (hyphen > 0) {
            numerator = units(word.substring(0, hyphen));
            part = word.substring(hyphen + 1);
        } else if (PARTS.containsKey(word)) {
            numerator = BigDecimal.ONE;
            part = word;
            if (!isShare(tokens, i, i)) {
                return null;
            }
        } else {
            numerator = "a".equals(word) || "an".equals(word) ? BigDecimal.ONE : units(word);
            last = i + 1;
            part = last < tokens.size() ? lower(tokens, last) : "";
            if (PARTS.containsKey(part) && !part.endsWith("s") && !isShare(tokens, i, last)) {
                return null;
            }
        }
        Integer parts = PARTS.get(part);
        if (numerator == null || parts == null || numerator.intValue() >= parts) {
            return null;
        }
        return percentOf(tokens, i, last, numerator.divide(BigDecimal.valueOf(parts), DIGITS));
    }

    /** "three-tenths of a percent" is 0.3 percent; any other fraction is a share of the whole. */
    private static QuantityParser.Match percentOf(Tokens tokens, int first, int last, BigDecimal value) {
        int k = last + 1;
        if (k + 2 < tokens.size() && tokens.is(k, "of") && tokens.is(k + 1, "a")) {
            String unit = lower(tokens, k + 2);
            if (QuantityKind.PERCENT.equals(unit)) {
                return new QuantityParser.Match(first, k + 2, NumberWords.format(value), QuantityKind.PERCENT);
            }
            if ("percentage".equals(unit) && k + 3 < tokens.size()
                    && (tokens.is(k + 3, "point") || tokens.is(k + 3, "points"))) {
                return new QuantityParser.Match(first, k + 3, NumberWords.format(value), QuantityKind.PERCENTAGE_POINTS);
            }
        }
        return new QuantityParser.Match(first, last, NumberWords.format(value), QuantityKind.FRACTION);
    }

    /**
     * A singular part ("half", "a third", "quarter") is a share after a qualifier ("about half")
     * or before "of"/"the" ("a quarter of"), but not after "the" ("the fifth of November").
     */
    private static boolean isShare(Tokens tokens, int first, int last) {
        String before = first > 0 ? lower(tokens, first - 1) : "";
        boolean after = last + 1 < tokens.size() && SHARE_FOLLOWERS.contains(lower(tokens, last + 1));
        return SHARE_QUALIFIERS.contains(before) || after && !"the".equals(before);
    }

    private static BigDecimal wholeAt(Tokens tokens, int k) {
        if (k >= tokens.size()) {
            return null;
        }
        if (tokens.isNumber(k)) {
            int last = FigureReader.lastOfAmount(tokens, k);
            return last < 0 ? null : new BigDecimal(FigureReader.formatAmount(tokens, k, last));
        }
        return small(lower(tokens, k));
    }

    private static BigDecimal small(String word) {
        Integer value = "dozen".equals(word) || "hundred".equals(word) ? null : NumberWords.SMALL.get(word);
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** "one" to "nine", the numerators of written fractions; null for any other word. */
    private static BigDecimal units(String word) {
        BigDecimal value = small(word);
        return value != null && value.intValue() < 10 ? value : null;
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return NumberWords.format(part.divide(whole, DIGITS));
    }

    private static String lower(Tokens tokens, int k) {
        return tokens.isWord(k) ? tokens.lower(k) : "";
    }
}
