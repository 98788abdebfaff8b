package factcheck.workbench;

import factcheck.claim.AnchorState;
import factcheck.claim.Claim;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of article text, either plain or the exact text of one claim: how the page marks claims in place.
 * {@code start} is its offset in the text, so the page can turn a selection back into offsets.
 */
record TextSegment(int start, String text, Claim claim) {

    /**
     * Cuts the text at claim boundaries. Claims must be in text order; a claim overlapping an earlier one, or
     * orphaned by an edit of the text, is left unmarked in the text (it still appears in the claim list).
     */
    public static List<TextSegment> split(String text, List<Claim> claimsInTextOrder) {
        List<TextSegment> segments = new ArrayList<>();
        int position = 0;
        for (Claim claim : claimsInTextOrder) {
            if (claim.anchorState == AnchorState.ORPHANED || claim.start < position || claim.end > text.length()) {
                continue;
            }
            if (claim.start > position) {
                segments.add(new TextSegment(position, text.substring(position, claim.start), null));
            }
            segments.add(new TextSegment(claim.start, text.substring(claim.start, claim.end), claim));
            position = claim.end;
        }
        if (position < text.length()) {
            segments.add(new TextSegment(position, text.substring(position), null));
        }
        return segments;
    }
}
