package factcheck.extraction;

/**
 * A word of the {@link Vocabulary}, with every role the per-word passes ask about, so that a
 * word is looked up once when it is tokenised instead of once per pass.
 *
 * @param lower          the word lower-cased; the same instance for every occurrence, so set
 *                       look-ups on it reuse its cached hash
 * @param cue            the cue phrases starting with it, or null
 * @param opensQuantity  a quantity reader can start at it ("between", "March", "dozen", "US")
 * @param stopCap        its capitalised spelling when that is a {@link ProperNameFinder#STOP_CAPS}
 *                       word ("The"), or null; the token must be spelled exactly so
 * @param groupWord      its capitalised spelling when that is one of the listed nationality
 *                       words of {@link ProperNameFinder} ("Kazakh"), or null; spelled exactly so too
 */
record KnownWord(String lower, CuePhrases.Entry cue, boolean opensQuantity, String stopCap, String groupWord) {
}
