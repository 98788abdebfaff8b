package factcheck.claim;

/** What made the workbench raise a red flag on a claim. */
public enum FlagKind {
    /** Arithmetic the text asserts that its own figures do not bear out. */
    ARITHMETIC,
    /** A fact that differs from the article's original. */
    ALTERED
}
