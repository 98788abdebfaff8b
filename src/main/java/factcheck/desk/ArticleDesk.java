package factcheck.desk;

import factcheck.article.Article;
import factcheck.article.ArticleDraft;
import factcheck.article.ArticleService;
import factcheck.article.ArticleSummary;
import factcheck.claim.AnchoringSummary;
import factcheck.claim.Claim;
import factcheck.claim.ClaimService;
import factcheck.claim.ReviewProgress;
import factcheck.original.ArticleOriginal;
import factcheck.original.Originals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * What the desk does to an article together with its claims: imports it with the claims found in it, corrects its
 * text and re-anchors the claims, lists articles with their review progress, deletes an article with its claims.
 * Each is one transaction: all of it, or nothing.
 */
@ApplicationScoped
public class ArticleDesk {

    private final ArticleService articles;
    private final ClaimService claims;
    private final Originals originals;

    ArticleDesk(ArticleService articles, ClaimService claims, Originals originals) {
        this.articles = articles;
        this.claims = claims;
        this.originals = originals;
    }

    /**
     * Stores the article and the claims extracted from its text (see {@link ArticleService#store}), and notes which
     * stored articles are likely its source or copies of it.
     */
    @Transactional
    public Article importArticle(ArticleDraft draft) {
        Article article = articles.store(draft);
        claims.proposeClaims(article);
        originals.findRelatives(article);
        return article;
    }

    /**
     * Makes {@code text}, or the text of the stored article {@code sourceId}, the article's original, compares the
     * two and raises a red flag on each claim whose facts were altered.
     */
    @Transactional
    public ArticleOriginal attachOriginal(long id, String text, Long sourceId, String actor) {
        Article article = articles.lockForChange(id, null);
        ArticleOriginal original = originals.attach(article, text, sourceId, actor);
        claims.raiseFlagsAgain(article);
        return original;
    }

    /** @return whether the article had an original to take away */
    @Transactional
    public boolean detachOriginal(long id) {
        Article article = articles.lockForChange(id, null);
        boolean had = originals.detach(id);
        claims.raiseFlagsAgain(article);
        return had;
    }

    /**
     * Replaces the article's text (to correct it) and re-anchors its claims; see {@link ClaimService#reanchor}.
     *
     * @param expectedVersion the article version the editor read, or null
     * @param actor who corrects it: the claims whose wording changes count as changed by them
     */
    @Transactional
    public AnchoringSummary replaceText(long id, String newText, Long expectedVersion, String actor) {
        Article article = articles.lockForChange(id, expectedVersion);
        if (!articles.replaceText(article, newText)) {
            return AnchoringSummary.nothingChanged(claims.claimsOf(id).size());
        }
        originals.compareAgain(article);
        return claims.reanchor(article, actor);
    }

    /** One page of articles, newest first, each with its review progress. Pages count from 0. */
    public ArticleListing list(int page, int size) {
        List<ArticleSummary> items = articles.page(page, size);
        Map<Long, ReviewProgress> progress = claims.progressOf(items.stream().map(ArticleSummary::id).toList());
        return new ArticleListing(items, progress, page, size, articles.count());
    }

    /**
     * Deletes the article with its claims, sources and notes. Saves of its claims in progress finish first (the
     * article and its claims are locked, see {@link ClaimService#lockClaimsOf}); saves that come later find
     * nothing.
     */
    @Transactional
    public void delete(long id) {
        Article article = articles.lockForChange(id, null);
        // One by one rather than in bulk, so the change history records each deletion.
        claims.lockClaimsOf(id).forEach(Claim::delete);
        article.delete();
    }
}
