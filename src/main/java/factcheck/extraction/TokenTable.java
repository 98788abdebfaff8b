package factcheck.extraction;

import java.util.Arrays;

/**
 * The tokens of a text as parallel arrays of offsets and flags, filled by the {@link Tokenizer}
 * sentence by sentence and read through {@link Tokens} views. A token costs no object and no
 * string: its text and lower-case form are cut out of the text only when a reader needs them,
 * and its {@link KnownWord} comes from one vocabulary look-up when it is tokenised, kept as the
 * word's number in the vocabulary in the upper bits of its flags. A number costs no array of
 * its own and, unlike a reference, no garbage-collector barrier when it is stored.
 */
final class TokenTable {

    static final int WORD = 1;
    static final int NUMBER = 2;
    static final int SYMBOL = 4;
    /** Whitespace precedes the token, which separates "US$5m" from "US $ 5 m". */
    static final int SPACED = 8;
    /** A word starting with an upper-case letter. */
    static final int CAPITALISED = 16;
    /** A word ending in "’s" or "'s" after at least one more character. */
    static final int POSSESSIVE = 32;
    /** A word with a hyphen inside. */
    static final int HYPHENATED = 64;
    /**
     * A token a quantity reader can start at: a number, a hyphenated word ("twenty-five"), a
     * currency symbol or a vocabulary word that opens quantities ({@link KnownWord#opensQuantity}).
     * For vocabulary words this, {@link #CUE} and {@link #NOTICE} come from the vocabulary with the
     * word's number, so that passes asking at every token test a bit instead of reading the
     * word's entry.
     */
    static final int OPENS_QUANTITY = 128;
    /** A vocabulary word the cue finder stops at ({@link CueFinder#startsCue}). */
    static final int CUE = 256;
    /** A vocabulary word the boilerplate check stops at ({@link BoilerplateDetector#NOTICE_WORDS}). */
    static final int NOTICE = 512;
    /**
     * The flags above fit below this bit; the vocabulary number plus one (0 for none) is stored
     * from it on, which leaves 22 bits for a vocabulary of a few thousand words.
     */
    private static final int WORD_SHIFT = 10;

    final String text;
    /**
     * The characters of the sentence being tokenised, which the tokenizer reads: a {@code String}
     * checks its coder and bounds at every {@code charAt}, and its loops ran about a fifth faster
     * without them. One buffer for every sentence, so it stays in the processor's cache, where a
     * copy of the whole text would not.
     */
    private char[] buffer = new char[256];
    private int count;
    private int[] starts;
    private int[] ends;
    private int[] flags;

    TokenTable(String text) {
        this.text = text;
        // News prose averages five to six characters per token, spaces included.
        int capacity = text.length() / 4 + 16;
        starts = new int[capacity];
        ends = new int[capacity];
        flags = new int[capacity];
    }

    int count() {
        return count;
    }

    /** The characters {@code [from, to)} of the text, from index 0 of a buffer reused by the next call. */
    char[] characters(int from, int to) {
        if (to - from > buffer.length) {
            buffer = new char[Math.max(to - from, buffer.length * 2)];
        }
        text.getChars(from, to, buffer, 0);
        return buffer;
    }

    /** @param word the token's {@link Vocabulary#lookup} number, or {@link Vocabulary#NONE} */
    void add(int start, int end, int tokenFlags, int word) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = tokenFlags | Vocabulary.roles(word) | (word + 1) << WORD_SHIFT;
        count++;
    }

    /**
     * The {@code count} tokens from index {@code from}, of which {@code words} are words or
     * numbers and {@code doubleQuotes} are double quotation marks.
     */
    Tokens range(int from, int count, int words, int doubleQuotes) {
        return new Tokens(text, starts, ends, flags, from, count, words, doubleQuotes);
    }

    /** The vocabulary entry recorded in a token's flags, or null. */
    static KnownWord wordOf(int tokenFlags) {
        return Vocabulary.entry((tokenFlags >>> WORD_SHIFT) - 1);
    }
}
