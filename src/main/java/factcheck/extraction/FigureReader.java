package factcheck.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Reads amounts that start at a given token: money ("$3.2 billion", "US$5m", "€40m"),
 * numbers with their scale, percentage sign or counted noun ("10 million workers", "49 %"),
 * and number words ("four suspected militants", "a dozen people", "hundreds of residents").
 * Number words only count when a noun follows, so "one of them" is not a quantity.
 */
final class FigureReader {

    /** A number times its scale word, and the index of the last token read. */
    record Scaled(BigDecimal value, int last) {
    }

    /** Clock times are not amounts: "5 p.m." is when, not how many. */
    private static final Set<String> CLOCK_WORDS = Set.of("a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc");

    private FigureReader() {
    }

    static QuantityParser.Match money(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String code = null;
        int k = i + 1;
        if (t.isWord() && NumberWords.DOLLAR_PREFIXES.containsKey(t.text()) && k < tokens.size()
                && tokens.get(k).is("$") && !tokens.get(k).spaced()) {
            code = NumberWords.DOLLAR_PREFIXES.get(t.text());
            k++;
        } else if (t.type() == Token.Type.SYMBOL) {
            code = NumberWords.CURRENCY_SYMBOLS.get(t.text());
        } else if (t.isWord() && t.text().length() == 3 && t.isUpperCase()) {
            code = NumberWords.CURRENCY_WORDS.get(t.lower());
        }
        if (code == null || k >= tokens.size() || !tokens.get(k).isNumber()) {
            return null;
        }
        Scaled amount = scaled(tokens, k);
        if (amount == null) {
            return null;
        }
        return new QuantityParser.Match(i, amount.last(), NumberWords.format(amount.value()), code);
    }

    static QuantityParser.Match number(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isNumber() || isPartOfIdentifier(tokens, i)) {
            return null;
        }
        Scaled amount = scaled(tokens, i);
        if (amount == null) {
            return null;
        }
        return withSuffix(tokens, i, amount.last(), NumberWords.format(amount.value()));
    }

    /**
     * The number from token {@code i} to {@code last} (its scale word included) extended by what
     * follows it: a percent sign or words, a currency word, or the noun it counts. Null after a
     * clock word, since "5 p.m." says when, not how many.
     */
    static QuantityParser.Match withSuffix(List<Token> tokens, int i, int last, String value) {
        Token next = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
        Token after = last + 2 < tokens.size() ? tokens.get(last + 2) : null;
        if (next == null) {
            return new QuantityParser.Match(i, last, value, null);
        }
        String word = next.lower();
        if (next.is("%") || word.equals("percent") || word.equals("pct")) {
            return new QuantityParser.Match(i, last + 1, value, QuantityParser.PERCENT);
        }
        if (word.equals("per") && after != null && after.is("cent")) {
            return new QuantityParser.Match(i, last + 2, value, QuantityParser.PERCENT);
        }
        if (word.equals("percentage") && after != null && after.lower().startsWith("point")) {
            return new QuantityParser.Match(i, last + 2, value, "percentage points");
        }
        if (next.isWord() && NumberWords.CURRENCY_WORDS.containsKey(word)) {
            return new QuantityParser.Match(i, last + 1, value, NumberWords.CURRENCY_WORDS.get(word));
        }
        if (next.isWord() && CLOCK_WORDS.contains(word)) {
            return null;
        }
        if (next.isWord() && !next.spaced()) {
            return new QuantityParser.Match(i, last + 1, value, word);
        }
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, last + 1, false);
        return withUnit(i, last, value, unit);
    }

    static QuantityParser.Match numberWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        String word = t.lower();
        if (NumberWords.VAGUE.contains(word)) {
            int last = i;
            if (i + 2 < tokens.size() && tokens.get(i + 1).is("of")
                    && NumberWords.VAGUE.contains(tokens.get(i + 2).lower())) {
                last = i + 2;
            }
            UnitResolver.Unit unit = UnitResolver.resolve(tokens, last + 1, true);
            return withUnit(i, last, null, unit);
        }
        int first = i;
        int k = i;
        if ((word.equals("a") || word.equals("an")) && i + 1 < tokens.size()) {
            k = i + 1;
            word = tokens.get(k).lower();
            if (!word.equals("dozen") && !word.equals("hundred") && !NumberWords.SCALE_WORDS.containsKey(word)) {
                return null;
            }
        }
        BigDecimal value = wordValue(word);
        if (value == null) {
            return null;
        }
        if (k + 1 < tokens.size() && NumberWords.SCALE_WORDS.containsKey(tokens.get(k + 1).lower())) {
            value = value.multiply(NumberWords.SCALE_WORDS.get(tokens.get(k + 1).lower()));
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

    /** The number at {@code k} times any scale word after it: "10 million", "1.2bn". */
    static Scaled scaled(List<Token> tokens, int k) {
        BigDecimal value = NumberWords.parse(tokens.get(k).text());
        if (value == null) {
            return null;
        }
        if (k + 1 < tokens.size() && tokens.get(k + 1).isWord()) {
            Token next = tokens.get(k + 1);
            BigDecimal factor = next.spaced()
                    ? NumberWords.SCALE_WORDS.get(next.lower())
                    : NumberWords.SCALE_SUFFIXES.getOrDefault(next.lower(), NumberWords.SCALE_WORDS.get(next.lower()));
            if (factor != null) {
                return new Scaled(value.multiply(factor), k + 1);
            }
        }
        return new Scaled(value, k);
    }

    /** "COVID-19", "10:30", "3/4", "2nd": digits that are labels, times or ordinals, not amounts. */
    private static boolean isPartOfIdentifier(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i > 0 && !t.spaced()) {
            Token prev = tokens.get(i - 1);
            if (prev.isWord() || prev.isNumber()) {
                return true;
            }
            boolean joiner = "-/:.#".contains(prev.text());
            if (joiner && i > 1 && !prev.spaced() && tokens.get(i - 2).type() != Token.Type.SYMBOL) {
                return true;
            }
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (!next.spaced() && next.isWord() && NumberWords.ORDINAL_SUFFIXES.contains(next.lower())) {
                return true;
            }
            boolean joined = !next.spaced() && (next.is(":") || next.is("/"));
            return joined && i + 2 < tokens.size() && tokens.get(i + 2).isNumber() && !tokens.get(i + 2).spaced();
        }
        return false;
    }
}
