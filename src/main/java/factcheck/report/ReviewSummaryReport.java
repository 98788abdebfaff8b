package factcheck.report;

import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewProgress;
import factcheck.claim.Verdict;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far the review has come. Both maps hold every status and every verdict, zeros included and in the enums'
 * order, so reports of different articles have the same shape and compare line by line. The verdict counts are of
 * published verdicts: a reviewed claim flagged for review is counted as reviewed but under no verdict. {@code reviewers} are
 * the people who reviewed or dismissed the claims, in alphabetical order; the two dates span those decisions and
 * are null when nothing was decided yet.
 */
public record ReviewSummaryReport(long totalClaims, long done, int percentDone, Map<ClaimStatus, Long> statusCounts,
                                  Map<Verdict, Long> verdictCounts, List<String> reviewers,
                                  Instant firstReviewedAt, Instant lastReviewedAt) {

    public ReviewSummaryReport {
        reviewers = List.copyOf(reviewers);
    }

    static ReviewSummaryReport of(List<ClaimReport> claims) {
        Map<ClaimStatus, Long> statusCounts = new EnumMap<>(ClaimStatus.class);
        Map<Verdict, Long> verdictCounts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            verdictCounts.put(verdict, 0L);
        }
        TreeSet<String> reviewers = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        for (ClaimReport claim : claims) {
            statusCounts.merge(claim.status(), 1L, Long::sum);
            claim.publishedVerdict().ifPresent(verdict -> verdictCounts.merge(verdict, 1L, Long::sum));
            if (claim.reviewedBy() != null) {
                reviewers.add(claim.reviewedBy());
            }
            Instant reviewedAt = claim.reviewedAt();
            if (reviewedAt != null) {
                first = first == null || reviewedAt.isBefore(first) ? reviewedAt : first;
                last = last == null || reviewedAt.isAfter(last) ? reviewedAt : last;
            }
        }
        ReviewProgress progress = new ReviewProgress(statusCounts);
        return new ReviewSummaryReport(progress.total(), progress.done(), progress.percentDone(),
                progress.statusCounts(), Collections.unmodifiableMap(verdictCounts),
                List.copyOf(reviewers), first, last);
    }
}
