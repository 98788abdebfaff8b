package factcheck.extraction;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads amounts that start at a given token: money ("$3.2 billion", "US$5m", "€40m"),
 * numbers with their scale, percentage sign or counted noun ("10 million workers", "49 %"),
 * and number words ("four suspected militants", "a dozen people", "hundreds of residents").
 * Number words only count when a noun follows, so "one of them" is not a quantity.
 */
final class FigureReader {

    /**
     * The number token at {@code number} times its scale word ({@code factor}, null without one),
     * and the index of the last token read. Its value is only worked out when asked for: most
     * numbers are first tried as the lower bound of a range, and most are none.
     */
    record Scaled(Tokens tokens, int number, BigDecimal factor, int last) {

        BigDecimal value() {
            BigDecimal value = NumberWords.parse(tokens.text(number));
            return factor == null ? value : value.multiply(factor);
        }

        /** {@link NumberWords#format} of the value. */
        String formatted() {
            if (factor == null) {
                return NumberWords.formatNumber(tokens.text(), tokens.start(number), tokens.end(number));
            }
            return NumberWords.format(value());
        }
    }

    /** Clock times are not amounts: "5 p.m." is when, not how many. */
    static final Set<String> CLOCK_WORDS = Set.of("a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc");

    private FigureReader() {
    }

    static QuantityParser.Match money(Tokens tokens, int i) {
        String code = null;
        int k = i + 1;
        if (k < tokens.size() && tokens.is(k, "$") && !tokens.spaced(k) && tokens.isWord(i)
                && NumberWords.DOLLAR_PREFIXES.containsKey(tokens.text(i))) {
            code = NumberWords.DOLLAR_PREFIXES.get(tokens.text(i));
            k++;
        } else if (tokens.isSymbol(i)) {
            code = NumberWords.CURRENCY_SYMBOLS.get(tokens.text(i));
        } else if (tokens.isWord(i) && tokens.length(i) == 3 && tokens.isUpperCase(i)) {
            code = NumberWords.CURRENCY_WORDS.get(tokens.lower(i));
        }
        if (code == null || k >= tokens.size() || !tokens.isNumber(k)) {
            return null;
        }
        Scaled amount = scaled(tokens, k);
        if (amount == null) {
            return null;
        }
        return new QuantityParser.Match(i, amount.last(), amount.formatted(), code);
    }

    static QuantityParser.Match number(Tokens tokens, int i) {
        if (!tokens.isNumber(i) || isPartOfIdentifier(tokens, i)) {
            return null;
        }
        Scaled amount = scaled(tokens, i);
        if (amount == null) {
            return null;
        }
        return withSuffix(tokens, i, amount.last(), amount.formatted());
    }

    /**
     * The number from token {@code i} to {@code last} (its scale word included) extended by what
     * follows it: a percent sign or words, a currency word, or the noun it counts. Null after a
     * clock word, since "5 p.m." says when, not how many.
     */
    static QuantityParser.Match withSuffix(Tokens tokens, int i, int last, String value) {
        int next = last + 1;
        int after = last + 2;
        boolean hasAfter = after < tokens.size();
        if (next >= tokens.size()) {
            return new QuantityParser.Match(i, last, value, null);
        }
        String word = tokens.lower(next);
        if (tokens.is(next, "%") || word.equals("percent") || word.equals("pct")) {
            return new QuantityParser.Match(i, last + 1, value, QuantityParser.PERCENT);
        }
        if (word.equals("per") && hasAfter && tokens.is(after, "cent")) {
            return new QuantityParser.Match(i, last + 2, value, QuantityParser.PERCENT);
        }
        if (word.equals("percentage") && hasAfter && tokens.lower(after).startsWith("point")) {
            return new QuantityParser.Match(i, last + 2, value, "percentage points");
        }
        if (tokens.isWord(next) && NumberWords.CURRENCY_WORDS.containsKey(word)) {
            return new QuantityParser.Match(i, last + 1, value, NumberWords.CURRENCY_WORDS.get(word));
        }
        if (tokens.isWord(next) && CLOCK_WORDS.contains(word)) {
            return null;
        }
        if (tokens.isWord(next) && !tokens.spaced(next)) {
            return new QuantityParser.Match(i, last + 1, value, word);
        }
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, last + 1, false);
        return withUnit(i, last, value, unit);
    }

    static QuantityParser.Match numberWord(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return null;
        }
        String word = tokens.lower(i);
        if (NumberWords.VAGUE.contains(word)) {
            int last = i;
            if (i + 2 < tokens.size() && tokens.is(i + 1, "of")
                    && NumberWords.VAGUE.contains(tokens.lower(i + 2))) {
                last = i + 2;
            }
            UnitResolver.Unit unit = UnitResolver.resolve(tokens, last + 1, true);
            return withUnit(i, last, null, unit);
        }
        int first = i;
        int k = i;
        if ((word.equals("a") || word.equals("an")) && i + 1 < tokens.size()) {
            k = i + 1;
            word = tokens.lower(k);
            if (!word.equals("dozen") && !word.equals("hundred") && !NumberWords.SCALE_WORDS.containsKey(word)) {
                return null;
            }
        }
        BigDecimal value = wordValue(word);
        if (value == null) {
            return null;
        }
        if (k + 1 < tokens.size() && NumberWords.SCALE_WORDS.containsKey(tokens.lower(k + 1))) {
            value = value.multiply(NumberWords.SCALE_WORDS.get(tokens.lower(k + 1)));
            k++;
        }
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, k + 1, false);
        if (unit == null) {
            return null;
        }
        return new QuantityParser.Match(first, unit.tokenIndex(), NumberWords.format(value), unit.name());
    }

    /** The match extended to the counted noun when there is one. */
    private static QuantityParser.Match withUnit(int first, int last, String value, UnitResolver.Unit unit) {
        if (unit == null) {
            return new QuantityParser.Match(first, last, value, null);
        }
        return new QuantityParser.Match(first, unit.tokenIndex(), value, unit.name());
    }

    private static BigDecimal wordValue(String word) {
        if (NumberWords.SCALE_WORDS.containsKey(word)) {
            return NumberWords.SCALE_WORDS.get(word);
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = NumberWords.SMALL.get(word.substring(0, hyphen));
            Integer units = NumberWords.SMALL.get(word.substring(hyphen + 1));
            boolean compound = tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10;
            return compound ? BigDecimal.valueOf(tens + units) : null;
        }
        Integer small = NumberWords.SMALL.get(word);
        return small == null ? null : BigDecimal.valueOf(small);
    }

    /** The number at {@code k} times any scale word after it: "10 million", "1.2bn"; null if it is unusable. */
    static Scaled scaled(Tokens tokens, int k) {
        if (!NumberWords.isUsable(tokens, k)) {
            return null;
        }
        // Scale words and suffixes are vocabulary words: a word without an entry scales nothing.
        String next = k + 1 < tokens.size() ? tokens.knownLower(k + 1) : null;
        if (next != null) {
            BigDecimal factor = tokens.spaced(k + 1)
                    ? NumberWords.SCALE_WORDS.get(next)
                    : NumberWords.SCALE_SUFFIXES.getOrDefault(next, NumberWords.SCALE_WORDS.get(next));
            if (factor != null) {
                return new Scaled(tokens, k, factor, k + 1);
            }
        }
        return new Scaled(tokens, k, null, k);
    }

    /** "COVID-19", "10:30", "3/4", "2nd": digits that are labels, times or ordinals, not amounts. */
    private static boolean isPartOfIdentifier(Tokens tokens, int i) {
        if (i > 0 && !tokens.spaced(i)) {
            int prev = i - 1;
            if (tokens.isWord(prev) || tokens.isNumber(prev)) {
                return true;
            }
            boolean joiner = tokens.isOneOf(prev, "-/:.#");
            if (joiner && i > 1 && !tokens.spaced(prev) && !tokens.isSymbol(i - 2)) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            int next = i + 1;
            if (!tokens.spaced(next) && tokens.isWord(next) && NumberWords.ORDINAL_SUFFIXES.contains(tokens.lower(next))) {
                return true;
            }
            boolean joined = !tokens.spaced(next) && (tokens.is(next, ":") || tokens.is(next, "/"));
            return joined && i + 2 < tokens.size() && tokens.isNumber(i + 2) && !tokens.spaced(i + 2);
        }
        return false;
    }
}
