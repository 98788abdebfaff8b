package factcheck.extraction;

public enum ClaimKind { STATISTIC, EVENT, QUOTE, ATTRIBUTION, COMPARISON, CAUSAL, PREDICTION, OTHER }
