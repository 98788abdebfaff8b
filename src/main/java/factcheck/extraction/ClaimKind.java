package factcheck.extraction;

/** What sort of statement a claim is, which tells a fact-checker what evidence to look for. */
public enum ClaimKind {
    /** The core of the claim is a number, percentage or amount of money. */
    STATISTIC,
    /** Something that happened: an attack, an arrival, a decision. */
    EVENT,
    /** Words put in someone's mouth, directly or in reported speech. */
    QUOTE,
    /** A statement credited to a source ("according to", "blamed", "polls indicate"). */
    ATTRIBUTION,
    /** One thing measured against another ("more than", "compared with"). */
    COMPARISON,
    /** One thing said to cause another ("because", "due to", "led to"). */
    CAUSAL,
    /** A statement about the future. */
    PREDICTION,
    /** Checkable, but none of the above. */
    OTHER
}
