package factcheck.api;

import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewChange;
import factcheck.claim.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial update of a claim's review; absent fields stay as they are. */
record UpdateClaimRequest(
        @Schema(description = "New workflow status; REVIEWED needs a verdict, other statuses clear it")
        ClaimStatus status,
        @Schema(description = "Setting a verdict makes the claim REVIEWED")
        Verdict verdict,
        @Schema(description = "The published reasoning behind the verdict; an empty string clears it")
        String rationale,
        @Schema(description = "The version the change is based on (or send If-Match); a stale one is refused with 409")
        Long version) {

    ReviewChange toChange(Long basedOnVersion) {
        return new ReviewChange(status, verdict, rationale, basedOnVersion);
    }
}
