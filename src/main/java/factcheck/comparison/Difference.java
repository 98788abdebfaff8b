package factcheck.comparison;

/**
 * A fact a copy states differently from its original.
 *
 * @param kind     what sort of fact
 * @param copy     the copy's words, as written; empty when the copy leaves the fact out
 * @param original the original's words, as written; empty when the copy adds the fact
 */
public record Difference(DifferenceKind kind, String copy, String original) {
}
