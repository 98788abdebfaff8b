package factcheck.claim;

import factcheck.article.Article;
import factcheck.article.ArticleNotFoundException;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.ExtractedClaim;
import factcheck.input.InvalidFieldException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What reviewers do to a claim's stretch of text: mark a new claim, move a claim's boundaries, split one in two,
 * merge two neighbours. Every operation locks the article's claims (as a text correction does), keeps spans from
 * overlapping, and renumbers the claims in text order.
 */
@ApplicationScoped
public class ClaimEditor {

    private final ClaimExtractor extractor;
    private final RedFlags redFlags;

    ClaimEditor(ClaimExtractor extractor, RedFlags redFlags) {
        this.extractor = extractor;
        this.redFlags = redFlags;
    }

    /** Marks {@code [start, end)} of the article's text as a claim; surrounding white space is left out. */
    @Transactional
    public Claim add(long articleId, Integer start, Integer end, String actor) {
        Article article = lockArticle(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        List<Claim> claims = lockClaimsOf(articleId);
        Span span = Span.within(article.text, start, end);
        refuseOverlap(claims, span, null);
        Claim claim = new Claim();
        claim.article = article;
        claim.manual = true;
        SpanDescription.describe(claim, article.text, span, extractor.scoreAll(article.text), actor);
        redFlags.raise(article, List.of(claim));
        ClaimNumbers.assign(articleId, List.of(claim));
        claim.persist();
        ClaimService.renumber(articleId);
        return Claim.findById(claim.id);
    }

    /**
     * Moves a claim's boundaries, e.g. to leave out a clause or take in the rest of a sentence. With
     * {@code claimStart} (where the caller saw the claim begin), positions read before a correction moved the claim
     * are refused.
     */
    @Transactional
    public Claim resize(long claimId, Integer start, Integer end, Long expectedVersion, Integer claimStart,
                        String actor) {
        Claim claim = lockedForEdit(claimId, expectedVersion);
        List<Claim> claims = lockClaimsOf(claim.article.id);
        refuseMoved(claim, claimStart);
        Span span = Span.within(claim.article.text, start, end);
        refuseOverlap(claims, span, claim);
        SpanDescription.describe(claim, claim.article.text, span, extractor.scoreAll(claim.article.text), actor);
        redFlags.raise(claim.article, List.of(claim));
        ClaimService.flushDetectingConcurrentSave(claim);
        ClaimService.renumber(claim.article.id);
        return Claim.findById(claimId);
    }

    /**
     * Splits a claim at {@code at} into two claims, in text order. The first part keeps the claim's id and number;
     * the second is a new claim, marked by hand, with the article's next number. The review goes to the part named by
     * {@code keep} (the other part is left unreviewed and flagged), or, without {@code keep}, to neither: both parts
     * are then unreviewed and flagged, and the review is kept as a note on each (see {@link ReviewCarryOver}).
     * Sources and notes stay with the first part and are copied to the second: they concern the whole sentence, so
     * each part's new review may need them.
     */
    @Transactional
    public List<Claim> split(long claimId, Integer at, SplitPart keep, Long expectedVersion, Integer claimStart,
                             String actor) {
        Claim claim = lockedForEdit(claimId, expectedVersion);
        lockClaimsOf(claim.article.id);
        refuseMoved(claim, claimStart);
        if (claim.anchorState == AnchorState.ORPHANED) {
            throw new WorkflowViolationException("A claim no longer in the text cannot be split; give it a new place first.");
        }
        String text = claim.article.text;
        if (at == null || at <= claim.start || at >= claim.end) {
            throw new InvalidFieldException("at", "Split inside the claim: between " + (claim.start + 1) + " and "
                    + (claim.end - 1) + ".");
        }
        Span first = Span.trimmed(text, claim.start, at);
        Span second = Span.trimmed(text, at, claim.end);
        if (first == null || second == null) {
            throw new InvalidFieldException("at", "Both parts of a split need some text.");
        }
        ReviewCarryOver.Review review = ReviewCarryOver.Review.of(claim);
        List<ExtractedClaim> sentences = extractor.scoreAll(text);
        SpanDescription.describe(claim, text, first, sentences, actor);
        Claim rest = new Claim();
        rest.article = claim.article;
        rest.manual = true;
        SpanDescription.describe(rest, text, second, sentences, actor);
        redFlags.raise(claim.article, List.of(claim, rest));
        ClaimNumbers.assign(claim.article.id, List.of(rest));
        rest.persist();
        ReviewCarryOver.copyEvidence(claim, rest);
        ReviewCarryOver.afterSplit(review, claim, rest, keep, actor);
        ClaimService.flushDetectingConcurrentSave(claim);
        ClaimService.renumber(claim.article.id);
        return List.of(Claim.findById(claimId), Claim.findById(rest.id));
    }

    /**
     * Merges the claim with its neighbour {@code otherId} (no claim may lie between them). The claim keeps its id and
     * number and takes over the neighbour's sources and notes. The merged claim gets the review of the claim named by
     * {@code keep} (either of the two); without {@code keep} it is left unreviewed and flagged. A review not carried
     * over is kept as a note on the merged claim (see {@link ReviewCarryOver}).
     */
    @Transactional
    public Claim merge(long claimId, Long otherId, Long keep, Long expectedVersion, String actor) {
        if (otherId == null) {
            throw new InvalidFieldException("with", "Name the claim to merge with.");
        }
        if (otherId == claimId) {
            throw new InvalidFieldException("with", "A claim cannot be merged with itself.");
        }
        if (keep != null && keep != claimId && !keep.equals(otherId)) {
            throw new InvalidFieldException("keep", "Keep the review of claim " + claimId + " or of claim " + otherId
                    + ", or leave keep out so that neither review is kept.");
        }
        Claim claim = lockedForEdit(claimId, expectedVersion);
        List<Claim> claims = lockClaimsOf(claim.article.id);
        Claim other = claims.stream().filter(candidate -> candidate.id.equals(otherId)).findFirst()
                .orElseThrow(() -> Claim.findById(otherId) == null ? new ClaimNotFoundException(otherId)
                        : new InvalidFieldException("with", "Claim " + otherId + " is not in this article."));
        Span merged = new Span(Math.min(claim.start, other.start), Math.max(claim.end, other.end));
        for (Claim between : claims) {
            if (between != claim && between != other && between.anchorState != AnchorState.ORPHANED
                    && merged.overlaps(between.start, between.end)) {
                throw new WorkflowViolationException("Only neighbouring claims can be merged: claim "
                        + between.number + " lies between them.");
            }
        }
        if (claim.anchorState == AnchorState.ORPHANED || other.anchorState == AnchorState.ORPHANED) {
            throw new WorkflowViolationException("A claim no longer in the text cannot be merged.");
        }
        for (Source source : List.copyOf(other.sources)) {
            source.claim = claim;
            claim.sources.add(source);
        }
        for (Note note : List.copyOf(other.notes)) {
            note.claim = claim;
            claim.notes.add(note);
        }
        other.sources.clear();
        other.notes.clear();
        ReviewCarryOver.Review own = ReviewCarryOver.Review.of(claim);
        ReviewCarryOver.Review neighbours = ReviewCarryOver.Review.of(other);
        if (!claim.manual && other.manual) {
            // The merged claim is marked by hand, by whoever marked the neighbour.
            claim.manual = true;
            claim.reasons = other.reasons;
        }
        SpanDescription.describe(claim, claim.article.text, merged, extractor.scoreAll(claim.article.text), actor);
        redFlags.raise(claim.article, List.of(claim));
        ReviewCarryOver.Review kept = keep == null ? null : keep.equals(otherId) ? neighbours : own;
        ReviewCarryOver.afterMerge(claim, own, neighbours, kept, actor);
        other.delete();
        ClaimService.flushDetectingConcurrentSave(claim);
        ClaimService.renumber(claim.article.id);
        return Claim.findById(claimId);
    }

    /**
     * Positions in a request are positions in the text the caller saw: refused when a correction of the text has
     * moved the claim since (which leaves its version, and so an open review, as it was).
     */
    private static void refuseMoved(Claim claim, Integer claimStart) {
        if (claimStart != null && claimStart != claim.start) {
            throw new ClaimMovedException(claim, claimStart);
        }
    }

    /**
     * Locks the claim's article, then the claim (the order every writer keeps, see {@link ClaimService#lockForWork}),
     * and checks the version the change is based on.
     */
    private static Claim lockedForEdit(long claimId, Long expectedVersion) {
        Long articleId = Claim.getEntityManager()
                .createQuery("select c.article.id from Claim c where c.id = :id", Long.class)
                .setParameter("id", claimId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ClaimNotFoundException(claimId));
        lockArticle(articleId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        Claim claim = ClaimService.lockForWork(claimId);
        if (expectedVersion != null && expectedVersion != claim.version) {
            throw new StaleClaimException(claim);
        }
        return claim;
    }

    private static Optional<Article> lockArticle(long articleId) {
        return Article.findByIdOptional(articleId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static List<Claim> lockClaimsOf(long articleId) {
        return Claim.<Claim>find("article.id", Sort.by("start").and("id"), articleId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static void refuseOverlap(List<Claim> claims, Span span, Claim self) {
        for (Claim other : claims) {
            if (other != self && other.anchorState != AnchorState.ORPHANED && span.overlaps(other.start, other.end)) {
                throw new OverlappingClaimException(other);
            }
        }
    }
}
