package factcheck.api;

import factcheck.claim.Claim;
import factcheck.claim.ClaimFlag;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;
import factcheck.extraction.Quantity;

import java.time.Instant;
import java.util.List;

/**
 * A claim as the API shows it: its number (stable, what people cite), its position (ordinal: place in text order),
 * extraction results, review, sources and notes. {@code needsReview}: the claim must be reviewed (again) before its
 * verdict is published, after a split, a merge or a correction of its sentence; {@code version} is the review's
 * version, the claim's ETag. {@code flags}: red flags the workbench raised by itself, such as arithmetic that
 * does not add up.
 */
record ClaimResponse(long id, long articleId, int number, int ordinal, String text, int start, int end,
                            double score,
                            List<String> reasons, ClaimKind kind, List<Quantity> quantities,
                            List<ClaimFlag> flags, ClaimStatus status,
                            Verdict verdict, String rationale, String reviewedBy, String assignee, boolean needsReview,
                            long version, Instant createdAt, Instant updatedAt,
                            AnchorResponse anchor, List<SourceResponse> sources, List<NoteResponse> notes) {

    public static ClaimResponse from(Claim claim) {
        return new ClaimResponse(claim.id, claim.article.id, claim.number, claim.ordinal, claim.text, claim.start,
                claim.end, claim.score, List.copyOf(claim.reasons), claim.kind, List.copyOf(claim.quantities),
                List.copyOf(claim.flags), claim.status,
                claim.verdict, claim.rationale, claim.reviewedBy, claim.assignee, claim.needsReview, claim.version,
                claim.createdAt, claim.updatedAt, AnchorResponse.from(claim),
                claim.sources.stream().map(SourceResponse::from).toList(),
                claim.notes.stream().map(NoteResponse::from).toList());
    }
}
