package factcheck.extraction;

import java.util.Set;

/**
 * Reads amounts that start at a given token: money ("$3.2 billion", "US$5m", "€40m"),
 * numbers with their scale, percentage sign or counted noun ("10 million workers", "49 %"),
 * and number words ("four suspected militants", "a dozen people", "hundreds of residents").
 * Number words only count when a noun follows, so "one of them" is not a quantity.
 */
final class FigureReader {

    /** Clock times are not amounts: "5 p.m." is when, not how many. */
    static final Set<String> CLOCK_WORDS = Set.of("a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc");

    private FigureReader() {
    }

    static QuantityParser.Match money(Tokens tokens, int i) {
        String code = null;
        int k = i + 1;
        boolean dollarFollows = k < tokens.size() && tokens.isOneOf(k, "$") && !tokens.spaced(k);
        String prefixed = dollarFollows ? NumberWords.currencyOfDollarPrefix(tokens, i) : null;
        if (prefixed != null) {
            code = prefixed;
            k++;
        } else if (tokens.isSymbol(i)) {
            code = NumberWords.currencyOfSymbol(tokens, i);
        } else if (tokens.isWord(i) && tokens.length(i) == 3) {
            // Currency words are vocabulary words; upper case only, so "Eur" is not "EUR".
            String currency = tokens.figureWord(i).currency();
            code = currency != null && tokens.isUpperCase(i) ? currency : null;
        }
        if (code == null || k >= tokens.size() || !tokens.isNumber(k)) {
            return null;
        }
        int last = lastOfAmount(tokens, k);
        if (last < 0) {
            return null;
        }
        return new QuantityParser.Match(i, last, formatAmount(tokens, k, last), code);
    }

    static QuantityParser.Match number(Tokens tokens, int i) {
        if (!tokens.isNumber(i) || isPartOfIdentifier(tokens, i)) {
            return null;
        }
        int last = lastOfAmount(tokens, i);
        if (last < 0) {
            return null;
        }
        return withSuffix(tokens, i, last, formatAmount(tokens, i, last));
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
        if (tokens.isOneOf(next, "%") || lowerIs(tokens, next, "percent") || lowerIs(tokens, next, "pct")) {
            return new QuantityParser.Match(i, last + 1, value, QuantityKind.PERCENT);
        }
        if (tokens.is(next, "per") && hasAfter && tokens.is(after, "cent")) {
            return new QuantityParser.Match(i, last + 2, value, QuantityKind.PERCENT);
        }
        if (lowerIs(tokens, next, "percentage") && hasAfter && lowerStartsWith(tokens, after, "point")) {
            return new QuantityParser.Match(i, last + 2, value, QuantityKind.PERCENTAGE_POINTS);
        }
        String currency = tokens.figureWord(next).currency();
        if (currency != null) {
            return new QuantityParser.Match(i, last + 1, value, currency);
        }
        if (tokens.in(next, WordList.CLOCK)) {
            return null;
        }
        if (tokens.isWord(next) && !tokens.spaced(next)) {
            return new QuantityParser.Match(i, last + 1, value, tokens.lower(next));
        }
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, last + 1, false);
        return withUnit(i, last, value, unit);
    }

    static QuantityParser.Match numberWord(Tokens tokens, int i) {
        if (!tokens.isWord(i)) {
            return null;
        }
        String word = tokens.lower(i);
        if (isVague(tokens, i)) {
            int last = i;
            if (i + 2 < tokens.size() && tokens.is(i + 1, "of") && isVague(tokens, i + 2)) {
                last = i + 2;
            }
            UnitResolver.Unit unit = UnitResolver.resolve(tokens, last + 1, true);
            return withUnit(i, last, null, unit);
        }
        int first = i;
        int k = i;
        if (("a".equals(word) || "an".equals(word)) && i + 1 < tokens.size()) {
            k = i + 1;
            word = tokens.lower(k);
            if (!"dozen".equals(word) && !"hundred".equals(word) && tokens.figureWord(k).scale() == null) {
                return null;
            }
        }
        // The value is a whole number times a power of ten: "four" is 4, "a million" 1 × 10⁶.
        int whole;
        int power;
        Integer scale = tokens.figureWord(k).scale();
        if (scale != null) {
            whole = 1;
            power = scale;
        } else {
            whole = smallValue(tokens, k);
            power = 0;
            if (whole < 0) {
                return null;
            }
        }
        if (scale == null && whole < 100 && k + 1 < tokens.size() && "hundred".equals(tokens.lower(k + 1))) {
            whole *= 100;
            k++;
        }
        Integer nextScale = k + 1 < tokens.size() ? tokens.figureWord(k + 1).scale() : null;
        if (nextScale != null) {
            power += nextScale;
            k++;
        }
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, k + 1, false);
        if (unit == null) {
            return null;
        }
        return new QuantityParser.Match(first, unit.tokenIndex(), NumberWords.formatWhole(whole, power), unit.name());
    }

    /** The match extended to the counted noun when there is one. */
    private static QuantityParser.Match withUnit(int first, int last, String value, UnitResolver.Unit unit) {
        if (unit == null) {
            return new QuantityParser.Match(first, last, value, null);
        }
        return new QuantityParser.Match(first, unit.tokenIndex(), value, unit.name());
    }

    private static boolean isVague(Tokens tokens, int k) {
        return tokens.in(k, WordList.VAGUE);
    }

    /**
     * The value of a number word ("four", "dozen") or of a number written as hyphenated words
     * ("twenty-five", "eleven-thousand", "one-hundred-seventy-million"), or -1. Hyphenated words
     * are mostly no numbers ("anti-war"), so their parts are looked up as spans of the text.
     */
    private static int smallValue(Tokens tokens, int k) {
        if (tokens.indexOf(k, '-') > 0) {
            long value = NumberWords.hyphenated(tokens.text(), tokens.start(k), tokens.end(k));
            return value > 0 && value <= Integer.MAX_VALUE ? (int) value : -1;
        }
        Integer small = tokens.figureWord(k).small();
        return small == null ? -1 : small;
    }

    /**
     * Index of the last token of the amount at number token {@code k}: its scale word ("10 million",
     * "1.2bn") or {@code k} itself; -1 if the number is unusable.
     */
    static int lastOfAmount(Tokens tokens, int k) {
        if (!NumberWords.isUsable(tokens, k)) {
            return -1;
        }
        // Scale words and suffixes are vocabulary words: a word without an entry scales nothing.
        if (k + 1 < tokens.size()) {
            KnownWord.FigureWord next = tokens.figureWord(k + 1);
            if ((tokens.spaced(k + 1) ? next.scale() : next.gluedScale()) != null) {
                return k + 1;
            }
        }
        return k;
    }

    /** The power of ten the amount from number token {@code number} to {@code last} is scaled by. */
    static int scalePower(Tokens tokens, int number, int last) {
        return last == number ? 0 : tokens.figureWord(last).gluedScale();
    }

    /** The normalised value of the amount from number token {@code number} to {@code last}. */
    static String formatAmount(Tokens tokens, int number, int last) {
        return NumberWords.formatNumber(tokens.text(), tokens.start(number), tokens.end(number),
                scalePower(tokens, number, last));
    }

    /** As {@code tokens.lower(k).equals(word)} for an ASCII lower-case word, without the copy. */
    private static boolean lowerIs(Tokens tokens, int k, String word) {
        return tokens.length(k) == word.length() && lowerStartsWith(tokens, k, word);
    }

    /**
     * As {@code tokens.lower(k).startsWith(prefix)} for an ASCII lower-case prefix, compared in
     * place. Exact for the reason {@link Vocabulary#lookup} gives: besides the ASCII letters only
     * the Kelvin sign lower-cases to ASCII, and any other character lower-cases to something
     * (for 'İ', two characters) that no ASCII prefix matches.
     */
    private static boolean lowerStartsWith(Tokens tokens, int k, String prefix) {
        if (tokens.length(k) < prefix.length()) {
            return false;
        }
        String text = tokens.text();
        int start = tokens.start(k);
        for (int c = 0; c < prefix.length(); c++) {
            char ch = text.charAt(start + c);
            char folded = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch == '\u212A' ? 'k' : ch;
            if (folded != prefix.charAt(c)) {
                return false;
            }
        }
        return true;
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
            if (!tokens.spaced(next) && tokens.in(next, WordList.ORDINAL_SUFFIX)) {
                return true;
            }
            boolean joined = !tokens.spaced(next) && tokens.isOneOf(next, ":/");
            return joined && i + 2 < tokens.size() && tokens.isNumber(i + 2) && !tokens.spaced(i + 2);
        }
        return false;
    }
}
