package factcheck.extraction;

/**
 * The kinds of readable signal a sentence can show. Each kind appears at most once per sentence,
 * with the hand-set weight of {@link CheckWorthinessScorer} as its strength; the {@link ClaimModel}
 * learns how much each kind is worth and shows that as the reason's weight.
 */
enum SignalKind {
    PERCENTAGE, MONEY, COUNT, DATE, NAMES, GROUPS, ATTRIBUTION, VERBATIM_QUOTE, EVENT, CAUSE, COMPARISON,
    QUESTION, HEADING, OPINION, HEDGE, VAGUE, TOO_SHORT;

    static final SignalKind[] ALL = values();
}
