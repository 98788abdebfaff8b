package factcheck.api;

import factcheck.claim.Claim;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;

import java.time.Instant;

/** A claim in a list across articles: what it says and where it stands, without its sources and notes. */
record ClaimSummaryResponse(long id, long articleId, String articleTitle, int number, int ordinal, String text,
                                   double score, ClaimKind kind, ClaimStatus status, Verdict verdict,
                                   String assignee, String reviewedBy, boolean needsReview, Instant updatedAt) {

    public static ClaimSummaryResponse from(Claim claim) {
        return new ClaimSummaryResponse(claim.id, claim.article.id, claim.article.title, claim.number, claim.ordinal,
                claim.text, claim.score, claim.kind, claim.status, claim.verdict, claim.assignee, claim.reviewedBy,
                claim.needsReview, claim.updatedAt);
    }
}
