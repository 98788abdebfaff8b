package factcheck.claim;

/**
 * A red flag the workbench raised on a claim by itself, for a reviewer to look into.
 *
 * @param message what is wrong, with the computation or the original wording: "2,911 / 368 = 7.9×, not 3×
 *                ("tripled")"
 */
public record ClaimFlag(FlagKind kind, String message) {
}
