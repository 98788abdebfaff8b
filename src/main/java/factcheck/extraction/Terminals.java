package factcheck.extraction;

import java.util.Arrays;

/**
 * Finds the next sentence terminal ({@link Punctuation#isTerminal} or
 * {@link Punctuation#isCjkTerminal}) in a text, moving forward only: the next position of each
 * terminal character is kept until the reader passes it, so the text is searched once per character.
 */
final class Terminals {

    private static final char[] TERMINALS = {'.', '!', '?', '…', '。', '！', '？'};

    private final String text;
    /** Where each of {@link #TERMINALS} occurs next, or {@code Integer.MAX_VALUE} after its last. */
    private final int[] next = new int[TERMINALS.length];

    Terminals(String text) {
        this.text = text;
        Arrays.fill(next, -1);
    }

    /** The first terminal at or after {@code from}, or {@code Integer.MAX_VALUE} if there is none. */
    int nextFrom(int from) {
        int first = Integer.MAX_VALUE;
        for (int t = 0; t < TERMINALS.length; t++) {
            if (next[t] < from) {
                int at = text.indexOf(TERMINALS[t], from);
                next[t] = at < 0 ? Integer.MAX_VALUE : at;
            }
            first = Math.min(first, next[t]);
        }
        return first;
    }
}
