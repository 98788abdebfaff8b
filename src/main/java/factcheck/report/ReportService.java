package factcheck.report;

import factcheck.article.Article;
import factcheck.article.ArticleNotFoundException;
import factcheck.claim.Claim;
import factcheck.claim.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds verification reports: the read side of the review, in the order a reader follows the article. */
@ApplicationScoped
public class ReportService {

    private final EntityManager entityManager;

    ReportService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The article's report: metadata, review summary, and every claim in text order with its sources in the
     * order they were added. Three queries whatever the number of claims, all in one transaction, so the summary
     * always agrees with the claims listed under it.
     *
     * @throws ArticleNotFoundException when there is no such article
     */
    @Transactional
    public ArticleReport reportOf(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> new ArticleNotFoundException(articleId));
        List<Claim> claimsInTextOrder = claimsInTextOrder(articleId);
        Map<Long, List<SourceReport>> sourcesByClaim = sourcesByClaim(articleId);
        List<ClaimReport> claims = claimsInTextOrder.stream()
                .map(claim -> ClaimReport.from(claim, sourcesByClaim.getOrDefault(claim.id, List.of())))
                .toList();
        // Whole seconds: sub-second precision only adds noise to a line people read.
        Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new ArticleReport(ArticleReport.SCHEMA_VERSION, generatedAt, ArticleDetailsReport.from(article),
                ReviewSummaryReport.of(claims), claims);
    }

    // The id breaks ties between claims at the same offset, so the order never depends on the query plan.
    private List<Claim> claimsInTextOrder(long articleId) {
        return entityManager.createQuery("select c from Claim c where c.article.id = :articleId"
                        + " order by c.ordinal, c.id", Claim.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }

    // One query for all sources of the article rather than one per claim; grouped here in memory.
    private Map<Long, List<SourceReport>> sourcesByClaim(long articleId) {
        List<Source> sources = entityManager.createQuery("select s from Source s where s.claim.article.id = :articleId"
                        + " order by s.claim.id, s.createdAt, s.id", Source.class)
                .setParameter("articleId", articleId)
                .getResultList();
        Map<Long, List<SourceReport>> byClaim = new HashMap<>();
        for (Source source : sources) {
            // The claims are already loaded above, so this reads no further rows.
            byClaim.computeIfAbsent(source.claim.id, id -> new ArrayList<>()).add(SourceReport.from(source));
        }
        return byClaim;
    }
}
