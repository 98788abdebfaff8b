package factcheck.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every word any extraction step looks up, as one hash table probed with a span of the text,
 * case-folded on the fly: no string is built per token. A span whose lower-case form is not a
 * key, including every span with a character that does not lower-case to ASCII, yields null.
 * Immutable.
 */
final class Vocabulary {

    private static final KnownWord[] TABLE = build();
    private static final int MASK = TABLE.length - 1;
    /** Folding never shortens a span, so a longer one is no key and is not hashed at all. */
    private static final int LONGEST = longest();

    private Vocabulary() {
    }

    /**
     * The known word that {@code text[start, end)} lower-cases to ({@code toLowerCase(Locale.ROOT)}),
     * or null. All keys are ASCII, and the only non-ASCII character that lower-cases to ASCII is
     * the Kelvin sign, so folding character by character gives the same answer as lower-casing.
     */
    static KnownWord lookup(String text, int start, int end) {
        if (end - start > LONGEST) {
            return null;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            int c = fold(text.charAt(i));
            if (c < 0) {
                return null;
            }
            hash = 31 * hash + c;
        }
        for (int slot = spread(hash) & MASK; TABLE[slot] != null; slot = (slot + 1) & MASK) {
            if (spells(TABLE[slot].lower(), text, start, end)) {
                return TABLE[slot];
            }
        }
        return null;
    }

    /** The ASCII character {@code c} lower-cases to, or -1 when it lower-cases to anything else. */
    private static int fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return c == '\u212A' ? 'k' : -1;
    }

    private static boolean spells(String key, String text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (fold(text.charAt(start + k)) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Same hash as {@link String#hashCode()} of the key, spread so that the low bits differ. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static int longest() {
        int longest = 0;
        for (KnownWord word : TABLE) {
            longest = word == null ? longest : Math.max(longest, word.lower().length());
        }
        return longest;
    }

    private static KnownWord[] build() {
        Set<String> words = new HashSet<>(CuePhrases.words());
        words.addAll(QuantityParser.OPENING_WORDS);
        words.add(CueFinder.THAN);
        Set<String> stopCaps = new HashSet<>();
        for (String stopCap : ProperNameFinder.STOP_CAPS) {
            stopCaps.add(stopCap.toLowerCase(Locale.ROOT));
        }
        words.addAll(stopCaps);
        // Readers test tokens against these through Tokens.knownLower, so they must be here.
        for (Set<String> tested : List.of(NumberWords.SCALE_WORDS.keySet(), NumberWords.SCALE_SUFFIXES.keySet(),
                CueWords.PERFECT_AUXILIARIES, CueWords.FORECAST_PARTICIPLES, CueWords.EVIDENCE_VERBS,
                CueFinder.AUXILIARIES, QuantityParser.QUALIFIER_WORDS)) {
            words.addAll(tested);
        }
        // Not needed for correctness, only so that these words, read after numbers, come with a
        // lower-case form instead of one computed per occurrence.
        for (Set<String> more : List.of(UnitResolver.PEOPLE_NOUNS, UnitResolver.PEOPLE_GROUPS,
                UnitResolver.MODIFIERS, UnitResolver.STOP_WORDS, NumberWords.YEAR_CONTEXT,
                NumberWords.ORDINAL_SUFFIXES, FigureReader.CLOCK_WORDS)) {
            words.addAll(more);
        }
        int size = Integer.highestOneBit(words.size() * 4);
        KnownWord[] table = new KnownWord[size];
        for (String word : words) {
            if (!word.chars().allMatch(c -> c < 128)) {
                throw new IllegalStateException("vocabulary words must be ASCII: " + word);
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word)) {
                throw new IllegalStateException("vocabulary words must be lower case: " + word);
            }
            String stopCap = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            KnownWord known = new KnownWord(word, CuePhrases.lookup(word), QuantityParser.opensQuantity(word),
                    ProperNameFinder.STOP_CAPS.contains(stopCap) ? stopCap : null);
            int slot = spread(word.hashCode()) & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = known;
        }
        return table;
    }
}
