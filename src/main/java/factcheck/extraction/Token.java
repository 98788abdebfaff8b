package factcheck.extraction;

import java.util.Locale;

/**
 * A word, number or single symbol of a sentence, with offsets into the whole text.
 * {@code spaced} records whether whitespace precedes it, which separates "US$5m" from "US $ 5 m".
 */
record Token(int start, int end, String text, Type type, boolean spaced) {

    enum Type { WORD, NUMBER, SYMBOL }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean is(String symbolOrWord) {
        return text.equalsIgnoreCase(symbolOrWord);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isCapitalised() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** The word without a trailing possessive, so "Moscow’s" and "Moscow" name the same thing. */
    String withoutPossessive() {
        int n = text.length();
        if (n > 2 && (text.endsWith("’s") || text.endsWith("'s"))) {
            return text.substring(0, n - 2);
        }
        return text;
    }
}
