package factcheck.claim;

import factcheck.problem.DomainProblemException;

import java.util.Map;

/** A claim's span would cover part of another claim's: every stretch of text belongs to at most one claim. */
public class OverlappingClaimException extends DomainProblemException {

    private final long otherClaimId;

    public OverlappingClaimException(Claim other) {
        super(409, "That text overlaps claim " + other.ordinal + " (“" + abbreviated(other.text) + "”): change that"
                + " claim, or merge with it, instead.");
        this.otherClaimId = other.id;
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("overlappingClaimId", otherClaimId);
    }
}
