package factcheck.extraction;

import java.util.List;

/** Small bounded character scans shared by the segmenter and tokenizer; all work on [from, to) spans. */
final class TextScan {

    /** Abbreviations are short; looking further back would only cost time on long runs. */
    private static final int MAX_WORD = 24;

    private TextScan() {
    }

    /** Whitespace, space separators (such as the no-break space) included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
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

    /** True when one of the words of {@code phrase}, split at whitespace, is one of {@code words}. */
    static boolean hasWordIn(String phrase, String[] words) {
        List<String> wanted = List.of(words);
        for (String word : phrase.split("\\s")) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
