package factcheck.extraction;

/**
 * The punctuation classes the segmenter and the sentence analyzer react to, as switches: asked
 * at every sentence end and every terminal, {@code String.indexOf} on a string of curly quotes
 * went through a library call each time.
 */
final class Punctuation {

    private Punctuation() {
    }

    /** Ends a sentence in Latin-script text: {@code . ! ? …}. */
    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Ends a sentence in Chinese or Japanese text, with or without a following space. */
    static boolean isCjkTerminal(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    /** A closing quote or bracket, which may follow a terminal and still belong to the sentence. */
    static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', '”', '’', ')', ']', '»', '›', '}' -> true;
            default -> false;
        };
    }

    /** An opening quote or bracket, or the Spanish inverted marks, which can start a sentence. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '“', '‘', '(', '[', '«', '¿', '¡' -> true;
            default -> false;
        };
    }
}
