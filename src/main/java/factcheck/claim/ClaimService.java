package factcheck.claim;

import factcheck.article.Article;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.ExtractedClaim;
import factcheck.web.HttpUrls;
import factcheck.web.InvalidFieldException;
import factcheck.web.Texts;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claims and their review: the transaction boundary for everything a reviewer does to a claim. */
@ApplicationScoped
public class ClaimService {

    /** Characters of context kept either side of a claim, as in a W3C TextQuoteSelector. */
    static final int QUOTE_CONTEXT = 32;

    private final ClaimExtractor extractor;

    ClaimService(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    /** Extracts the article's check-worthy sentences and stores them as unreviewed claims, in text order. */
    @Transactional
    public List<Claim> proposeClaims(Article article) {
        List<Claim> claims = new ArrayList<>();
        for (ExtractedClaim extracted : extractor.extract(article.text)) {
            Claim claim = new Claim();
            claim.article = article;
            claim.ordinal = claims.size() + 1;
            claim.text = extracted.text();
            claim.start = extracted.start();
            claim.end = extracted.end();
            claim.textPrefix = article.text.substring(Math.max(0, claim.start - QUOTE_CONTEXT), claim.start);
            claim.textSuffix = article.text.substring(claim.end, Math.min(article.text.length(), claim.end + QUOTE_CONTEXT));
            claim.score = extracted.score();
            claim.reasons = new ArrayList<>(extracted.reasons());
            claim.kind = extracted.kind();
            claim.quantities = new ArrayList<>(extracted.quantities());
            claims.add(claim);
        }
        Claim.persist(claims);
        return claims;
    }

    public Claim get(long id) {
        return Claim.<Claim>findByIdOptional(id).orElseThrow(() -> new ClaimNotFoundException(id));
    }

    /** An article's claims in text order (their sources and notes are fetched in batches, not one by one). */
    public List<Claim> claimsOf(long articleId) {
        return Claim.list("article.id", Sort.by("start").and("id"), articleId);
    }

    /** Claims per workflow status for each of the given articles, in one query. */
    public Map<Long, ReviewProgress> progressOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
        List<Object[]> rows = Claim.getEntityManager()
                .createQuery("select c.article.id, c.status, count(c) from Claim c where c.article.id in :ids"
                        + " group by c.article.id, c.status", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((ClaimStatus) row[1], (Long) row[2]);
        }
        Map<Long, ReviewProgress> progress = new HashMap<>();
        articleIds.forEach(id -> progress.put(id, new ReviewProgress(counts.getOrDefault(id, Map.of()))));
        return progress;
    }

    /**
     * Applies a review change under the workflow rules: setting a verdict makes the claim REVIEWED; REVIEWED
     * needs a verdict; every other status clears the verdict, since a verdict stands only for a finished review.
     *
     * @throws StaleClaimException when {@code expectedVersion} is given and the claim has moved on
     * @throws WorkflowViolationException when the change breaks the rules above
     */
    @Transactional
    public Claim review(long id, ReviewChange change) {
        Claim claim = get(id);
        if (change.expectedVersion() != null && change.expectedVersion() != claim.version) {
            throw new StaleClaimException(claim);
        }
        ClaimStatus status = change.status() != null ? change.status()
                : change.verdict() != null ? ClaimStatus.REVIEWED : claim.status;
        Verdict verdict = change.verdict() != null ? change.verdict()
                : status == ClaimStatus.REVIEWED ? claim.verdict : null;
        if (status == ClaimStatus.REVIEWED && verdict == null) {
            throw new WorkflowViolationException("A claim can only be REVIEWED with a verdict.");
        }
        if (status != ClaimStatus.REVIEWED && change.verdict() != null) {
            throw new WorkflowViolationException("A verdict can only be given to a REVIEWED claim, not a "
                    + status + " one.");
        }
        claim.status = status;
        claim.verdict = verdict;
        if (change.rationale() != null) {
            claim.rationale = change.rationale().isBlank() ? null : change.rationale().strip();
        }
        flushDetectingConcurrentSave(claim);
        return claim;
    }

    @Transactional
    public Source addSource(long claimId, SourceDraft draft) {
        Claim claim = get(claimId);
        Source source = new Source();
        source.claim = claim;
        source.url = HttpUrls.required("url", draft.url(), "A source needs a URL.");
        source.title = Texts.optional("title", draft.title(), 500);
        source.publisher = Texts.optional("publisher", draft.publisher(), 200);
        source.excerpt = Texts.optional("excerpt", draft.excerpt(), 20_000);
        if (draft.stance() == null) {
            throw new InvalidFieldException("stance", "Choose a stance: SUPPORTS, REFUTES or CONTEXT.");
        }
        source.stance = draft.stance();
        source.publishedOn = draft.publishedOn();
        source.accessedAt = Instant.now();
        source.persist();
        claim.sources.add(source);
        return source;
    }

    public Source getSource(long id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    /** Removes a source and returns the claim it belonged to. */
    @Transactional
    public Claim deleteSource(long id) {
        Source source = getSource(id);
        Claim claim = source.claim;
        claim.sources.remove(source);
        source.delete();
        return claim;
    }

    @Transactional
    public Note addNote(long claimId, String text) {
        Claim claim = get(claimId);
        Note note = new Note();
        note.claim = claim;
        note.text = Texts.required("text", text, 20_000, "Write the note first.");
        note.persist();
        claim.notes.add(note);
        return note;
    }

    public Note getNote(long id) {
        return Note.<Note>findByIdOptional(id).orElseThrow(() -> new NoteNotFoundException(id));
    }

    private static void flushDetectingConcurrentSave(Claim claim) {
        try {
            Claim.flush();
        } catch (OptimisticLockException e) {
            Claim.getEntityManager().clear();
            throw new StaleClaimException(Claim.findById(claim.id));
        }
    }
}
