package factcheck.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads numbers, percentages, money and dates out of a tokenised sentence.
 * At each token that can open a quantity ({@link Token#opensQuantity}) the patterns are tried
 * from most to least specific (range, date, money, number, number word), so "2014–2016" is one
 * span of years and "March 2024" is a date rather than a count of 2024 things.
 */
final class QuantityParser {


    private static final List<String> QUALIFIERS_3 = List.of("as many as", "as few as", "as much as", "in excess of");
    private static final List<String> QUALIFIERS_2 = List.of(
            "at least", "more than", "fewer than", "less than", "up to", "an estimated", "close to",
            "at most", "upwards of");
    private static final List<String> QUALIFIERS_1 = List.of(
            "about", "nearly", "around", "almost", "over", "roughly", "approximately", "some",
            "estimated", "under", "approx", "circa", "only", "just", "below", "above", "exactly");

    /** The qualifiers a figure is matched against, longest first, so that "an estimated" wins over "estimated". */
    private static final List<String> QUALIFIERS = matchedQualifiers();

    /**
     * The qualifiers by their last word, each as its words, longest first: the word before a
     * figure names the few phrases that can end there.
     */
    private static final Map<String, List<Qualifier>> QUALIFIERS_BY_LAST_WORD = qualifiersByLastWord();

    /** A qualifier phrase and its words. */
    private record Qualifier(String text, String[] words) {
    }

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
     * currency words and dollar prefixes ("US$"). Numbers, hyphenated words ("twenty-five") and
     * currency symbols open quantities too; the parser tries no reader at any other token.
     */
    static final Set<String> OPENING_WORDS = openingWords();

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
        words.addAll(ProportionReader.openingWords());
        for (String prefix : NumberWords.DOLLAR_PREFIXES.keySet()) {
            words.add(prefix.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    private static List<String> matchedQualifiers() {
        List<String> longestFirst = new ArrayList<>(QUALIFIERS_3);
        longestFirst.addAll(QUALIFIERS_2);
        longestFirst.addAll(QUALIFIERS_1);
        return List.copyOf(longestFirst);
    }

    private static Map<String, List<Qualifier>> qualifiersByLastWord() {
        Map<String, List<Qualifier>> byLastWord = new HashMap<>();
        for (String qualifier : QUALIFIERS) {
            String[] words = qualifier.split(" ");
            byLastWord.computeIfAbsent(words[words.length - 1], word -> new ArrayList<>())
                    .add(new Qualifier(qualifier, words));
        }
        byLastWord.replaceAll((word, phrases) -> List.copyOf(phrases));
        return Map.copyOf(byLastWord);
    }

    private static Set<String> qualifierWords() {
        Set<String> words = new HashSet<>();
        for (List<String> qualifiers : List.of(QUALIFIERS_1, QUALIFIERS_2, QUALIFIERS_3)) {
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
        // Most sentences have no quantity and many have one: a list is only made for a second.
        Quantity single = null;
        List<Quantity> found = null;
        int i = 0;
        while (i < tokens.size()) {
            // One flag, set when tokenising, tells the tokens no reader below can start a match at.
            if (!tokens.opensQuantity(i)) {
                i++;
                continue;
            }
            Match m = ProportionReader.read(tokens, i);
            if (m == null) {
                m = RangeReader.read(tokens, i);
            }
            if (m == null) {
                m = DateReader.read(tokens, i);
            }
            boolean date = m != null && QuantityKind.DATE_UNIT.equals(m.unit());
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
            Quantity q = quantity(tokens, m, date);
            if (found != null) {
                found.add(q);
            } else if (single == null) {
                single = q;
            } else {
                found = new ArrayList<>(4);
                found.add(single);
                found.add(q);
            }
            i = m.last() + 1;
        }
        // Immutable lists only, so that the claim keeps them as they are and every reader of a
        // sentence's quantities sees no more than two list classes.
        return found != null ? List.copyOf(found) : single != null ? List.of(single) : List.of();
    }

    /** The quantity a reader matched, with the qualifier written before it ("at least", "an estimated"). */
    private static Quantity quantity(Tokens tokens, Match m, boolean date) {
        int start = tokens.start(m.first());
        int end = tokens.end(m.last());
        String qualifier = date ? null : qualifier(tokens, m.first());
        return new Quantity(asWritten(tokens.text(), start, end, m.value()), start, end, m.value(), m.unit(),
                qualifier, m.upperValue());
    }

    /**
     * The text of a quantity. A lone number written as it normalises ("2008", "140") is its own
     * value, so the value string is shared rather than cut out of the text a second time.
     */
    private static String asWritten(String text, int start, int end, String value) {
        boolean sameAsValue = value != null && value.length() == end - start && text.startsWith(value, start);
        return sameAsValue ? value : text.substring(start, end);
    }

    /**
     * The qualifier phrase of up to three words right before the quantity, as listed, or null.
     */
    private static String qualifier(Tokens tokens, int first) {
        String before = first > 0 ? tokens.lower(first - 1) : null;
        List<Qualifier> qualifiers = before == null ? null : QUALIFIERS_BY_LAST_WORD.get(before);
        if (qualifiers == null) {
            return null;
        }
        for (int q = 0; q < qualifiers.size(); q++) {
            Qualifier qualifier = qualifiers.get(q);
            if (precedes(tokens, first, qualifier.words())) {
                return qualifier.text();
            }
        }
        return null;
    }

    /** Whether the words of {@code phrase} are the tokens right before token {@code first}. */
    private static boolean precedes(Tokens tokens, int first, String[] phrase) {
        int from = first - phrase.length;
        if (from < 0) {
            return false;
        }
        for (int w = 0; w < phrase.length; w++) {
            if (!phrase[w].equals(tokens.lower(from + w))) {
                return false;
            }
        }
        return true;
    }
}
