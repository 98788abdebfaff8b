package factcheck.workbench;

import factcheck.comparison.DifferenceKind;
import factcheck.comparison.PairStatus;
import factcheck.original.Originals;
import io.quarkus.qute.TemplateExtension;

/** Words for the comparison of an article with its original. */
@TemplateExtension
final class ComparisonLabels {

    private ComparisonLabels() {
    }

    static String label(PairStatus status) {
        return switch (status) {
            case SAME -> "The same";
            case REWORDED -> "Reworded, facts kept";
            case ALTERED -> "⚠ Facts altered";
            case NOT_IN_ORIGINAL -> "Not in the original";
        };
    }

    static String label(DifferenceKind kind) {
        return switch (kind) {
            case NUMBER -> "Number";
            case DATE -> "Date";
            case NAME -> "Name";
            case NEGATION -> "Negation";
            case QUANTIFIER -> "Quantifier";
        };
    }

    /** "83 %": the share of sentences two articles have in common. */
    static String sharedPercent(Originals.Relative relative) {
        return Math.round(relative.shared() * 100) + " %";
    }
}
