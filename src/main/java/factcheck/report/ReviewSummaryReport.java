package factcheck.report;

import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewProgress;
import factcheck.claim.Verdict;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far the article's review has come. Both maps hold every status and every verdict, zeros included and in
 * the enums' order, so reports of different articles have the same shape and compare line by line.
 */
public record ReviewSummaryReport(long totalClaims, long done, int percentDone, Map<ClaimStatus, Long> statusCounts,
                                  Map<Verdict, Long> verdictCounts) {

    static ReviewSummaryReport of(List<ClaimReport> claims) {
        Map<ClaimStatus, Long> statusCounts = new EnumMap<>(ClaimStatus.class);
        Map<Verdict, Long> verdictCounts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            verdictCounts.put(verdict, 0L);
        }
        for (ClaimReport claim : claims) {
            statusCounts.merge(claim.status(), 1L, Long::sum);
            claim.reviewedVerdict().ifPresent(verdict -> verdictCounts.merge(verdict, 1L, Long::sum));
        }
        ReviewProgress progress = new ReviewProgress(statusCounts);
        return new ReviewSummaryReport(progress.total(), progress.done(), progress.percentDone(),
                progress.statusCounts(), Collections.unmodifiableMap(verdictCounts));
    }
}
