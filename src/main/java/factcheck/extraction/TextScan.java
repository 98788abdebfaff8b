package factcheck.extraction;

/** Small bounded character scans shared by the segmenter and tokenizer; all work on [from, to) spans. */
final class TextScan {

    /** Abbreviations are short; looking further back would only cost time on long runs. */
    private static final int MAX_WORD = 24;

    private TextScan() {
    }

    static boolean isSpace(char c) {
        return c < 128 ? isAsciiWhitespace(c) : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * {@code Character.isWhitespace(c)} for an ASCII {@code c}, which is also
     * {@code isWhitespace(c) || isSpaceChar(c)} there, without their table look-ups: asked at
     * every token and every character of a sentence head, they were a measurable share of time.
     */
    static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isBlank(String text, int from, int to) {
        return firstNonSpace(text, from, to) >= to;
    }

    /** Index of the first non-space character, or {@code to} if there is none. */
    static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index of the last non-space character, or {@code from - 1} if there is none. */
    static int lastNonSpace(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the word ending just before {@code end} starts: after whitespace or an opening bracket or quote. */
    static int wordStartBefore(String text, int from, int end) {
        int i = end;
        int limit = Math.max(from, end - MAX_WORD);
        while (i > limit && !isSpace(text.charAt(i - 1)) && "\"'“‘([«".indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** The run of letters and digits starting at {@code start}. */
    static String wordAfter(String text, int start, int to) {
        int i = start;
        int limit = Math.min(to, start + MAX_WORD);
        while (i < limit && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /**
     * True when one of the words of {@code phrase}, split at the characters of the regex class
     * {@code \s}, is one of {@code words}. Compared in place: a substring per word of every
     * hedge and attribution was a visible share of scoring.
     */
    static boolean hasWordIn(String phrase, String[] words) {
        int start = 0;
        for (int i = 0; i <= phrase.length(); i++) {
            if (i < phrase.length() && !isRegexSpace(phrase.charAt(i))) {
                continue;
            }
            for (String word : words) {
                if (word.length() == i - start && phrase.startsWith(word, start)) {
                    return true;
                }
            }
            start = i + 1;
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
