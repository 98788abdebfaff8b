package factcheck.workbench;

import factcheck.claim.AnchorState;
import factcheck.claim.Claim;

/** The claim with some of the article text around it, so a reviewer reads it as the reader did. */
record ClaimContext(String before, String text, String after) {

    static ClaimContext of(Claim claim, int chars) {
        String article = claim.article.text;
        if (claim.anchorState == AnchorState.ORPHANED || claim.end > article.length()) {
            return new ClaimContext("", claim.text, "");
        }
        int from = Math.max(0, claim.start - chars);
        int to = Math.min(article.length(), claim.end + chars);
        String before = (from > 0 ? "…" : "") + article.substring(from, claim.start);
        String after = article.substring(claim.end, to) + (to < article.length() ? "…" : "");
        return new ClaimContext(before, article.substring(claim.start, claim.end), after);
    }
}
