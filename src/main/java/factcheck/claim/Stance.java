package factcheck.claim;

/** What a source says about the claim it is attached to. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
