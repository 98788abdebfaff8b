package factcheck.comparison;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param start  offset in the whole text, inclusive
 * @param end    offset in the whole text, exclusive
 * @param text   as written, with dots of "U.S." kept
 * @param lower  in lower case, apostrophes straightened; "not" for "n't", "%" for "per cent"
 * @param key    what the word is compared by: spelling variants, number words and word endings
 *               evened out ("labour" and "labor", "nine" and "9", "supported" and "support"); null for
 *               punctuation
 */
record Word(int start, int end, String text, String lower, String key) {

    boolean isPunctuation() {
        return key == null;
    }

    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** "US", "CSTO": two or more letters, all capitals. */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    boolean isNumeral() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
