package factcheck.extraction;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every word any extraction step looks up, as one hash table probed with a span of the text,
 * case-folded on the fly: no string is built per token, a span is found by its length and four
 * of its characters, and compared in full only when it is longer than four. A span whose
 * lower-case form is not a key, including every span with a character that does not lower-case
 * to ASCII, yields {@link #NONE}. Immutable.
 */
final class Vocabulary {

    /** Words this long or shorter are sampled whole by {@link #sample}. */
    private static final int WHOLLY_SAMPLED = 4;

    private static final KnownWord[] TABLE = build();
    private static final int MASK = TABLE.length - 1;
    /**
     * The {@link #sample} of the word in each slot of {@link #TABLE}, compared first: it tells
     * most words apart from the key in the slot, and short ones entirely.
     */
    private static final int[] SAMPLES = samples();
    /** The sample of an empty slot: every word's has its length, at least 1, in its top bits. */
    private static final int EMPTY = 0;
    /** The characters of the word in each slot, compared with a span's without a string's checks. */
    private static final char[][] KEYS = keys();
    /**
     * Every UTF-16 unit folded: the ASCII character it lower-cases to, or {@link #NO_FOLD}. A
     * table of every unit, not of ASCII only, so that a look-up needs no range test.
     */
    private static final char[] FOLDED = folded();
    /** What a unit that lower-cases to no ASCII character folds to: a character in no key. */
    private static final char NO_FOLD = 127;
    /** The {@link TokenTable} role flags of the word in each slot. */
    private static final int[] ROLES = roles();
    /** Folding never shortens a span, so a longer one is no key and is not looked up at all. */
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
    static int lookup(char[] text, int start, int end) {
        int length = end - start;
        if (length > LONGEST) {
            return NONE;
        }
        int sample = sample(length, fold(text[start]), fold(text[start + (length > 1 ? 1 : 0)]),
                fold(text[start + length / 2]), fold(text[end - 1]));
        for (int slot = slot(sample, MASK); SAMPLES[slot] != EMPTY; slot = (slot + 1) & MASK) {
            if (SAMPLES[slot] == sample && (length <= WHOLLY_SAMPLED || spells(KEYS[slot], text, start, end))) {
                return slot;
            }
        }
        return NONE;
    }

    /**
     * The known word that {@code text[start, end)} lower-cases to, or null. Copies the span: for
     * the rare look-ups outside the tokenizer (the halves of "twenty-five", a possessive name
     * without its ending).
     */
    static KnownWord find(String text, int start, int end) {
        char[] span = new char[end - start];
        text.getChars(start, end, span, 0);
        return entry(lookup(span, 0, span.length));
    }

    /**
     * The role flags ({@link TokenTable#OPENS_QUANTITY}, {@link TokenTable#CUE},
     * {@link TokenTable#NOTICE}) of the word numbered {@code number} by {@link #lookup}, or 0
     * for {@link #NONE}.
     */
    static int roles(int number) {
        return number == NONE ? 0 : ROLES[number];
    }

    /** The known word numbered {@code number} by {@link #lookup}, or null for {@link #NONE}. */
    static KnownWord entry(int number) {
        return number == NONE ? null : TABLE[number];
    }

    /**
     * A word's length and its first, second, middle and last characters, folded, seven bits
     * each: a fixed cost per word, where a hash over every character put a multiplication per
     * character on the tokenizer's critical path. Up to {@link #WHOLLY_SAMPLED} characters these
     * are all of them, so equal samples are equal words and most known words, being short, are
     * found without comparing them again; longer ones are compared by {@link #spells}. A
     * character that folds to no ASCII samples as {@link #NO_FOLD}, which is in no key; keys are
     * ASCII and folded characters below 128, so seven bits hold every character sampled.
     */
    private static int sample(int length, int first, int second, int middle, int last) {
        return Math.min(length, 15) << 28 | first << 21 | second << 14 | middle << 7 | last;
    }

    private static int sample(String key) {
        int length = key.length();
        return sample(length, key.charAt(0), key.charAt(length > 1 ? 1 : 0), key.charAt(length / 2),
                key.charAt(length - 1));
    }

    /** The first slot to probe for a sample: multiplied so that every bit of it moves the slot. */
    private static int slot(int sample, int mask) {
        return (sample * 0x9E3779B9 >>> 16) & mask;
    }

    /** The ASCII character {@code c} lower-cases to, or {@link #NO_FOLD}. */
    private static char fold(char c) {
        return FOLDED[c];
    }

    private static boolean spells(char[] key, char[] text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (fold(text[start + k]) != key[k]) {
                return false;
            }
        }
        return true;
    }

    private static int[] samples() {
        int[] samples = new int[TABLE.length];
        for (int slot = 0; slot < TABLE.length; slot++) {
            samples[slot] = TABLE[slot] == null ? EMPTY : sample(TABLE[slot].lower());
        }
        return samples;
    }

    private static char[][] keys() {
        char[][] keys = new char[TABLE.length][];
        for (int slot = 0; slot < TABLE.length; slot++) {
            keys[slot] = TABLE[slot] == null ? null : TABLE[slot].lower().toCharArray();
        }
        return keys;
    }

    private static char[] folded() {
        char[] folded = new char[Character.MAX_VALUE + 1];
        Arrays.fill(folded, NO_FOLD);
        for (char c = 0; c < 128; c++) {
            folded[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        folded['\u212A'] = 'k';
        return folded;
    }

    private static int[] roles() {
        int[] roles = new int[TABLE.length];
        for (int slot = 0; slot < TABLE.length; slot++) {
            KnownWord word = TABLE[slot];
            if (word != null) {
                roles[slot] = (word.opensQuantity() ? TokenTable.OPENS_QUANTITY : 0)
                        | (CueFinder.startsCue(word) ? TokenTable.CUE : 0)
                        | (BoilerplateDetector.NOTICE_WORDS.contains(word.lower()) ? TokenTable.NOTICE : 0);
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
        // Readers test tokens against these through Tokens.knownLower, so they must be here.
        for (Set<String> tested : List.of(NumberWords.SCALE_WORDS.keySet(), NumberWords.SCALE_SUFFIXES.keySet(),
                QuantityParser.QUALIFIER_WORDS, BoilerplateDetector.NOTICE_WORDS)) {
            words.addAll(tested);
        }
        // Readers test tokens against these through their entry's bits.
        for (WordList list : WordList.values()) {
            words.addAll(list.words());
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
            KnownWord known = new KnownWord(word, CuePhrases.lookup(word), QuantityParser.OPENING_WORDS.contains(word),
                    KnownWord.capitalise(word), KnownWord.FigureWord.of(word), WordList.listsOf(word));
            int slot = slot(sample(word), size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = known;
        }
        return table;
    }
}
