package factcheck.extraction;

/**
 * Splits a span of text into words, numbers and symbols in one left-to-right pass, appending
 * them to a {@link TokenTable} with their flags and vocabulary entry.
 * Hand-written rather than regex-based so that time stays linear on pathological input.
 */
final class Tokenizer {

    /** Longer digit runs are identifiers or noise, not quantities; capping keeps parsing cheap. */
    static final int MAX_NUMBER_LENGTH = 30;

    /**
     * Set in the end that {@link #scanWord} returns when the word has a hyphen inside, so the word is not
     * scanned a second time for it. Offsets of a {@code String} are never negative.
     */
    private static final int HYPHEN_SEEN = Integer.MIN_VALUE;

    /**
     * What a character starts: nothing (whitespace), a symbol, a number, a word or a capitalised
     * word. Ordered so that the characters of a word are those from {@link #DIGIT} on.
     */
    private static final byte SPACE = 0;
    private static final byte SYMBOL = 1;
    private static final byte DIGIT = 2;
    private static final byte LETTER = 3;
    private static final byte CAPITAL = 4;

    /** {@link #kind} of each ASCII character, read from a table. */
    private static final byte[] ASCII_KINDS = asciiKinds();

    /**
     * Appends the tokens of {@code [from, to)} of the table's text and returns them. Characters
     * are read from the table's buffer, which may hold more than the span: every read is bounded
     * by the span's length, surrogate pairs included.
     */
    Tokens tokenize(TokenTable table, int from, int to) {
        // Offsets below are into the sentence's characters; the table gets them into the text.
        char[] text = table.characters(from, to);
        int length = to - from;
        int first = table.count();
        boolean spaced = true;
        int symbols = 0;
        int doubleQuotes = 0;
        int i = 0;
        while (i < length) {
            char c = text[i];
            // ASCII from a table; the general code point tests are several times slower and, kept
            // in methods of their own, do not bloat this loop.
            int kind = c < 128 ? ASCII_KINDS[c] : kind(text, i, length);
            if (kind == SPACE) {
                spaced = true;
                i = c < 128 ? i + 1 : codePointEnd(text, i, length);
                continue;
            }
            int end;
            int flags = spaced ? TokenTable.SPACED : 0;
            int word = Vocabulary.NONE;
            if (kind == DIGIT) {
                end = numberEnd(text, i, length);
                flags |= TokenTable.NUMBER;
            } else if (kind >= LETTER) {
                int scanned = scanWord(text, i, length);
                end = scanned & ~HYPHEN_SEEN;
                flags |= TokenTable.WORD | (kind == CAPITAL ? TokenTable.CAPITALISED : 0)
                        | (isPossessive(text, i, end) ? TokenTable.POSSESSIVE : 0)
                        | (scanned != end ? TokenTable.HYPHENATED : 0);
                word = Vocabulary.lookup(text, i, end);
            } else {
                end = c < 128 ? i + 1 : codePointEnd(text, i, length);
                flags |= TokenTable.SYMBOL;
                symbols++;
                doubleQuotes += c == '"' || c == '“' || c == '”' ? 1 : 0;
            }
            table.add(from + i, from + end, flags, word);
            spaced = false;
            i = end;
        }
        int count = table.count() - first;
        return table.range(first, count, count - symbols, doubleQuotes);
    }

    /** The kind of the code point at {@code i}, for any character: whitespace includes space separators. */
    private static int kind(char[] text, int i, int to) {
        if (isQuoteOrDash(text[i])) {
            return SYMBOL;
        }
        int cp = Character.codePointAt(text, i, to);
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        if (isAsciiDigit(cp)) {
            return DIGIT;
        }
        if (Character.isLetter(cp)) {
            return Character.isUpperCase(cp) ? CAPITAL : LETTER;
        }
        return SYMBOL;
    }

    /**
     * Dashes, curly quotes, bullets and the ellipsis (U+2010 to U+2027): the non-ASCII characters
     * news text is full of, none of them a letter, digit or space, answered without the general
     * Unicode look-ups.
     */
    private static boolean isQuoteOrDash(char c) {
        return c >= '\u2010' && c <= '\u2027';
    }

    private static int codePointEnd(char[] text, int i, int to) {
        return i + Character.charCount(Character.codePointAt(text, i, to));
    }

    private static boolean isPossessive(char[] text, int start, int end) {
        return end - start > 2 && text[end - 1] == 's'
                && (text[end - 2] == '’' || text[end - 2] == '\'');
    }

    private static int numberEnd(char[] text, int i, int to) {
        int j = digitsEnd(text, i, to);
        boolean seenPoint = false;
        while (j < to) {
            char c = text[j];
            if (c == ',' && !seenPoint && isThousandsGroup(text, j + 1, to)) {
                j += 4;
            } else if (c == '.' && !seenPoint && j + 1 < to && isAsciiDigit(text[j + 1])) {
                seenPoint = true;
                j = digitsEnd(text, j + 1, to);
            } else {
                break;
            }
        }
        return j;
    }

    /** Exactly three digits not followed by a fourth: "1,000" groups but "49,43" does not. */
    private static boolean isThousandsGroup(char[] text, int i, int to) {
        if (i + 3 > to) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!isAsciiDigit(text[k])) {
                return false;
            }
        }
        return i + 3 == to || !isAsciiDigit(text[i + 3]);
    }

    private static int digitsEnd(char[] text, int i, int to) {
        int j = i;
        while (j < to && isAsciiDigit(text[j])) {
            j++;
        }
        return j;
    }

    /**
     * Letters and digits, plus apostrophes and hyphens inside a word ("Moscow’s", "anti-war")
     * and dots inside initialisms ("U.S", "e.g"); the final dot stays a separate symbol.
     *
     * @return the end of the word, with {@link #HYPHEN_SEEN} set if it has a hyphen inside
     */
    private static int scanWord(char[] text, int i, int to) {
        int j = i;
        int hyphen = 0;
        int segmentStart = i;
        while (j < to) {
            char c = text[j];
            // Most characters of a word are lower-case ASCII letters: one range test, no table.
            if (c >= 'a' && c <= 'z') {
                j++;
                continue;
            }
            int length = c < 128 ? (ASCII_KINDS[c] >= DIGIT ? 1 : 0) : letterOrDigitLength(text, j, to);
            if (length > 0) {
                j += length;
                continue;
            }
            // A high surrogate here starts a code point that is no letter, digit or joiner below.
            // Most words end at a space or punctuation that joins nothing: no look at what follows.
            boolean joiner = c == '\'' || c == '’' || c == '-';
            if (!joiner && c != '.' || !(j + 1 < to && isLetterAt(text, j + 1, to))) {
                break;
            }
            if (joiner) {
                hyphen |= c == '-' ? HYPHEN_SEEN : 0;
            } else if (j - segmentStart == 1) {
                segmentStart = j + 1;
            } else {
                break;
            }
            j++;
        }
        return j | hyphen;
    }

    /** The length of the code point at {@code j} if it is a letter or digit, else 0. */
    private static int letterOrDigitLength(char[] text, int j, int to) {
        if (isQuoteOrDash(text[j])) {
            return 0;
        }
        int cp = Character.codePointAt(text, j, to);
        return Character.isLetterOrDigit(cp) ? Character.charCount(cp) : 0;
    }

    private static boolean isLetterAt(char[] text, int j, int to) {
        char c = text[j];
        return c < 128 ? TextScan.isAsciiLetter(c) : Character.isLetter(Character.codePointAt(text, j, to));
    }

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[128];
        for (char c = 0; c < 128; c++) {
            kinds[c] = TextScan.isAsciiWhitespace(c) ? SPACE : isAsciiDigit(c) ? DIGIT
                    : c >= 'A' && c <= 'Z' ? CAPITAL : TextScan.isAsciiLetter(c) ? LETTER : SYMBOL;
        }
        return kinds;
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
