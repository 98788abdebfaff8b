package factcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewProgress;
import factcheck.claim.Verdict;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How far the review has come. Both maps hold every status and every verdict, zeros included and in the enums'
 * order, so reports of different articles have the same shape and compare line by line. The verdict counts are of
 * published verdicts: a reviewed claim flagged for review is counted as reviewed but under no verdict. {@code reviewers} are
 * the people who reviewed or dismissed the claims, in alphabetical order; the two dates span those decisions and
 * are null when nothing was decided yet. {@code tallies} count the claims by {@link Standing}, for the readable
 * formats: the summary's sentence, its chart and the totals all read them.
 */
public record ReviewSummaryReport(long totalClaims, long done, int percentDone, Map<ClaimStatus, Long> statusCounts,
                                  Map<Verdict, Long> verdictCounts, List<String> reviewers,
                                  Instant firstReviewedAt, Instant lastReviewedAt, @JsonIgnore List<Tally> tallies) {

    /** Claims of one standing. */
    public record Tally(Standing standing, long count) {
    }

    public ReviewSummaryReport {
        reviewers = List.copyOf(reviewers);
        tallies = List.copyOf(tallies);
    }

    static ReviewSummaryReport of(List<ClaimReport> claims) {
        Map<ClaimStatus, Long> statusCounts = new EnumMap<>(ClaimStatus.class);
        Map<Verdict, Long> verdictCounts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            verdictCounts.put(verdict, 0L);
        }
        Map<Standing, Long> standingCounts = new LinkedHashMap<>();
        Standing.ALL.forEach(standing -> standingCounts.put(standing, 0L));
        TreeSet<String> reviewers = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        for (ClaimReport claim : claims) {
            statusCounts.merge(claim.status(), 1L, Long::sum);
            claim.publishedVerdict().ifPresent(verdict -> verdictCounts.merge(verdict, 1L, Long::sum));
            standingCounts.merge(Standing.of(claim), 1L, Long::sum);
            if (claim.reviewedBy() != null) {
                reviewers.add(claim.reviewedBy());
            }
            Instant reviewedAt = claim.reviewedAt();
            if (reviewedAt != null) {
                first = first == null || reviewedAt.isBefore(first) ? reviewedAt : first;
                last = last == null || reviewedAt.isAfter(last) ? reviewedAt : last;
            }
        }
        // Needs review is no step of the usual workflow: listed only when some claim is in it.
        List<Tally> tallies = standingCounts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0 || !entry.getKey().equals(Standing.NEEDS_REVIEW))
                .map(entry -> new Tally(entry.getKey(), entry.getValue()))
                .toList();
        ReviewProgress progress = new ReviewProgress(statusCounts);
        return new ReviewSummaryReport(progress.total(), progress.done(), progress.percentDone(),
                progress.statusCounts(), Collections.unmodifiableMap(verdictCounts),
                List.copyOf(reviewers), first, last, tallies);
    }

    /** Claims of this standing. */
    public long count(Standing standing) {
        return tallies.stream().filter(tally -> tally.standing().equals(standing)).mapToLong(Tally::count).sum();
    }

    /** Reviewed claims, whether their verdicts are published or not. */
    public long reviewed() {
        return tallies.stream().filter(tally -> tally.standing().isReviewed()).mapToLong(Tally::count).sum();
    }

    public long dismissed() {
        return count(Standing.DISMISSED);
    }

    public long inProgress() {
        return count(Standing.IN_PROGRESS);
    }

    public long unreviewed() {
        return count(Standing.UNREVIEWED);
    }
}
