package factcheck.claim;

/** What an edit of an article's text did to its claims. */
public record AnchoringSummary(int anchored, int moved, int changed, int orphaned, int removed, int added) {

    /** Claims a reviewer should look at: their sentence changed or is gone. */
    public int flagged() {
        return changed + orphaned;
    }
}
