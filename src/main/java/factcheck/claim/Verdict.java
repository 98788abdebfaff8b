package factcheck.claim;

/** The rating a reviewer gives a claim, from true to false, or unverifiable. */
public enum Verdict {
    TRUE,
    MOSTLY_TRUE,
    MIXED,
    MISLEADING,
    MOSTLY_FALSE,
    FALSE,
    UNVERIFIABLE
}
