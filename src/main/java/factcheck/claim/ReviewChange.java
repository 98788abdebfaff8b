package factcheck.claim;

/**
 * A reviewer's change to a claim's status, verdict and rationale. Null fields are left as they are;
 * {@code expectedVersion}, when given, must match the claim's current version.
 */
public record ReviewChange(ClaimStatus status, Verdict verdict, String rationale, Long expectedVersion) {
}
