package factcheck.extraction;

import java.util.Locale;

/**
 * The tokens of one sentence, indexed from 0: a view of a {@link TokenTable}. Every question a
 * reader asks about a token is answered from offsets and flags; {@link #text} and {@link #lower}
 * build strings and are meant for the few tokens that end up in a result.
 *
 * <p>A view holds the table's arrays as they were when its tokens were added: the table may
 * replace them with larger copies later, but never changes a token once added. Holding them
 * here spares every question a read of the table's fields.
 */
final class Tokens {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] flags;
    private final int first;
    private final int size;
    private final int words;
    private final int doubleQuotes;

    Tokens(String text, int[] starts, int[] ends, int[] flags, int first, int size, int words, int doubleQuotes) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.flags = flags;
        this.first = first;
        this.size = size;
        this.words = words;
        this.doubleQuotes = doubleQuotes;
    }

    int size() {
        return size;
    }

    /** The number of tokens that are not symbols: words and numbers, counted when tokenising. */
    int wordCount() {
        return words;
    }

    /** The number of double quotation marks (", “ and ”), counted when tokenising. */
    int doubleQuotes() {
        return doubleQuotes;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int start(int k) {
        return starts[first + k];
    }

    int end(int k) {
        return ends[first + k];
    }

    int length(int k) {
        return end(k) - start(k);
    }

    private boolean has(int k, int flag) {
        return (flags[first + k] & flag) != 0;
    }

    boolean isWord(int k) {
        return has(k, TokenTable.WORD);
    }

    boolean isNumber(int k) {
        return has(k, TokenTable.NUMBER);
    }

    boolean isSymbol(int k) {
        return has(k, TokenTable.SYMBOL);
    }

    boolean spaced(int k) {
        return has(k, TokenTable.SPACED);
    }

    boolean isCapitalised(int k) {
        return has(k, TokenTable.CAPITALISED);
    }

    boolean hasPossessive(int k) {
        return has(k, TokenTable.POSSESSIVE);
    }

    /** A word with a hyphen inside ("twenty-five", "anti-war"). */
    boolean isHyphenated(int k) {
        return has(k, TokenTable.HYPHENATED);
    }

    /** A token a quantity reader can start at ("140", "$", "between", "March", "twenty-five"). */
    boolean opensQuantity(int k) {
        return has(k, TokenTable.OPENS_QUANTITY);
    }

    /** A vocabulary word that can start a cue phrase or attribution, or "than". */
    boolean isCue(int k) {
        return has(k, TokenTable.CUE);
    }

    /** A vocabulary word the boilerplate check stops at. */
    boolean isNoticeWord(int k) {
        return has(k, TokenTable.NOTICE);
    }

    /** The vocabulary entry of a word token, or null for other tokens and unknown words. */
    KnownWord word(int k) {
        return TokenTable.wordOf(flags[first + k]);
    }

    /**
     * Case-insensitive comparison, exactly as {@code text(k).equalsIgnoreCase(symbolOrWord)}.
     * ASCII is compared here; the library's comparison, which a text with curly quotes sends
     * down its slowest path, only decides when a character is not ASCII.
     */
    boolean is(int k, String symbolOrWord) {
        int start = start(k);
        int length = symbolOrWord.length();
        if (end(k) - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(start + i);
            char d = symbolOrWord.charAt(i);
            if (c >= 128 || d >= 128) {
                return text.regionMatches(true, start, symbolOrWord, 0, length);
            }
            if (c != d && !(TextScan.isAsciiLetter(c) && (c | 0x20) == (d | 0x20))) {
                return false;
            }
        }
        return true;
    }

    /** Case-sensitive comparison, exactly as {@code text(k).equals(s)}. */
    boolean textIs(int k, String s) {
        int start = start(k);
        return end(k) - start == s.length() && text.startsWith(s, start);
    }

    /** True for a one-character token that is one of {@code chars}. */
    boolean isOneOf(int k, String chars) {
        if (length(k) != 1) {
            return false;
        }
        // A loop, not String.indexOf: for two or three characters the library call costs more.
        char c = text.charAt(start(k));
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    /** Index of {@code c} in the token's text, as {@code text(k).indexOf(c)}, without the copy. */
    int indexOf(int k, char c) {
        for (int i = start(k); i < end(k); i++) {
            if (text.charAt(i) == c) {
                return i - start(k);
            }
        }
        return -1;
    }

    String text(int k) {
        return text.substring(start(k), end(k));
    }

    /**
     * The lower-case form of a vocabulary word, or null for any other token. Enough to test a
     * token against a set whose words are all in the {@link Vocabulary}, without building a string.
     */
    String knownLower(int k) {
        KnownWord word = word(k);
        return word != null ? word.lower() : null;
    }

    /** True for a vocabulary word in {@code list}; every word of every list is one. */
    boolean in(int k, WordList list) {
        KnownWord word = word(k);
        return word != null && word.in(list);
    }

    /** What a vocabulary word means in a figure; {@link KnownWord.FigureWord#NONE} for any other token. */
    KnownWord.FigureWord figureWord(int k) {
        KnownWord word = word(k);
        return word != null ? word.figure() : KnownWord.FigureWord.NONE;
    }

    /** The token lower-cased with {@code Locale.ROOT}; no new string for vocabulary words. */
    String lower(int k) {
        KnownWord word = word(k);
        return word != null ? word.lower() : text(k).toLowerCase(Locale.ROOT);
    }

    /** The text without a trailing possessive, so "Moscow’s" and "Moscow" name the same thing. */
    String withoutPossessive(int k) {
        return text.substring(start(k), end(k) - (hasPossessive(k) ? 2 : 0));
    }

    /** End offset of the text without a trailing possessive. */
    int endWithoutPossessive(int k) {
        return end(k) - (hasPossessive(k) ? 2 : 0);
    }

    /** True when upper-casing would not change the text ("NATO", "USD"); no copy for ASCII text. */
    boolean isUpperCase(int k) {
        for (int i = start(k); i < end(k); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                String token = text(k);
                return token.equals(token.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /** The whole text the offsets point into. */
    String text() {
        return text;
    }
}
