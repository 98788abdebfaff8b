package factcheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text cut at its claims, so a report can print the text with every claim marked in place.
 *
 * @param text  a stretch of the article
 * @param claim the claim whose exact text it is, or null for text between claims
 */
public record MarkedText(String text, ClaimReport claim) {

    /**
     * Claims must be in text order. A claim overlapping an earlier one, or orphaned by a correction of the text, is
     * not marked (it is still listed with the other claims).
     */
    static List<MarkedText> split(String text, List<ClaimReport> claimsInTextOrder) {
        List<MarkedText> parts = new ArrayList<>();
        int position = 0;
        for (ClaimReport claim : claimsInTextOrder) {
            if (claim.isOrphaned() || claim.start() < position || claim.end() > text.length()) {
                continue;
            }
            if (claim.start() > position) {
                parts.add(new MarkedText(text.substring(position, claim.start()), null));
            }
            parts.add(new MarkedText(text.substring(claim.start(), claim.end()), claim));
            position = claim.end();
        }
        if (position < text.length()) {
            parts.add(new MarkedText(text.substring(position), null));
        }
        return parts;
    }
}
