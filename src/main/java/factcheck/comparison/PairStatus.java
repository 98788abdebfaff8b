package factcheck.comparison;

/** How a sentence of a copy relates to the original. */
public enum PairStatus {
    /** Word for word the original sentence, but for house style: spacing, quotes, dashes, "per cent" or "%",
     *  British or American spelling, "US" or "U.S.", small numbers in words or figures. */
    SAME,
    /** Worded differently, every number, date, name, negation and quantifier kept. */
    REWORDED,
    /** The counterpart of an original sentence with at least one of its facts changed, added or left out. */
    ALTERED,
    /** No sentence of the original says the same thing. */
    NOT_IN_ORIGINAL
}
