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
    private static final Set<String> OPENING_WORDS = openingWords();

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

    /** False for tokens that no reader below can start a match at. */
    private static boolean mayOpenQuantity(Token t) {
        return switch (t.type()) {
            case NUMBER -> true;
            case WORD -> OPENING_WORDS.contains(t.lower()) || t.lower().indexOf('-') > 0;
            case SYMBOL -> NumberWords.CURRENCY_SYMBOLS.containsKey(t.text());
        };
    }

    private static Set<String> currencyCodes() {
        Set<String> codes = new HashSet<>(NumberWords.CURRENCY_SYMBOLS.values());
        codes.addAll(NumberWords.DOLLAR_PREFIXES.values());
        codes.addAll(NumberWords.CURRENCY_WORDS.values());
        return Set.copyOf(codes);
    }

    List<Quantity> parse(String text, List<Token> tokens) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!mayOpenQuantity(tokens.get(i))) {
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
            int start = tokens.get(m.first()).start();
            int end = tokens.get(m.last()).end();
            String qualifier = date ? null : qualifier(tokens, m.first());
            found.add(new Quantity(text.substring(start, end), start, end, m.value(), m.unit(), qualifier,
                    m.upperValue()));
            i = m.last() + 1;
        }
        return found;
    }

    private static String qualifier(List<Token> tokens, int first) {
        for (int size = 3; size >= 1; size--) {
            if (first - size < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int m = first - size; m < first; m++) {
                if (!tokens.get(m).isWord()) {
                    phrase.setLength(0);
                    break;
                }
                phrase.append(phrase.length() == 0 ? "" : " ").append(tokens.get(m).lower());
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
