package factcheck.claim;

import factcheck.account.SignedInUser;
import factcheck.article.Article;
import factcheck.article.ArticleNotFoundException;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.ClaimKind;
import factcheck.extraction.ExtractedClaim;
import factcheck.extraction.Quantity;
import factcheck.web.InvalidFieldException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What reviewers do to a claim's stretch of text: mark a new claim, move a claim's boundaries, split one in two,
 * merge two neighbours. Every operation locks the article's claims (as a text correction does), keeps spans from
 * overlapping, and renumbers the claims in text order.
 */
@ApplicationScoped
public class ClaimEditor {

    private static final String MARKED_BY_HAND = "marked by hand by ";

    private final ClaimExtractor extractor;

    ClaimEditor(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    /** Marks {@code [start, end)} of the article's text as a claim; surrounding white space is left out. */
    @Transactional
    public Claim add(long articleId, Integer start, Integer end) {
        Article article = lockArticle(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        List<Claim> claims = lockClaimsOf(articleId);
        Span span = Span.within(article.text, start, end);
        refuseOverlap(claims, span, null);
        Claim claim = new Claim();
        claim.article = article;
        claim.manual = true;
        describe(claim, article.text, span, extractor.scoreAll(article.text));
        claim.persist();
        ClaimService.renumber(articleId);
        return Claim.findById(claim.id);
    }

    /** Moves a claim's boundaries, e.g. to leave out a clause or take in the rest of a sentence. */
    @Transactional
    public Claim resize(long claimId, Integer start, Integer end, Long expectedVersion) {
        Claim claim = lockedForEdit(claimId, expectedVersion);
        List<Claim> claims = lockClaimsOf(claim.article.id);
        Span span = Span.within(claim.article.text, start, end);
        refuseOverlap(claims, span, claim);
        describe(claim, claim.article.text, span, extractor.scoreAll(claim.article.text));
        ClaimService.flushDetectingConcurrentSave(claim);
        ClaimService.renumber(claim.article.id);
        return Claim.findById(claimId);
    }

    /**
     * Splits a claim at {@code at}: the first part keeps the claim's review, sources and notes, the second becomes a
     * new unreviewed claim. Returns both, in text order.
     */
    @Transactional
    public List<Claim> split(long claimId, Integer at, Long expectedVersion) {
        Claim claim = lockedForEdit(claimId, expectedVersion);
        lockClaimsOf(claim.article.id);
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
        List<ExtractedClaim> sentences = extractor.scoreAll(text);
        describe(claim, text, first, sentences);
        Claim rest = new Claim();
        rest.article = claim.article;
        rest.manual = true;
        describe(rest, text, second, sentences);
        ClaimService.flushDetectingConcurrentSave(claim);
        rest.persist();
        ClaimService.renumber(claim.article.id);
        return List.of(Claim.findById(claimId), Claim.findById(rest.id));
    }

    /**
     * Merges the claim with its neighbour {@code otherId} (no claim may lie between them). The claim keeps its id
     * and review and takes over the neighbour's sources and notes; if the neighbour had been reviewed, the merged
     * claim is flagged for another look.
     */
    @Transactional
    public Claim merge(long claimId, Long otherId, Long expectedVersion) {
        if (otherId == null) {
            throw new InvalidFieldException("with", "Name the claim to merge with.");
        }
        if (otherId == claimId) {
            throw new InvalidFieldException("with", "A claim cannot be merged with itself.");
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
                        + between.ordinal + " lies between them.");
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
        if (other.status != ClaimStatus.UNREVIEWED || other.rationale != null) {
            claim.needsReview = true;
        }
        describe(claim, claim.article.text, merged, extractor.scoreAll(claim.article.text));
        claim.manual = claim.manual || other.manual;
        other.delete();
        ClaimService.flushDetectingConcurrentSave(claim);
        ClaimService.renumber(claim.article.id);
        return Claim.findById(claimId);
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

    /**
     * Points the claim at the span and describes it as the extractor sees the sentences it covers ({@code sentences}
     * are the whole text's, scored): the best score, their reasons, the first one's kind, and the quantities inside
     * the span.
     */
    /**
     * The reason a claim marked by hand shows: who marked it, rather than the machine's reasons for a
     * sentence the machine did not propose. Kept when the claim is resized or merged later.
     */
    private static List<String> markedByHand(Claim claim) {
        if (claim.reasons != null && claim.reasons.size() == 1 && claim.reasons.get(0).startsWith(MARKED_BY_HAND)) {
            return claim.reasons;
        }
        String who = SignedInUser.usernameOrNull();
        return new ArrayList<>(List.of(MARKED_BY_HAND + (who == null ? "a reviewer" : who)));
    }

    private static void describe(Claim claim, String text, Span span, List<ExtractedClaim> sentences) {
        claim.anchorAt(text, span.start(), span.end());
        claim.anchorState = AnchorState.ANCHORED;
        List<ExtractedClaim> covered = sentences.stream()
                .filter(sentence -> span.overlaps(sentence.start(), sentence.end()))
                .toList();
        Set<String> reasons = new LinkedHashSet<>();
        List<Quantity> quantities = new ArrayList<>();
        double score = 0;
        for (ExtractedClaim sentence : covered) {
            score = Math.max(score, sentence.score());
            reasons.addAll(sentence.reasons());
            sentence.quantities().stream()
                    .filter(quantity -> quantity.start() >= span.start() && quantity.end() <= span.end())
                    .forEach(quantities::add);
        }
        claim.score = score;
        claim.reasons = claim.manual ? markedByHand(claim) : new ArrayList<>(reasons);
        claim.quantities = quantities;
        claim.kind = covered.isEmpty() ? ClaimKind.OTHER : covered.get(0).kind();
    }
}
