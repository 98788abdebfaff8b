package factcheck.claim;

/** How a claim's position was found again after its article's text was edited. */
public enum AnchorState {
    /** The exact text is where it was (or the text was never edited). */
    ANCHORED,
    /** The exact text was found once elsewhere: the offsets moved with it. */
    MOVED,
    /** Only a similar sentence was found: the claim now points at it, flagged for review. */
    CHANGED,
    /** Nothing like it is left in the text: kept with its review, flagged. */
    ORPHANED
}
