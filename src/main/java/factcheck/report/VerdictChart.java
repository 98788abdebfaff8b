package factcheck.report;

import factcheck.claim.Verdict;

import java.util.List;

/**
 * The summary's bar chart, laid out here so the template only draws each bar as a small inline SVG (no script, no
 * style attribute, so it passes the pages' Content-Security-Policy and renders the same in a browser and in a
 * PDF). Labels and counts are table cells rather than SVG text, so they use the report's own fonts. One bar per
 * tally of the summary: each published verdict, then the claims without one by {@link Standing}, so the bars add up
 * to the claims and agree with the summary's sentence; bars scale to the longest.
 */
public record VerdictChart(List<Bar> bars, int width, int barHeight) {

    static final int MAX_BAR_WIDTH = 300;
    static final int BAR_HEIGHT = 14;

    public record Bar(String label, long count, int barWidth, String fill) {
    }

    static VerdictChart of(ReviewSummaryReport summary) {
        long longest = Math.max(1, summary.tallies().stream().mapToLong(ReviewSummaryReport.Tally::count).max()
                .orElse(1));
        List<Bar> bars = summary.tallies().stream()
                .map(tally -> new Bar(tally.standing().label(), tally.count(),
                        (int) Math.round((double) tally.count() * MAX_BAR_WIDTH / longest), fill(tally.standing())))
                .toList();
        return new VerdictChart(bars, MAX_BAR_WIDTH, BAR_HEIGHT);
    }

    // The report's colours (report.css), so each bar matches its claims' labels.
    private static String fill(Standing standing) {
        if (standing.verdict() != null) {
            return fill(standing.verdict());
        }
        if (standing.equals(Standing.NEEDS_REVIEW)) {
            return "#fff3c4";
        }
        if (standing.equals(Standing.DISMISSED)) {
            return "#eeeeee";
        }
        return standing.equals(Standing.IN_PROGRESS) ? "#f6e7c8" : "#e8edf3";
    }

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
