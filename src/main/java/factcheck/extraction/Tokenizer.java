package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a span of text into words, numbers and symbols in one left-to-right pass, each with its
 * {@link Vocabulary} entry. Hand-written rather than regex-based so that time stays linear on
 * pathological input.
 */
final class Tokenizer {

    /** Longer digit runs are identifiers or noise, not quantities; capping keeps parsing cheap. */
    static final int MAX_NUMBER_LENGTH = 30;

    /** The tokens of {@code text[from, to)}, their offsets into the whole text. */
    Tokens tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>((to - from) / 5 + 4);
        boolean spaced = true;
        int i = from;
        while (i < to) {
            int cp = codePointAt(text, i, to);
            if (isSpace(cp)) {
                spaced = true;
                i += Character.charCount(cp);
                continue;
            }
            Token token;
            if (isAsciiDigit(cp)) {
                token = new Token(i, numberEnd(text, i, to), Token.Kind.NUMBER, spaced, false, false, false, false,
                        null);
            } else if (Character.isLetter(cp)) {
                token = word(text, i, wordEnd(text, i, to), spaced, Character.isUpperCase(cp));
            } else {
                int end = Math.min(to, i + Character.charCount(cp));
                boolean currency = end - i == 1 && NumberWords.isCurrencySymbol(text.charAt(i));
                token = new Token(i, end, Token.Kind.SYMBOL, spaced, false, false, false, currency, null);
            }
            tokens.add(token);
            spaced = false;
            i = token.end();
        }
        return new Tokens(text, tokens);
    }

    private static Token word(String text, int start, int end, boolean spaced, boolean capitalised) {
        boolean possessive = end - start > 2 && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'');
        // A hyphen is only ever inside a word, between letters (see wordEnd).
        boolean hyphenated = text.substring(start, end).indexOf('-') >= 0;
        return new Token(start, end, Token.Kind.WORD, spaced, capitalised, possessive, hyphenated, false,
                Vocabulary.find(text, start, end));
    }

    /** The code point at {@code i}, never reading past {@code to}: a pair split by the span's end is two. */
    private static int codePointAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    /** Whitespace, space separators included. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Only ASCII digits start a number; other digits are symbols, or part of the word they are in. */
    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int numberEnd(String text, int i, int to) {
        int j = digitsEnd(text, i, to);
        boolean seenPoint = false;
        while (j < to) {
            char c = text.charAt(j);
            if (c == ',' && !seenPoint && isThousandsGroup(text, j + 1, to)) {
                j += 4;
            } else if (c == '.' && !seenPoint && j + 1 < to && isAsciiDigit(text.charAt(j + 1))) {
                seenPoint = true;
                j = digitsEnd(text, j + 1, to);
            } else {
                break;
            }
        }
        return j;
    }

    /** Exactly three digits not followed by a fourth: "1,000" groups but "49,43" does not. */
    private static boolean isThousandsGroup(String text, int i, int to) {
        return i + 3 <= to && isAsciiDigit(text.charAt(i)) && isAsciiDigit(text.charAt(i + 1))
                && isAsciiDigit(text.charAt(i + 2)) && (i + 3 == to || !isAsciiDigit(text.charAt(i + 3)));
    }

    private static int digitsEnd(String text, int i, int to) {
        int j = i;
        while (j < to && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * Letters and digits, plus apostrophes and hyphens inside a word ("Moscow’s", "anti-war")
     * and dots inside initialisms ("U.S", "e.g"); the final dot stays a separate symbol.
     */
    private static int wordEnd(String text, int i, int to) {
        int j = i;
        int segmentStart = i;
        while (j < to) {
            int cp = codePointAt(text, j, to);
            if (Character.isLetterOrDigit(cp)) {
                j += Character.charCount(cp);
                continue;
            }
            boolean joiner = cp == '\'' || cp == '’' || cp == '-';
            boolean letterFollows = j + 1 < to && Character.isLetter(codePointAt(text, j + 1, to));
            if (!(joiner || cp == '.') || !letterFollows) {
                break;
            }
            if (!joiner) {
                // A dot joins single letters only: "U.S" but not "etc.Then".
                if (j - segmentStart != 1) {
                    break;
                }
                segmentStart = j + 1;
            }
            j++;
        }
        return j;
    }
}
