package factcheck.workbench;

import factcheck.article.Article;
import factcheck.article.ArticleService;
import factcheck.claim.AnchoringSummary;
import factcheck.claim.Claim;
import factcheck.claim.ClaimService;
import factcheck.claim.ReviewProgress;
import factcheck.original.Originals;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The article page's workbench: the text with its claims marked, the claim list, the progress bar. Built with one
 * query each for the article, its claims and the counts, however many claims there are; shown for a GET and again,
 * with a message, when a change to the claims is refused.
 */
@ApplicationScoped
class ArticleWorkbench {

    private final ArticleService articles;
    private final ClaimService claims;
    private final Originals originals;

    ArticleWorkbench(ArticleService articles, ClaimService claims, Originals originals) {
        this.articles = articles;
        this.claims = claims;
        this.originals = originals;
    }

    /**
     * @param edited what a text correction did to the claims, or null
     * @param selected the claim to open in the panel, or null
     * @param message why a change was refused, or null
     */
    public TemplateInstance show(long articleId, AnchoringSummary edited, Long selected, String message) {
        Article article = articles.get(articleId);
        List<Claim> articleClaims = claims.claimsOf(articleId);
        ReviewProgress progress = claims.progressOf(List.of(articleId)).get(articleId);
        return ArticlePage.Templates.detail(article, articleClaims, progress,
                TextSegment.split(article.text, articleClaims), edited, selected, message,
                originals.of(articleId).isPresent() ? List.of() : originals.relativesOf(articleId));
    }

    /** The claim to select from the page's query, or null when there is none or it is not a number. */
    static Long claimId(String query) {
        try {
            return query == null ? null : Long.valueOf(query);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
