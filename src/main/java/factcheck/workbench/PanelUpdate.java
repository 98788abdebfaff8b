package factcheck.workbench;

import factcheck.claim.Claim;
import factcheck.claim.ReviewProgress;

/**
 * What a panel answered to htmx updates beside itself: the claims' marks and list entries (out of band) and the
 * progress bar, after a save or when the claim turned out to have changed.
 *
 * @param saved       the reviewer's change was saved
 * @param progress    the article's progress, for the progress bar
 * @param left        the claim saved before moving on to this one ("save and next"), or null
 * @param nothingLeft no claim is left to review
 */
record PanelUpdate(boolean saved, ReviewProgress progress, Claim left, boolean nothingLeft) {

    static PanelUpdate saved(ReviewProgress progress) {
        return new PanelUpdate(true, progress, null, false);
    }

    static PanelUpdate savedAndNothingLeft(ReviewProgress progress) {
        return new PanelUpdate(true, progress, null, true);
    }

    static PanelUpdate movedOnFrom(Claim left, ReviewProgress progress) {
        return new PanelUpdate(true, progress, left, false);
    }

    static PanelUpdate refreshed(ReviewProgress progress) {
        return new PanelUpdate(false, progress, null, false);
    }
}
