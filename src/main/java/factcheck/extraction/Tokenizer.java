package factcheck.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a span of text into words, numbers and symbols in one left-to-right pass.
 * Hand-written rather than regex-based so that time stays linear on pathological input.
 */
final class Tokenizer {

    /** Longer digit runs are identifiers or noise, not quantities; capping keeps parsing cheap. */
    static final int MAX_NUMBER_LENGTH = 30;

    List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        boolean spaced = true;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                spaced = true;
                i += Character.charCount(cp);
                continue;
            }
            int end;
            Token.Type type;
            if (isAsciiDigit(cp)) {
                end = numberEnd(text, i, to);
                type = Token.Type.NUMBER;
            } else if (Character.isLetter(cp)) {
                end = wordEnd(text, i, to);
                type = Token.Type.WORD;
            } else {
                end = i + Character.charCount(cp);
                type = Token.Type.SYMBOL;
            }
            tokens.add(new Token(i, end, text.substring(i, end), type, spaced));
            spaced = false;
            i = end;
        }
        return tokens;
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
        if (i + 3 > to) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return i + 3 == to || !isAsciiDigit(text.charAt(i + 3));
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
            int cp = text.codePointAt(j);
            if (Character.isLetterOrDigit(cp)) {
                j += Character.charCount(cp);
                continue;
            }
            boolean letterFollows = j + 1 < to && Character.isLetter(text.codePointAt(j + 1));
            if ((cp == '\'' || cp == '’' || cp == '-') && letterFollows) {
                j++;
            } else if (cp == '.' && letterFollows && j - segmentStart == 1) {
                j++;
                segmentStart = j;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
