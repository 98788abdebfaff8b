package factcheck.claim;

import factcheck.account.Account;
import factcheck.article.Article;
import factcheck.config.WorkbenchConfig;
import factcheck.extraction.ClaimExtractor;
import factcheck.extraction.ExtractedClaim;
import factcheck.extraction.Sentence;
import factcheck.input.FormDates;
import factcheck.input.HttpUrls;
import factcheck.input.InvalidFieldException;
import factcheck.input.Texts;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Claims and their review: the transaction boundary for everything a reviewer does to a claim. */
@ApplicationScoped
public class ClaimService {

    /** The assignee column's width: no longer username exists. */
    private static final int ASSIGNEE_LENGTH = 40;

    private final ClaimExtractor extractor;
    private final RedFlags redFlags;
    private final boolean rationaleRequired;

    ClaimService(ClaimExtractor extractor, RedFlags redFlags, WorkbenchConfig config) {
        this.extractor = extractor;
        this.redFlags = redFlags;
        this.rationaleRequired = config.review().rationaleRequired();
    }

    /** Extracts the article's check-worthy sentences and stores them as unreviewed claims, in text order. */
    @Transactional
    public List<Claim> proposeClaims(Article article) {
        List<Claim> claims = new ArrayList<>();
        for (ExtractedClaim extracted : extractor.extract(article.text)) {
            Claim claim = newClaim(article, extracted);
            claim.ordinal = claims.size() + 1;
            claims.add(claim);
        }
        ClaimNumbers.assign(article.id, claims);
        redFlags.raise(article, claims);
        Claim.persist(claims);
        return claims;
    }

    /**
     * Follows an edit of the article's text. Every claim is found again ({@link TextAnchoring}); a claim whose
     * sentence changed or vanished keeps its review and is flagged, unless nobody has worked on it, in which
     * case it was only a machine proposal and goes. Sentences not covered by a remaining claim are extracted
     * afresh. Reviewed claims, their sources and notes are never deleted here.
     */
    @Transactional
    public AnchoringSummary reanchor(Article article, String actor) {
        List<ExtractedClaim> sentences = extractor.scoreAll(article.text);
        Map<Long, ExtractedClaim> sentenceAt = new HashMap<>();
        sentences.forEach(sentence -> sentenceAt.put(span(sentence.start(), sentence.end()), sentence));
        TextAnchoring anchoring = new TextAnchoring(article.text,
                sentences.stream().map(sentence -> new Sentence(sentence.start(), sentence.end())).toList());
        List<Claim> kept = new ArrayList<>();
        int[] counts = new int[AnchorState.values().length];
        int removed = 0;
        // Locked: a source or note added meanwhile must be seen, or an "untouched" claim would take it along.
        List<Claim> existing = new ArrayList<>(lockClaimsOf(article.id));
        // Claims somebody worked on choose their sentence first; untouched proposals may be dropped anyway.
        existing.sort(Comparator.comparing(claim -> !claim.hasReviewerWork()));
        List<TextAnchoring.Match> matches = anchoring.locateAll(existing.stream()
                .map(claim -> new TextAnchoring.Quote(claim.text, claim.textPrefix, claim.textSuffix, claim.start))
                .toList());
        for (int i = 0; i < existing.size(); i++) {
            Claim claim = existing.get(i);
            TextAnchoring.Match match = matches.get(i);
            boolean lost = match.state() == AnchorState.CHANGED || match.state() == AnchorState.ORPHANED;
            if (lost && !claim.hasReviewerWork()) {
                claim.delete();
                removed++;
                continue;
            }
            follow(claim, article.text, match, actor);
            ExtractedClaim sentence = sentenceAt.get(span(claim.start, claim.end));
            if (sentence != null && match.state() != AnchorState.ORPHANED) {
                claim.describeAs(sentence);
            }
            counts[match.state().ordinal()]++;
            kept.add(claim);
        }
        List<Claim> added = proposeUncovered(article, kept);
        redFlags.raise(article, Stream.concat(kept.stream(), added.stream()).toList());
        Claim.flush();
        renumber(article.id);
        return new AnchoringSummary(counts[AnchorState.ANCHORED.ordinal()], counts[AnchorState.MOVED.ordinal()],
                counts[AnchorState.CHANGED.ordinal()], counts[AnchorState.ORPHANED.ordinal()], removed, added.size());
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static void follow(Claim claim, String articleText, TextAnchoring.Match match, String actor) {
        boolean orphanedBefore = claim.anchorState == AnchorState.ORPHANED;
        claim.anchorState = match.state();
        switch (match.state()) {
            case ANCHORED, MOVED -> claim.anchorAt(articleText, match.start(), match.end(), actor);
            case CHANGED -> {
                // Keep the wording the review was given for, through several edits until it is reviewed again.
                if (!claim.needsReview || claim.previousText == null) {
                    claim.previousText = claim.text;
                }
                claim.anchorAt(articleText, match.start(), match.end(), actor);
                claim.needsReview = true;
            }
            case ORPHANED -> {
                // A claim whose sentence went is no longer what its review was about, though its words are the same.
                if (!orphanedBefore) {
                    claim.changedBy(actor);
                }
                claim.needsReview = true;
            }
        }
    }

    private List<Claim> proposeUncovered(Article article, List<Claim> kept) {
        List<Claim> added = new ArrayList<>();
        for (ExtractedClaim extracted : extractor.extract(article.text)) {
            boolean covered = kept.stream().anyMatch(claim -> claim.anchorState != AnchorState.ORPHANED
                    && claim.start < extracted.end() && extracted.start() < claim.end);
            if (!covered) {
                added.add(newClaim(article, extracted));
            }
        }
        ClaimNumbers.assign(article.id, added);
        Claim.persist(added);
        return added;
    }

    /** Ordinals follow text order, orphans last; a bulk update, so positions shifting is not an edit of each claim. */
    static void renumber(long articleId) {
        Claim.getEntityManager().createNativeQuery("""
                        update claim set ordinal = numbered.position
                        from (select id, row_number() over (order by anchor_state = 'ORPHANED', start_offset, id) as position
                              from claim where article_id = :articleId) numbered
                        where claim.id = numbered.id and claim.ordinal <> numbered.position""")
                .setParameter("articleId", articleId)
                .executeUpdate();
        Claim.getEntityManager().clear();
    }

    private static Claim newClaim(Article article, ExtractedClaim extracted) {
        Claim claim = new Claim();
        claim.article = article;
        claim.placeAt(article.text, extracted.start(), extracted.end());
        claim.describeAs(extracted);
        return claim;
    }

    public Claim get(long id) {
        return Claim.<Claim>findByIdOptional(id).orElseThrow(() -> new ClaimNotFoundException(id));
    }

    /** An article's claims in text order, orphans last (their sources and notes are fetched in batches, not one by one). */
    /** Raises the red flags on every claim of the article again, as after its original changed. */
    @Transactional
    public void raiseFlagsAgain(Article article) {
        redFlags.raise(article, claimsOf(article.id));
    }

    public List<Claim> claimsOf(long articleId) {
        return Claim.list("article.id", Sort.by("ordinal").and("id"), articleId);
    }

    /** An article's claims, locked until the transaction ends; the caller has locked the article (see lockForWork). */
    public List<Claim> lockClaimsOf(long articleId) {
        return Claim.<Claim>find("article.id", Sort.by("ordinal").and("id"), articleId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Claims per workflow status and per verdict for each of the given articles, in one query. */
    public Map<Long, ReviewProgress> progressOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<ClaimStatus, Long>> statusCounts = new HashMap<>();
        Map<Long, Map<Verdict, Long>> verdictCounts = new HashMap<>();
        List<Object[]> rows = Claim.getEntityManager()
                .createQuery("select c.article.id, c.status, c.verdict, count(c) from Claim c"
                        + " where c.article.id in :ids group by c.article.id, c.status, c.verdict", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
        for (Object[] row : rows) {
            Long articleId = (Long) row[0];
            Long count = (Long) row[3];
            statusCounts.computeIfAbsent(articleId, id -> new HashMap<>()).merge((ClaimStatus) row[1], count, Long::sum);
            if (row[2] != null) {
                verdictCounts.computeIfAbsent(articleId, id -> new HashMap<>()).merge((Verdict) row[2], count, Long::sum);
            }
        }
        Map<Long, ReviewProgress> progress = new HashMap<>();
        articleIds.forEach(id -> progress.put(id, new ReviewProgress(statusCounts.getOrDefault(id, Map.of()),
                verdictCounts.getOrDefault(id, Map.of()))));
        return progress;
    }

    /** The claim after this one in the article's text, if any: the one a merge joins it with. */
    public Claim nextAfter(Claim claim) {
        return Claim.<Claim>find("article.id = ?1 and start >= ?2 and id <> ?3 and anchorState <> ?4",
                        Sort.by("start").and("id"), claim.article.id, claim.end, claim.id, AnchorState.ORPHANED)
                .firstResult();
    }

    /**
     * Applies a review change under the workflow rules: setting a verdict makes the claim REVIEWED; REVIEWED needs a
     * verdict and, unless {@code factcheck.review.rationale-required} is off, a rationale (given now or stored
     * before), since the rationale is what readers get with the verdict; every other status clears the verdict,
     * since a verdict stands only for a finished review. Saving clears the claim's needs-review flag: the reviewer
     * has seen the claim as it now reads.
     *
     * @throws StaleClaimException when {@code expectedVersion} is given and the review or the claim's wording has
     *                             changed since
     * @throws WorkflowViolationException when the change breaks the rules above
     * @throws MissingRationaleException when a verdict would stand without a rationale
     */
    @Transactional
    public Claim review(long id, ReviewChange change, String actor) {
        // Locked: saves take turns, so each compares with the version before it and If-Match: * overwrites in turn;
        // a text correction in progress finishes first, so this save sees where the claim went.
        Claim claim = lockForWork(id);
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
        String rationale = change.rationale() != null
                ? Texts.optional("rationale", change.rationale(), 20_000) : claim.rationale;
        if (status == ClaimStatus.REVIEWED && rationale == null && rationaleRequired) {
            throw new MissingRationaleException();
        }
        // Whoever saves a finished review answers for it.
        String reviewedBy = status.isFinished() ? actor : null;
        boolean changed = status != claim.status || verdict != claim.verdict || claim.needsReview
                || !Objects.equals(rationale, claim.rationale) || !Objects.equals(reviewedBy, claim.reviewedBy);
        if (changed) {
            claim.status = status;
            claim.verdict = verdict;
            claim.rationale = rationale;
            claim.reviewedBy = reviewedBy;
            claim.needsReview = false;
            claim.changedBy(actor);
        }
        flushDetectingConcurrentSave(claim);
        return claim;
    }

    @Transactional
    public Source addSource(long claimId, SourceDraft draft) {
        Claim claim = lockForWork(claimId);
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
        source.publishedOn = FormDates.plausible("publishedOn", draft.publishedOn());
        source.accessedAt = Instant.now();
        source.persist();
        claim.sources.add(source);
        return source;
    }

    /**
     * Waits for a text edit or deletion of the article in progress, which may drop the claim (then: not found).
     * Writers that change the article or several of its claims lock the article first, then its claims; writers
     * of a single claim lock only that claim, so no two writers can wait for each other.
     */
    static Claim lockForWork(long claimId) {
        return Claim.<Claim>findByIdOptional(claimId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    public Source getSource(long id) {
        return Source.<Source>findByIdOptional(id).orElseThrow(() -> new SourceNotFoundException(id));
    }

    /** Removes a source and returns the claim it belonged to. */
    @Transactional
    public Claim deleteSource(long id) {
        // The claim is locked before the source is read, so a deletion of either meanwhile is seen.
        long claimId = Source.getEntityManager()
                .createQuery("select s.claim.id from Source s where s.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new SourceNotFoundException(id));
        Claim claim = lockForWork(claimId);
        Source source = getSource(id);
        claim.sources.remove(source);
        source.delete();
        return claim;
    }

    @Transactional
    public Note addNote(long claimId, String text, String author) {
        Claim claim = lockForWork(claimId);
        Note note = new Note();
        note.claim = claim;
        note.text = Texts.required("text", text, 20_000, "Write the note first.");
        note.author = author;
        note.persist();
        claim.notes.add(note);
        return note;
    }

    /**
     * Asks a user to review the claim, or clears the assignment ({@code username} null). Only enabled accounts
     * can be assigned.
     */
    @Transactional
    public Claim assign(long claimId, String username) {
        Claim claim = lockForWork(claimId);
        String wanted = Texts.optional("username", username, ASSIGNEE_LENGTH);
        if (wanted == null) {
            claim.assignee = null;
            return claim;
        }
        Account account = Account.findByUsername(wanted)
                .filter(found -> found.enabled)
                .orElseThrow(() -> new InvalidFieldException("username", "There is no enabled user '" + wanted + "'."));
        claim.assignee = account.username;
        return claim;
    }

    /** A user's queue: the claims assigned to them that still need work, article by article, in text order. */
    public List<Claim> queueOf(String username) {
        return Claim.find("select c from Claim c join fetch c.article a where c.assignee = ?1 and c.status in ?2"
                        + " order by a.createdAt desc, a.id desc, c.start",
                username, List.of(ClaimStatus.UNREVIEWED, ClaimStatus.IN_PROGRESS)).list();
    }

    public Note getNote(long id) {
        return Note.<Note>findByIdOptional(id).orElseThrow(() -> new NoteNotFoundException(id));
    }

    static void flushDetectingConcurrentSave(Claim claim) {
        try {
            Claim.flush();
        } catch (OptimisticLockException e) {
            Claim.getEntityManager().clear();
            Claim current = Claim.findById(claim.id);
            if (current == null) {
                throw new ClaimNotFoundException(claim.id);
            }
            throw new StaleClaimException(current);
        }
    }
}
