package factcheck.extraction;

import java.util.Arrays;

/**
 * The tokens of a text as parallel arrays of offsets and flags, filled by the {@link Tokenizer}
 * sentence by sentence and read through {@link Tokens} views. A token costs no object and no
 * string: its text and lower-case form are cut out of the text only when a reader needs them,
 * and its {@link KnownWord} comes from one vocabulary look-up when it is tokenised.
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

    final String text;
    private int count;
    private int[] starts;
    private int[] ends;
    private int[] flags;
    private KnownWord[] words;

    TokenTable(String text) {
        this.text = text;
        // News prose averages five to six characters per token, spaces included.
        int capacity = text.length() / 4 + 16;
        starts = new int[capacity];
        ends = new int[capacity];
        flags = new int[capacity];
        words = new KnownWord[capacity];
    }

    int count() {
        return count;
    }

    void add(int start, int end, int tokenFlags, KnownWord word) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            flags = Arrays.copyOf(flags, capacity);
            words = Arrays.copyOf(words, capacity);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = tokenFlags;
        words[count] = word;
        count++;
    }

    /** The tokens from index {@code from} (inclusive) to {@code to} (exclusive). */
    Tokens range(int from, int to) {
        return new Tokens(this, from, to - from);
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    int flags(int index) {
        return flags[index];
    }

    KnownWord word(int index) {
        return words[index];
    }
}
