package factcheck.report;

import factcheck.claim.AnchorState;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Stance;
import factcheck.claim.Verdict;
import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/** Words and CSS classes for claims in the HTML report. */
@TemplateExtension
final class ReportLabels {

    static final String NEEDS_REVIEW = "Needs review";

    private ReportLabels() {
    }

    /**
     * "Mostly true" for a published verdict; "Needs review", "Dismissed" or "Unreviewed" (never a verdict) for the
     * others.
     */
    static String decision(ClaimReport claim) {
        return claim.publishedVerdict().map(RatingScale::label).orElse(claim.isVerdictWithheld() ? NEEDS_REVIEW
                : claim.status() == ClaimStatus.DISMISSED ? "Dismissed" : "Unreviewed");
    }

    /**
     * Why a flagged claim needs review: "no longer in the article; …", "the article's text changed after this
     * review", or "split or merged, and not reviewed since".
     */
    static String attention(ClaimReport claim) {
        if (claim.isOrphaned()) {
            return "no longer in the article; its sentence was removed by a later correction";
        }
        return claim.anchorState() == AnchorState.CHANGED ? "the article's text changed after this review"
                : "split or merged, and not reviewed since";
    }

    /** The class that colours the claim: {@code verdict-mostly-true}, {@code status-dismissed}, … */
    static String cssClass(ClaimReport claim) {
        return claim.publishedVerdict()
                .map(verdict -> "verdict-" + cssName(verdict))
                .orElse(claim.status() == ClaimStatus.DISMISSED ? "status-dismissed" : "status-unreviewed");
    }

    /** {@code MOSTLY_TRUE} → {@code mostly-true}, as the stylesheet names its classes. */
    static String cssName(Verdict verdict) {
        return cssName(verdict.name());
    }

    static String cssName(Stance stance) {
        return cssName(stance.name());
    }

    /** Claims of one status, e.g. {@code count('REVIEWED')}. */
    static long count(ReviewSummaryReport summary, String status) {
        return summary.statusCounts().get(ClaimStatus.valueOf(status));
    }

    /** Claims nobody has decided about yet: unreviewed or in progress. */
    static long notReviewed(ReviewSummaryReport summary) {
        return summary.statusCounts().get(ClaimStatus.UNREVIEWED) + summary.statusCounts().get(ClaimStatus.IN_PROGRESS);
    }

    private static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
