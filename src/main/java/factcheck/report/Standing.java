package factcheck.report;

import factcheck.claim.ClaimLabels;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a claim stands for a report's reader: rated with its published verdict, or without one and why. Each claim has
 * exactly one standing, and the claim's label, the summary's sentence, its chart, the Markdown totals and the reports
 * page's table all count by it, so no two of them can disagree about a claim.
 *
 * @param verdict  the published verdict, or null for the standings of claims without one
 * @param label    the words a reader sees: "Mostly true", "Needs review", "In progress", …
 * @param cssClass the class that colours it, {@code verdict-mostly-true}, {@code status-in-progress}, …
 */
public record Standing(Verdict verdict, String label, String cssClass) {

    /**
     * Reviewed, but its verdict is not published (see {@link ClaimReport#publishedVerdict()}): it was given for
     * other words, or still waits for a step before it goes out.
     */
    static final Standing NEEDS_REVIEW = new Standing(null, "Needs review", "status-needs-review");
    static final Standing DISMISSED = unrated(ClaimStatus.DISMISSED);
    static final Standing IN_PROGRESS = unrated(ClaimStatus.IN_PROGRESS);
    static final Standing UNREVIEWED = unrated(ClaimStatus.UNREVIEWED);

    /** Every standing in the order reports list them: the verdicts best first, then the claims without one. */
    static final List<Standing> ALL = all();

    static Standing of(ClaimReport claim) {
        Optional<Verdict> published = claim.publishedVerdict();
        if (published.isPresent()) {
            return rated(published.get());
        }
        return switch (claim.status()) {
            case REVIEWED -> NEEDS_REVIEW;
            case DISMISSED -> DISMISSED;
            case IN_PROGRESS -> IN_PROGRESS;
            case UNREVIEWED -> UNREVIEWED;
        };
    }

    static Standing rated(Verdict verdict) {
        return new Standing(verdict, ClaimLabels.label(verdict), ClaimLabels.cssClass(verdict));
    }

    /** Reviewed, whether or not its verdict is published. */
    boolean isReviewed() {
        return verdict != null || equals(NEEDS_REVIEW);
    }

    private static Standing unrated(ClaimStatus status) {
        return new Standing(null, ClaimLabels.label(status), ClaimLabels.cssClass(status));
    }

    private static List<Standing> all() {
        List<Standing> all = new ArrayList<>(Arrays.stream(Verdict.values()).map(Standing::rated).toList());
        all.addAll(List.of(NEEDS_REVIEW, DISMISSED, IN_PROGRESS, UNREVIEWED));
        return List.copyOf(all);
    }
}
