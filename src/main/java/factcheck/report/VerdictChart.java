package factcheck.report;

import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary's bar chart, laid out here so the template only draws each bar as a small inline SVG (no script, no
 * style attribute, so it passes the pages' Content-Security-Policy and renders the same in a browser and in a
 * PDF). Labels and counts are table cells rather than SVG text, so they use the report's own fonts. One bar per
 * published verdict, then reviewed claims whose verdict is withheld until they are reviewed again (when there are
 * any), dismissed and unreviewed claims, which have no verdict; bars scale to the longest.
 */
public record VerdictChart(List<Bar> bars, int width, int barHeight) {

    static final int MAX_BAR_WIDTH = 300;
    static final int BAR_HEIGHT = 14;

    public record Bar(String label, long count, int barWidth, String fill) {
    }

    static VerdictChart of(ReviewSummaryReport summary) {
        List<Bar> unscaled = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            unscaled.add(new Bar(RatingScale.label(verdict), summary.verdictCounts().get(verdict), 0, fill(verdict)));
        }
        long withheld = summary.statusCounts().get(ClaimStatus.REVIEWED)
                - summary.verdictCounts().values().stream().mapToLong(Long::longValue).sum();
        if (withheld > 0) {
            unscaled.add(new Bar(ReportLabels.NEEDS_REVIEW, withheld, 0, "#fff3c4"));
        }
        unscaled.add(new Bar("Dismissed", summary.statusCounts().get(ClaimStatus.DISMISSED), 0, "#eeeeee"));
        unscaled.add(new Bar("Unreviewed", ReportLabels.notReviewed(summary), 0, "#e8edf3"));
        long longest = Math.max(1, unscaled.stream().mapToLong(Bar::count).max().orElse(1));
        List<Bar> bars = unscaled.stream()
                .map(bar -> new Bar(bar.label(), bar.count(),
                        (int) Math.round((double) bar.count() * MAX_BAR_WIDTH / longest), bar.fill()))
                .toList();
        return new VerdictChart(bars, MAX_BAR_WIDTH, BAR_HEIGHT);
    }

    // The workbench's verdict colours, so the chart matches the article page.
    private static String fill(Verdict verdict) {
        return switch (verdict) {
            case TRUE -> "#cdeccf";
            case MOSTLY_TRUE -> "#e0f2d8";
            case MIXED -> "#fde7c0";
            case MISLEADING -> "#fbd9b5";
            case MOSTLY_FALSE -> "#f8cfc9";
            case FALSE -> "#f4b7b0";
            case UNVERIFIABLE -> "#dcd6f2";
        };
    }
}
