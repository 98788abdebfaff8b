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
    /**
     * The hash of the word in each slot of {@link #TABLE}, compared before its characters: most
     * words probed collide with no key of the same hash, and this costs no reads of the key.
     */
    private static final int[] HASHES = hashes();
    /** The characters of the word in each slot, compared with a span's without a string's checks. */
    private static final char[][] KEYS = keys();
    /** Each ASCII character lower-cased. */
    private static final char[] ASCII_LOWER = asciiLower();
    /** The {@link TokenTable} role flags of the word in each slot. */
    private static final int[] ROLES = roles();
    /** Folding never shortens a span, so a longer one is no key and is not hashed at all. */
    private static final int LONGEST = longest();

    private Vocabulary() {
    }

    /** What {@link #lookup} answers for a span that is no known word. */
    static final int NONE = -1;

    /**
     * The number of the known word that {@code text[start, end)} lower-cases to ({@code toLowerCase(Locale.ROOT)}),
     * or {@link #NONE}. All keys are ASCII, and the only non-ASCII character that lower-cases to ASCII is
     * the Kelvin sign, so folding character by character gives the same answer as lower-casing.
     * The number is the word's slot in a table of a few thousand.
     */
    static int lookup(String text, int start, int end) {
        int length = end - start;
        if (length > LONGEST) {
            return NONE;
        }
        int hash = hash(length, fold(text.charAt(start)), fold(text.charAt(start + (length > 1 ? 1 : 0))),
                fold(text.charAt(start + length / 2)), fold(text.charAt(end - 1)));
        for (int slot = hash & MASK; TABLE[slot] != null; slot = (slot + 1) & MASK) {
            if (HASHES[slot] == hash && spells(KEYS[slot], text, start, end)) {
                return slot;
            }
        }
        return NONE;
    }

    /** The known word that {@code text[start, end)} lower-cases to, or null. */
    static KnownWord find(String text, int start, int end) {
        return entry(lookup(text, start, end));
    }

    /**
     * The role flags ({@link TokenTable#OPENS_QUANTITY}, {@link TokenTable#CUE}) of the word
     * numbered {@code number} by {@link #lookup}, or 0 for {@link #NONE}.
     */
    static int roles(int number) {
        return number == NONE ? 0 : ROLES[number];
    }

    /** The known word numbered {@code number} by {@link #lookup}, or null for {@link #NONE}. */
    static KnownWord entry(int number) {
        return number == NONE ? null : TABLE[number];
    }

    /**
     * Hashes a word by its length and its first, second, middle and last characters, folded: a fixed
     * cost per word, where a hash over every character put a multiplication per character on
     * the tokenizer's critical path. Words that share the five collide and are told apart by
     * {@link #spells}; a span with a character that folds to no ASCII hashes to something, but
     * spells no key.
     */
    private static int hash(int length, int first, int second, int middle, int last) {
        int hash = (((length * 31 + first) * 31 + second) * 31 + middle) * 31 + last;
        return hash ^ hash >>> 7 ^ hash >>> 16;
    }

    private static int hash(String key) {
        int length = key.length();
        return hash(length, key.charAt(0), key.charAt(length > 1 ? 1 : 0), key.charAt(length / 2), key.charAt(length - 1));
    }

    /** The ASCII character {@code c} lower-cases to, or -1 when it lower-cases to anything else. */
    private static int fold(char c) {
        return c < 128 ? ASCII_LOWER[c] : c == '\u212A' ? 'k' : -1;
    }

    private static boolean spells(char[] key, String text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (fold(text.charAt(start + k)) != key[k]) {
                return false;
            }
        }
        return true;
    }

    private static int[] hashes() {
        int[] hashes = new int[TABLE.length];
        for (int slot = 0; slot < TABLE.length; slot++) {
            hashes[slot] = TABLE[slot] == null ? 0 : hash(TABLE[slot].lower());
        }
        return hashes;
    }

    private static char[][] keys() {
        char[][] keys = new char[TABLE.length][];
        for (int slot = 0; slot < TABLE.length; slot++) {
            keys[slot] = TABLE[slot] == null ? null : TABLE[slot].lower().toCharArray();
        }
        return keys;
    }

    private static char[] asciiLower() {
        char[] lower = new char[128];
        for (char c = 0; c < 128; c++) {
            lower[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return lower;
    }

    private static int[] roles() {
        int[] roles = new int[TABLE.length];
        for (int slot = 0; slot < TABLE.length; slot++) {
            KnownWord word = TABLE[slot];
            if (word != null) {
                roles[slot] = (word.opensQuantity() ? TokenTable.OPENS_QUANTITY : 0)
                        | (word.cue() != null || word.lower().equals(CueFinder.THAN) ? TokenTable.CUE : 0);
            }
        }
        return roles;
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
        for (String groupWord : ProperNameFinder.GROUP_WORDS) {
            words.add(groupWord.toLowerCase(Locale.ROOT));
        }
        // Readers test tokens against these through Tokens.knownLower, so they must be here.
        for (Set<String> tested : List.of(NumberWords.SCALE_WORDS.keySet(), NumberWords.SCALE_SUFFIXES.keySet(),
                CueWords.PERFECT_AUXILIARIES, CueWords.FORECAST_PARTICIPLES, CueWords.EVIDENCE_VERBS,
                CueFinder.AUXILIARIES, QuantityParser.QUALIFIER_WORDS, ProperNameFinder.CONNECTORS)) {
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
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            KnownWord known = new KnownWord(word, CuePhrases.lookup(word), QuantityParser.opensQuantity(word),
                    ProperNameFinder.STOP_CAPS.contains(capitalised) ? capitalised : null,
                    ProperNameFinder.GROUP_WORDS.contains(capitalised) ? capitalised : null);
            int slot = hash(word) & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = known;
        }
        return table;
    }
}
