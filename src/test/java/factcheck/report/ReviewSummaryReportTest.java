package factcheck.report;

import factcheck.claim.AnchorState;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The summary's sentence, its chart and the totals count the same claims the same way: a claim in progress is
 * counted as in progress everywhere, not as unreviewed in the chart and in progress in the sentence.
 */
class ReviewSummaryReportTest {

    private static final Instant REVIEWED_AT = Instant.parse("2024-11-05T10:00:00Z");

    private final List<ClaimReport> claims = new ArrayList<>();

    @Test
    void chartBarsAddUpToTheClaimsAndAgreeWithTheSentence() {
        add(3, ClaimStatus.UNREVIEWED, ClaimReport.UNREVIEWED, false);
        add(1, ClaimStatus.IN_PROGRESS, ClaimReport.UNREVIEWED, false);
        add(2, ClaimStatus.REVIEWED, "FALSE", false);
        add(1, ClaimStatus.REVIEWED, "TRUE", true);
        add(1, ClaimStatus.DISMISSED, ClaimReport.DISMISSED, false);

        ReviewSummaryReport summary = ReviewSummaryReport.of(claims);
        Map<String, Long> bars = bars(VerdictChart.of(summary));

        assertEquals(summary.totalClaims(), bars.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(3, summary.unreviewed());
        assertEquals(summary.unreviewed(), bars.get("Unreviewed"));
        assertEquals(1, summary.inProgress());
        assertEquals(summary.inProgress(), bars.get("In progress"));
        assertEquals(summary.dismissed(), bars.get("Dismissed"));
        assertEquals(3, summary.reviewed());
        assertEquals(summary.reviewed(), bars.get("False") + bars.get("Needs review"));
        assertEquals(summary.totalClaims(),
                summary.reviewed() + summary.dismissed() + summary.inProgress() + summary.unreviewed());
        assertEquals(summary.statusCounts().get(ClaimStatus.REVIEWED), summary.reviewed(), "the same as the JSON's");
        assertEquals(0, bars.get("True"), "a withheld verdict is not counted under its verdict");
    }

    @Test
    void needsReviewIsListedOnlyWhenSomeClaimNeedsIt() {
        add(2, ClaimStatus.REVIEWED, "MIXED", false);

        List<String> labels = VerdictChart.of(ReviewSummaryReport.of(claims)).bars().stream()
                .map(VerdictChart.Bar::label).toList();

        assertEquals(List.of("True", "Mostly true", "Mixed", "Misleading", "Mostly false", "False", "Unverifiable",
                "Dismissed", "In progress", "Unreviewed"), labels);
    }

    @Test
    void eachClaimIsLabelledAsTheChartCountsIt() {
        add(1, ClaimStatus.IN_PROGRESS, ClaimReport.UNREVIEWED, false);
        add(1, ClaimStatus.REVIEWED, "MOSTLY_TRUE", true);
        add(1, ClaimStatus.REVIEWED, "MOSTLY_TRUE", false);

        assertEquals(List.of("In progress", "Needs review", "Mostly true"),
                claims.stream().map(claim -> ReportLabels.standing(claim).label()).toList());
    }

    private void add(int count, ClaimStatus status, String verdict, boolean needsReview) {
        for (int i = 0; i < count; i++) {
            int number = claims.size() + 1;
            boolean finished = status.isFinished();
            claims.add(new ClaimReport(number, 1, number, number, number * 10, number * 10 + 5, "Claim " + number,
                    ClaimKind.STATISTIC, 0.5, status, verdict, finished ? "Because." : null,
                    finished ? "editor" : null, finished ? REVIEWED_AT : null,
                    needsReview ? AnchorState.CHANGED : AnchorState.ANCHORED, needsReview, List.of(), List.of()));
        }
    }

    private static Map<String, Long> bars(VerdictChart chart) {
        Map<String, Long> bars = new LinkedHashMap<>();
        chart.bars().forEach(bar -> bars.put(bar.label(), bar.count()));
        return bars;
    }
}
