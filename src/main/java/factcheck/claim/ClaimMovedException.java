package factcheck.claim;

import factcheck.problem.DomainProblemException;

import java.util.Map;

/**
 * Positions were read before a correction of the article moved the claim: applied now, they would cut or bound the
 * claim somewhere other than where the reviewer meant.
 */
public class ClaimMovedException extends DomainProblemException {

    private final int currentStart;

    public ClaimMovedException(Claim claim, int seenStart) {
        super(409, "Claim " + claim.number + " moved when the article's text was corrected: it now starts at character "
                + claim.start + ", not " + seenStart + ". Reload it and choose the positions again.");
        this.currentStart = claim.start;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentStart", currentStart);
    }
}
