package factcheck.api;

import factcheck.claim.AnchorState;
import factcheck.claim.Claim;

/**
 * Where a claim is anchored in its article: a W3C Web Annotation TextQuoteSelector plus what the last edit
 * of the text did to it.
 */
record AnchorResponse(AnchorState state, boolean needsReview, String type, String exact, String prefix,
                             String suffix, String previousText) {

    static AnchorResponse from(Claim claim) {
        return new AnchorResponse(claim.anchorState, claim.needsReview, "TextQuoteSelector", claim.text,
                claim.textPrefix, claim.textSuffix, claim.previousText);
    }
}
