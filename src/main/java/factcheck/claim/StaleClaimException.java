package factcheck.claim;

import factcheck.problem.DomainProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Somebody changed the claim's review, or its wording, after the caller read it: applying the change would overwrite
 * their work or judge words the claim no longer has. Says who saved last and when, and, when a correction of the
 * article changed the claim's wording, the wording before and after.
 */
public class StaleClaimException extends DomainProblemException {

    private final Claim current;

    public StaleClaimException(Claim current) {
        super(409, message(current));
        this.current = current;
    }

    public Claim current() {
        return current;
    }

    /** Whether a correction of the article changed what the claim says since its review was last saved. */
    public static boolean wordingChanged(Claim claim) {
        return claim.needsReview && claim.anchorState != AnchorState.ORPHANED && claim.previousText != null
                && !claim.previousText.equals(claim.text);
    }

    private static String message(Claim current) {
        String who = current.savedBy != null ? current.savedBy : "someone else";
        if (wordingChanged(current)) {
            return "Claim " + current.number + " now reads differently: a correction of the article changed its"
                    + " wording (saved by " + who + "). Read it again, then save a review that fits the new wording.";
        }
        String when = current.savedAt != null ? " at " + ClaimLabels.savedAtText(current) : "";
        return "Claim " + current.number + " was changed by someone else (saved by " + who + when
                + ", now at version " + current.version + "). Reload it, then apply your change again.";
    }

    @Override
    public Map<String, Object> extensions() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("currentVersion", current.version);
        members.put("currentStatus", current.status);
        members.put("currentVerdict", current.verdict);
        members.put("currentRationale", current.rationale);
        members.put("savedBy", current.savedBy);
        members.put("savedAt", current.savedAt);
        members.put("currentText", current.text);
        members.put("wordingChanged", wordingChanged(current));
        if (wordingChanged(current)) {
            members.put("previousText", current.previousText);
        }
        return members;
    }
}
