package factcheck.report;

import factcheck.claim.AnchorState;
import factcheck.claim.Stance;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;
import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/** Words and CSS classes for claims in the readable reports (HTML, PDF, Markdown, CSV). */
@TemplateExtension
final class ReportLabels {

    private ReportLabels() {
    }

    /** The claim's published verdict, or why it has none: its label and colour in every readable report. */
    static Standing standing(ClaimReport claim) {
        return Standing.of(claim);
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

    /** "Statistic", "Cause and effect", …: what kind of statement the claim is. */
    static String label(ClaimKind kind) {
        return switch (kind) {
            case STATISTIC -> "Statistic";
            case EVENT -> "Event";
            case QUOTE -> "Quote";
            case ATTRIBUTION -> "Attribution";
            case COMPARISON -> "Comparison";
            case CAUSAL -> "Cause and effect";
            case PREDICTION -> "Prediction";
            case OTHER -> "Other";
        };
    }

    /** Where the claim's sentence is now: "Unchanged", "Moved with the text", "Sentence changed", "Sentence removed". */
    static String label(AnchorState state) {
        return switch (state) {
            case ANCHORED -> "Unchanged";
            case MOVED -> "Moved with the text";
            case CHANGED -> "Sentence changed";
            case ORPHANED -> "Sentence removed";
        };
    }

    /** {@code MOSTLY_TRUE} → {@code mostly-true}, as the stylesheet names its classes. */
    static String cssName(Verdict verdict) {
        return cssName(verdict.name());
    }

    static String cssName(Stance stance) {
        return cssName(stance.name());
    }

    private static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
