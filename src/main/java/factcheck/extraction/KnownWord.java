package factcheck.extraction;

import java.util.Set;

/**
 * A word of the {@link Vocabulary}, with every role the per-word passes ask about, so that a
 * word is looked up once when it is tokenised instead of once per pass.
 *
 * @param lower          the word lower-cased
 * @param cue            the cue phrases starting with it, or null
 * @param opensQuantity  a quantity reader can start at it ("between", "March", "dozen", "US")
 * @param capitalised    the word with its first letter in upper case ("The", "Moscow"): how a
 *                       token must be spelled to count as a word of the capitalised lists
 *                       ({@link WordList#STOP_CAP}, {@link WordList#GROUP_WORD}, {@link WordList#PLACE})
 * @param figure         what it means next to a figure (month, number, scale, currency), or
 *                       {@link FigureWord#NONE}
 * @param lists          the word lists it is in
 */
record KnownWord(String lower, CuePhrases.Entry cue, boolean opensQuantity, String capitalised, FigureWord figure,
                 Set<WordList> lists) {

    boolean in(WordList list) {
        return lists.contains(list);
    }

    /** True for a word of a capitalised list that the token at {@code k} spells exactly so. */
    boolean spelledCapitalisedIn(WordList list, Tokens tokens, int k) {
        return in(list) && tokens.textIs(k, capitalised);
    }

    static String capitalise(String lower) {
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * What a word means in a figure, each null when it means nothing of the kind.
     *
     * @param month      the month a month name or abbreviation stands for: 3 for "march" and "mar"
     * @param small      the value of a number word: 4 for "four", 12 for "dozen"
     * @param scale      the power of ten of a scale word written apart: 6 for "million" and "mn"
     * @param gluedScale the power of ten of a scale word or suffix glued to a number: 6 for "m"
     * @param currency   the currency code of a currency word: "USD" for "dollars"
     */
    record FigureWord(Integer month, Integer small, Integer scale, Integer gluedScale, String currency) {

        static final FigureWord NONE = new FigureWord(null, null, null, null, null);

        static FigureWord of(String lower) {
            FigureWord figure = new FigureWord(NumberWords.MONTHS.get(lower), NumberWords.SMALL.get(lower),
                    NumberWords.SCALE_WORDS.get(lower), NumberWords.scalePower(lower),
                    NumberWords.CURRENCY_WORDS.get(lower));
            return figure.equals(NONE) ? NONE : figure;
        }
    }
}
