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
     * For each ASCII character, what it adds to a word: letters lower-cased, digits as they are,
     * 0 for anything that is not part of a word. One table read instead of four range tests per
     * character of every word.
     */
    private static final byte[] ASCII_WORD_CHARS = asciiWordChars();

    /** Appends the tokens of {@code [from, to)} of the table's text and returns them. */
    Tokens tokenize(TokenTable table, int from, int to) {
        String text = table.text;
        int first = table.count();
        boolean spaced = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            // ASCII first: the general code point tests below are several times slower.
            int cp = c < 128 ? c : text.codePointAt(i);
            boolean space = c < 128 ? TextScan.isAsciiWhitespace(c)
                    : Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (space) {
                spaced = true;
                i += Character.charCount(cp);
                continue;
            }
            int end;
            int flags = spaced ? TokenTable.SPACED : 0;
            int word = Vocabulary.NONE;
            if (isAsciiDigit(cp)) {
                end = numberEnd(text, i, to);
                flags |= TokenTable.NUMBER;
            } else if (c < 128 ? isAsciiLetter(c) : Character.isLetter(cp)) {
                long scan = scanWord(text, i, to);
                int scanned = (int) scan;
                end = scanned & ~HYPHEN_SEEN;
                boolean capitalised = c < 128 ? c <= 'Z' : Character.isUpperCase(cp);
                flags |= TokenTable.WORD | (capitalised ? TokenTable.CAPITALISED : 0)
                        | (isPossessive(text, i, end) ? TokenTable.POSSESSIVE : 0)
                        | (scanned != end ? TokenTable.HYPHENATED : 0);
                word = Vocabulary.lookup(text, i, end, (int) (scan >>> 32));
            } else {
                end = i + Character.charCount(cp);
                flags |= TokenTable.SYMBOL;
            }
            table.add(i, end, flags, word);
            spaced = false;
            i = end;
        }
        return table.range(first, table.count());
    }

    private static boolean isPossessive(String text, int start, int end) {
        return end - start > 2 && text.charAt(end - 1) == 's'
                && (text.charAt(end - 2) == '’' || text.charAt(end - 2) == '\'');
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
     * Hashes the word for the {@link Vocabulary} on the way, so its characters are read once.
     *
     * @return the end of the word, with {@link #HYPHEN_SEEN} set if it has a hyphen inside, in the
     *         low 32 bits; {@link Vocabulary#hash} of the word in the high 32 bits
     */
    private static long scanWord(String text, int i, int to) {
        int j = i;
        int hyphen = 0;
        int hash = 0;
        int segmentStart = i;
        while (j < to) {
            char c = text.charAt(j);
            if (c < 128) {
                int folded = ASCII_WORD_CHARS[c];
                if (folded != 0) {
                    hash = Vocabulary.hashFolded(hash, folded);
                    j++;
                    continue;
                }
            } else {
                int cp = text.codePointAt(j);
                if (Character.isLetterOrDigit(cp)) {
                    hash = Vocabulary.hash(hash, c);
                    j += Character.charCount(cp);
                    continue;
                }
            }
            // A high surrogate here starts a code point that is no letter, digit or joiner below.
            // Most words end at a space or punctuation that joins nothing: no look at what follows.
            boolean joiner = c == '\'' || c == '’' || c == '-';
            if (!joiner && c != '.' || !(j + 1 < to && Character.isLetter(text.codePointAt(j + 1)))) {
                break;
            }
            if (joiner) {
                hyphen |= c == '-' ? HYPHEN_SEEN : 0;
            } else if (j - segmentStart == 1) {
                segmentStart = j + 1;
            } else {
                break;
            }
            hash = Vocabulary.hash(hash, c);
            j++;
        }
        return (long) hash << 32 | (j | hyphen) & 0xFFFFFFFFL;
    }

    private static byte[] asciiWordChars() {
        byte[] chars = new byte[128];
        for (char c = 0; c < 128; c++) {
            chars[c] = (byte) (isAsciiLetter(c) ? Character.toLowerCase(c) : isAsciiDigit(c) ? c : 0);
        }
        return chars;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
