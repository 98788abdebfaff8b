package factcheck.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word an extraction step knows something about, collected from the word lists and
 * phrase tables of the steps themselves, each with all it means to them ({@link KnownWord}), so
 * that a token is looked up once. Keys are lower-case ASCII. Immutable.
 */
final class Vocabulary {

    private static final Map<String, KnownWord> WORDS = build();

    private Vocabulary() {
    }

    /** The known word that {@code text[start, end)} lower-cases to ({@code Locale.ROOT}), or null. */
    static KnownWord find(String text, int start, int end) {
        return WORDS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Every known word. */
    static Set<String> words() {
        return WORDS.keySet();
    }

    private static Map<String, KnownWord> build() {
        Set<String> words = new HashSet<>(CuePhrases.words());
        words.addAll(QuantityParser.OPENING_WORDS);
        words.add(CueFinder.THAN);
        for (Set<String> tested : List.of(NumberWords.SCALE_WORDS.keySet(), NumberWords.SCALE_SUFFIXES.keySet(),
                NumberWords.MONTHS.keySet(), NumberWords.SMALL.keySet(), NumberWords.CURRENCY_WORDS.keySet(),
                QuantityParser.QUALIFIER_WORDS, BoilerplateDetector.NOTICE_WORDS)) {
            words.addAll(tested);
        }
        for (WordList list : WordList.values()) {
            words.addAll(list.words());
        }
        Map<String, KnownWord> table = new HashMap<>();
        for (String word : words) {
            if (!word.chars().allMatch(c -> c < 128) || !word.toLowerCase(Locale.ROOT).equals(word)) {
                throw new IllegalStateException("vocabulary words must be lower-case ASCII: " + word);
            }
            table.put(word, new KnownWord(word, CuePhrases.lookup(word), QuantityParser.OPENING_WORDS.contains(word),
                    KnownWord.capitalise(word), KnownWord.FigureWord.of(word), WordList.listsOf(word)));
        }
        return Map.copyOf(table);
    }
}
