package factcheck.extraction;

/**
 * One token of a text: a word, a number or a single symbol, with what the readers ask of it.
 *
 * @param start        offset of its first character in the text
 * @param end          offset just after its last character
 * @param kind         word, number or symbol
 * @param spaced       whitespace precedes it, which separates "US$5m" from "US $ 5 m"
 * @param capitalised  a word starting with an upper-case letter
 * @param possessive   a word ending in "’s" or "'s" after at least one more character
 * @param hyphenated   a word with a hyphen inside ("twenty-five", "anti-war")
 * @param currency     a currency symbol ("$", "€", "£")
 * @param word         its entry in the {@link Vocabulary}, or null
 */
record Token(int start, int end, Kind kind, boolean spaced, boolean capitalised, boolean possessive,
             boolean hyphenated, boolean currency, KnownWord word) {

    enum Kind { WORD, NUMBER, SYMBOL }

    /** A token a quantity reader can start at ("140", "$", "between", "March", "twenty-five"). */
    boolean opensQuantity() {
        return kind == Kind.NUMBER || hyphenated || currency || word != null && word.opensQuantity();
    }
}
