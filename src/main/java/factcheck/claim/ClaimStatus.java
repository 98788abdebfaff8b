package factcheck.claim;

/** Where a claim is in the review workflow. */
public enum ClaimStatus {
    UNREVIEWED,
    IN_PROGRESS,
    /** Reviewed claims always carry a verdict. */
    REVIEWED,
    /** Not a checkable claim after all; never carries a verdict. */
    DISMISSED;

    /** Reviewed or dismissed: someone has decided about the claim. */
    public boolean isFinished() {
        return this == REVIEWED || this == DISMISSED;
    }
}
