package factcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import factcheck.claim.AnchorState;
import factcheck.claim.Claim;
import factcheck.claim.ClaimFlag;
import factcheck.claim.ClaimStatus;
import factcheck.claim.Verdict;
import factcheck.extraction.ClaimKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One claim as published in a report. {@code verdict} is the verdict's name for a reviewed claim and otherwise
 * says why there is none ("unreviewed", "dismissed"), so no reader mistakes an open claim for a rated one.
 * {@code number} is the claim's stable number in its article, {@code ordinal} its place in text order.
 * {@code reviewedBy} and {@code reviewedAt} say who decided about a reviewed or dismissed claim and when that
 * decision was last saved; both are null for open claims. {@code flags} are the red flags the workbench raised by
 * itself (arithmetic that does not add up, facts altered from the original). Internal notes are deliberately absent.
 */
public record ClaimReport(long id, long articleId, int number, int ordinal, int start, int end, String text,
                          ClaimKind kind,
                          double score, ClaimStatus status, String verdict, String rationale, String reviewedBy,
                          Instant reviewedAt, AnchorState anchorState, boolean needsReview,
                          List<SourceReport> sources, List<ClaimFlag> flags) {

    static final String UNREVIEWED = "unreviewed";
    static final String DISMISSED = "dismissed";

    public ClaimReport {
        sources = List.copyOf(sources);
        flags = List.copyOf(flags);
    }

    /** {@code reviewedAt} comes from the change history; it is only reported for a finished review. */
    static ClaimReport from(Claim claim, long articleId, List<SourceReport> sources, Instant reviewedAt) {
        boolean finished = claim.status.isFinished();
        return new ClaimReport(claim.id, articleId, claim.number, claim.ordinal, claim.start, claim.end, claim.text,
                claim.kind,
                claim.score, claim.status, verdictLabel(claim.status, claim.verdict), claim.rationale,
                finished ? claim.reviewedBy : null, finished ? reviewedAt : null, claim.anchorState,
                claim.needsReview, sources, claim.flags);
    }

    /** Whether the claim's sentence was removed from the article by a later correction. */
    @JsonIgnore
    public boolean isOrphaned() {
        return anchorState == AnchorState.ORPHANED;
    }

    /**
     * The verdict a reader may be given: a reviewed claim's, unless the claim is flagged for review (split, merged,
     * or its sentence corrected since), which means nobody has confirmed the verdict for the words it now has.
     * Empty for every other claim. What every published part of a report (ClaimReview, verdict counts and chart,
     * the readable formats' verdicts) goes by.
     */
    @JsonIgnore
    public Optional<Verdict> publishedVerdict() {
        return status == ClaimStatus.REVIEWED && !needsReview ? Optional.of(Verdict.valueOf(verdict)) : Optional.empty();
    }

    /** A reviewed claim whose verdict is withheld until it is reviewed again. */
    @JsonIgnore
    public boolean isVerdictWithheld() {
        return status == ClaimStatus.REVIEWED && needsReview;
    }

    // An in-progress claim has no verdict yet either: to a reader of the report it is still unreviewed.
    private static String verdictLabel(ClaimStatus status, Verdict verdict) {
        return switch (status) {
            case REVIEWED -> verdict.name();
            case DISMISSED -> DISMISSED;
            case UNREVIEWED, IN_PROGRESS -> UNREVIEWED;
        };
    }
}
