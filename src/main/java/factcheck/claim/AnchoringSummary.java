package factcheck.claim;

/** What an edit of an article's text did to its claims. */
public record AnchoringSummary(int anchored, int moved, int changed, int orphaned, int removed, int added) {

    /** An edit that left the text as it was. */
    public static AnchoringSummary nothingChanged(int claims) {
        return new AnchoringSummary(claims, 0, 0, 0, 0, 0);
    }

    /** Claims a reviewer should look at: their sentence changed or is gone. */
    public int flagged() {
        return changed + orphaned;
    }
}
