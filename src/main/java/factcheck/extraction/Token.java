package factcheck.extraction;

import java.util.Locale;

/**
 * A word, number or single symbol of a sentence, with offsets into the whole text.
 * {@code spaced} records whether whitespace precedes it, which separates "US$5m" from "US $ 5 m".
 * {@code lower} is the text lower-cased once, when the tokenizer creates the token: every cue,
 * unit and date look-up reads it, and recomputing it per call was the extractor's largest cost.
 */
record Token(int start, int end, String text, Type type, boolean spaced, String lower) {

    Token(int start, int end, String text, Type type, boolean spaced) {
        this(start, end, text, type, spaced, text.toLowerCase(Locale.ROOT));
    }

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

    boolean isCapitalised() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** True when upper-casing would not change the text ("NATO", "USD"); no copy for ASCII text. */
    boolean isUpperCase() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.equals(text.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
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
