package factcheck.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads numbers, percentages, money and dates out of a tokenised sentence.
 * At each token the patterns are tried from most to least specific (range, date, money, number,
 * number word), so "2014–2016" is one span of years and "March 2024" is a date rather than a
 * count of 2024 things.
 */
final class QuantityParser {

    static final String DATE = "date";
    static final String PERCENT = "percent";

    private static final Set<String> QUALIFIERS_3 = Set.of("as many as", "as few as", "in excess of");
    private static final Set<String> QUALIFIERS_2 = Set.of(
            "at least", "more than", "fewer than", "less than", "up to", "an estimated", "close to",
            "at most", "upwards of", "as much as");
    private static final Set<String> QUALIFIERS_1 = Set.of(
            "about", "nearly", "around", "almost", "over", "roughly", "approximately", "some",
            "estimated", "under", "approx", "circa", "only", "just", "below", "above", "exactly");

    /** The words qualifiers are made of, for the {@link Vocabulary}. */
    static final Set<String> QUALIFIER_WORDS = qualifierWords();

    /** A matched quantity as token indexes, first to last inclusive. */
    record Match(int first, int last, String value, String unit, String upperValue) {

        Match(int first, int last, String value, String unit) {
            this(first, last, value, unit, null);
        }
    }

    private static final Set<String> CURRENCY_CODES = currencyCodes();

    /**
     * Lower-cased words that can open a quantity: "between", months, number and scale words,
     * currency words and dollar prefixes ("US$"). Any other word, unless hyphenated
     * ("twenty-five"), is skipped with one look-up instead of trying every reader on it.
     */
    static final Set<String> OPENING_WORDS = openingWords();

    /** The currency symbols, all single characters, as one string to search. */
    private static final String CURRENCY_SYMBOL_CHARS = String.join("", NumberWords.CURRENCY_SYMBOLS.keySet());

    /** True for amounts of money, whose unit is a currency code such as "USD". */
    static boolean isMoney(Quantity q) {
        return q.unit() != null && CURRENCY_CODES.contains(q.unit());
    }

    private static Set<String> openingWords() {
        Set<String> words = new HashSet<>(List.of("between", "a", "an"));
        words.addAll(NumberWords.MONTHS.keySet());
        words.addAll(NumberWords.VAGUE);
        words.addAll(NumberWords.SCALE_WORDS.keySet());
        words.addAll(NumberWords.SMALL.keySet());
        words.addAll(NumberWords.CURRENCY_WORDS.keySet());
        for (String prefix : NumberWords.DOLLAR_PREFIXES.keySet()) {
            words.add(prefix.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /** True for a lower-cased word that can open a quantity, hyphenated words included. */
    static boolean opensQuantity(String lower) {
        return OPENING_WORDS.contains(lower) || lower.indexOf('-') > 0;
    }

    /**
     * False for tokens that no reader below can start a match at. Every opening word is in the
     * {@link Vocabulary}, so an unknown word can only open a quantity when it is hyphenated
     * (a word starts with a letter and no character lower-cases to or from '-', so the hyphen
     * the tokenizer saw is the one {@link #opensQuantity} would find).
     */
    private static boolean mayOpenQuantity(Tokens tokens, int i) {
        if (tokens.isNumber(i)) {
            return true;
        }
        if (tokens.isWord(i)) {
            KnownWord word = tokens.word(i);
            return word != null ? word.opensQuantity() : tokens.isHyphenated(i);
        }
        return tokens.isOneOf(i, CURRENCY_SYMBOL_CHARS);
    }

    private static boolean areQualifierWords(Tokens tokens, int from, int to) {
        for (int m = from; m < to; m++) {
            String word = tokens.knownLower(m);
            if (word == null || !QUALIFIER_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> qualifierWords() {
        Set<String> words = new HashSet<>();
        for (Set<String> qualifiers : List.of(QUALIFIERS_1, QUALIFIERS_2, QUALIFIERS_3)) {
            for (String qualifier : qualifiers) {
                words.addAll(List.of(qualifier.split(" ")));
            }
        }
        return Set.copyOf(words);
    }

    private static Set<String> currencyCodes() {
        Set<String> codes = new HashSet<>(NumberWords.CURRENCY_SYMBOLS.values());
        codes.addAll(NumberWords.DOLLAR_PREFIXES.values());
        codes.addAll(NumberWords.CURRENCY_WORDS.values());
        return Set.copyOf(codes);
    }

    List<Quantity> parse(Tokens tokens) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!mayOpenQuantity(tokens, i)) {
                i++;
                continue;
            }
            Match m = RangeReader.read(tokens, i);
            if (m == null) {
                m = DateReader.read(tokens, i);
            }
            boolean date = m != null && DATE.equals(m.unit());
            if (m == null) {
                m = FigureReader.money(tokens, i);
            }
            if (m == null) {
                m = FigureReader.number(tokens, i);
            }
            if (m == null) {
                m = FigureReader.numberWord(tokens, i);
            }
            if (m == null) {
                i++;
                continue;
            }
            int start = tokens.start(m.first());
            int end = tokens.end(m.last());
            String qualifier = date ? null : qualifier(tokens, m.first());
            found.add(new Quantity(tokens.text().substring(start, end), start, end, m.value(), m.unit(), qualifier,
                    m.upperValue()));
            i = m.last() + 1;
        }
        return found;
    }

    /**
     * The qualifier phrase of up to three words before the quantity. Qualifier words are
     * vocabulary words, so a phrase is only built when every word before is one of them.
     */
    private static String qualifier(Tokens tokens, int first) {
        for (int size = 3; size >= 1; size--) {
            if (first - size < 0 || !areQualifierWords(tokens, first - size, first)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int m = first - size; m < first; m++) {
                phrase.append(phrase.length() == 0 ? "" : " ").append(tokens.knownLower(m));
            }
            String candidate = phrase.toString();
            Set<String> known = size == 3 ? QUALIFIERS_3 : size == 2 ? QUALIFIERS_2 : QUALIFIERS_1;
            if (known.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
