package factcheck.claim;

/**
 * A red flag the workbench raised on a claim by itself, for a reviewer to look into.
 *
 * @param message  what is wrong: the computation ("2,911 / 368 = 7.9×, not 3× ("tripled")"), or the facts that
 *                 differ from the original ("“Soviet” where the original says “Russian”")
 * @param original for a fact altered from the original, the original's sentence; otherwise null
 */
public record ClaimFlag(FlagKind kind, String message, String original) {
}
