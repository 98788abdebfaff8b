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
     * What a character starts, in the low bits of its {@link #CHARS} entry: nothing (whitespace),
     * a symbol, a number, a word or a capitalised word. Ordered so that the characters of a word
     * are those from {@link #DIGIT} on. A high surrogate starts a code point that only its low
     * surrogate tells, so it is answered by {@link #kind} instead.
     */
    private static final int SPACE = 0;
    private static final int SYMBOL = 1;
    private static final int DIGIT = 2;
    private static final int LETTER = 3;
    private static final int CAPITAL = 4;
    private static final int HIGH_SURROGATE = 5;
    private static final int KIND = 7;
    /** A letter or digit: a character inside a word. */
    private static final int WORD_CHAR = 8;
    /** A letter: what may follow an apostrophe, hyphen or dot inside a word. */
    private static final int LETTER_CHAR = 16;
    /** A double quotation mark: ", “ or ”. */
    private static final int DOUBLE_QUOTE_BIT = 5;
    private static final int DOUBLE_QUOTE = 1 << DOUBLE_QUOTE_BIT;
    /** A currency symbol: "$", "€", "£" and the others of {@link NumberWords#isCurrencySymbol}. */
    private static final int CURRENCY = 64;

    /**
     * The kind and bits above of every UTF-16 unit. One load answers what took range tests and,
     * for characters other than ASCII, calls to the general code point tests; indexed by a
     * {@code char}, it needs no bounds check either. Only high surrogates, rare in news text,
     * are answered by those tests. 64 KB, of which a text touches a few lines.
     */
    private static final byte[] CHARS = chars();

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
            int bits = CHARS[text[i]];
            int kind = bits & KIND;
            if (kind == HIGH_SURROGATE) {
                kind = kind(text, i, length);
            }
            if (kind == SPACE) {
                // No whitespace lies outside the Basic Multilingual Plane.
                spaced = true;
                i++;
                continue;
            }
            int end;
            int flags = spaced ? TokenTable.SPACED : 0;
            int word = Vocabulary.NONE;
            if (kind == DIGIT) {
                end = numberEnd(text, i, length);
                flags |= TokenTable.NUMBER | TokenTable.OPENS_QUANTITY;
            } else if (kind >= LETTER) {
                int scanned = scanWord(text, i, length);
                end = scanned & ~HYPHEN_SEEN;
                flags |= TokenTable.WORD | (kind == CAPITAL ? TokenTable.CAPITALISED : 0)
                        | (isPossessive(text, i, end) ? TokenTable.POSSESSIVE : 0)
                        | (scanned != end ? TokenTable.HYPHENATED | TokenTable.OPENS_QUANTITY : 0);
                word = Vocabulary.lookup(text, i, end);
            } else {
                end = (bits & KIND) == HIGH_SURROGATE ? codePointEnd(text, i, length) : i + 1;
                flags |= TokenTable.SYMBOL | ((bits & CURRENCY) != 0 ? TokenTable.OPENS_QUANTITY : 0);
                symbols++;
                doubleQuotes += (bits & DOUBLE_QUOTE) >>> DOUBLE_QUOTE_BIT;
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
        return kindOf(Character.codePointAt(text, i, to));
    }

    /** Only ASCII digits start a number; other digits are symbols, or part of the word they are in. */
    private static int kindOf(int cp) {
        if (isAsciiDigit(cp)) {
            return DIGIT;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        if (Character.isLetter(cp)) {
            return Character.isUpperCase(cp) ? CAPITAL : LETTER;
        }
        return SYMBOL;
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
        return i + 3 <= to && isAsciiDigit(text[i]) && isAsciiDigit(text[i + 1]) && isAsciiDigit(text[i + 2])
                && (i + 3 == to || !isAsciiDigit(text[i + 3]));
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
            int bits = CHARS[c];
            if ((bits & WORD_CHAR) != 0) {
                j++;
                continue;
            }
            if ((bits & KIND) == HIGH_SURROGATE) {
                int length = supplementaryLetterOrDigitLength(text, j, to);
                if (length == 0) {
                    break;
                }
                j += length;
                continue;
            }
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

    /** The length of the code point at the high surrogate {@code j} if it is a letter or digit, else 0. */
    private static int supplementaryLetterOrDigitLength(char[] text, int j, int to) {
        int cp = Character.codePointAt(text, j, to);
        return Character.isLetterOrDigit(cp) ? Character.charCount(cp) : 0;
    }

    private static boolean isLetterAt(char[] text, int j, int to) {
        int bits = CHARS[text[j]];
        return (bits & LETTER_CHAR) != 0
                || (bits & KIND) == HIGH_SURROGATE && Character.isLetter(Character.codePointAt(text, j, to));
    }

    private static byte[] chars() {
        byte[] chars = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isHighSurrogate((char) c)) {
                chars[c] = HIGH_SURROGATE;
                continue;
            }
            boolean doubleQuote = c == '"' || c == '“' || c == '”';
            chars[c] = (byte) (kindOf(c) | (Character.isLetterOrDigit(c) ? WORD_CHAR : 0)
                    | (Character.isLetter(c) ? LETTER_CHAR : 0) | (doubleQuote ? DOUBLE_QUOTE : 0)
                    | (NumberWords.isCurrencySymbol((char) c) ? CURRENCY : 0));
        }
        return chars;
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
