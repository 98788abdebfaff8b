package factcheck.report;

import factcheck.article.Article;
import factcheck.article.ArticleNotFoundException;
import factcheck.claim.Claim;
import factcheck.claim.Source;
import factcheck.input.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds verification reports: the read side of the review, in the order a reader follows the article. */
@ApplicationScoped
public class ReportService {

    /** The most claims one report across articles holds: more is neither readable nor quick to lay out as PDF. */
    public static final int MAX_CLAIMS = 5_000;

    private final EntityManager entityManager;
    private final ReviewTimes reviewTimes;

    ReportService(EntityManager entityManager, ReviewTimes reviewTimes) {
        this.entityManager = entityManager;
        this.reviewTimes = reviewTimes;
    }

    /**
     * The article's report: metadata, review summary, and the claims in the scope in text order with their sources
     * in the order they were added. Four queries whatever the number of claims, all in one transaction, so the
     * summary always agrees with the claims listed under it.
     *
     * @throws ArticleNotFoundException when there is no such article
     */
    @Transactional
    public ArticleReport reportOf(long articleId, ReportScope scope) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> new ArticleNotFoundException(articleId));
        // The id breaks ties between claims at the same offset, so the order never depends on the query plan.
        List<Claim> claimsInTextOrder = entityManager.createQuery("select c from Claim c"
                        + " where c.article.id = :articleId order by c.ordinal, c.id", Claim.class)
                .setParameter("articleId", articleId)
                .getResultList();
        Map<Long, List<SourceReport>> sourcesByClaim = sourcesByClaim("s.claim.article.id = :key", articleId);
        Map<Long, Instant> reviewedAt = reviewTimes.ofArticle(articleId);
        List<ClaimReport> claims = claimsInTextOrder.stream()
                .map(claim -> ClaimReport.from(claim, articleId, sourcesByClaim.getOrDefault(claim.id, List.of()),
                        reviewedAt.get(claim.id)))
                .filter(scope::includes)
                .toList();
        return articleReport(generatedAt(), scope, article, claims);
    }

    /**
     * The claims across articles that match the filter, grouped by article (in import order), each in text order
     * with its sources. Four queries whatever the number of claims and articles, in one transaction.
     *
     * @throws InvalidFieldException when more than {@link #MAX_CLAIMS} claims match; for the published scope, the
     *                               reviewed and dismissed claims among which the published ones are found count
     */
    @Transactional
    public ReportCollection reportOf(ReportFilter filter) {
        List<ReviewTimes.Match> matches = reviewTimes.matching(filter, MAX_CLAIMS + 1);
        if (matches.size() > MAX_CLAIMS) {
            throw new InvalidFieldException(filter.from() == null ? "verdict" : "from", "More than " + MAX_CLAIMS
                    + " claims match, more than one report holds: choose a shorter period or narrow the filter.");
        }
        Instant generatedAt = generatedAt();
        if (matches.isEmpty()) {
            return new ReportCollection(ArticleReport.SCHEMA_VERSION, generatedAt, filter,
                    ReviewSummaryReport.of(List.of()), 0, List.of());
        }
        List<Long> claimIds = matches.stream().map(ReviewTimes.Match::claimId).toList();
        Map<Long, Claim> claimsById = entityManager.createQuery("select c from Claim c where c.id in :ids", Claim.class)
                .setParameter("ids", claimIds)
                .getResultStream()
                .collect(Collectors.toMap(claim -> claim.id, claim -> claim));
        Map<Long, Article> articlesById = entityManager.createQuery("select a from Article a where a.id in :ids",
                        Article.class)
                .setParameter("ids", matches.stream().map(ReviewTimes.Match::articleId).distinct().toList())
                .getResultStream()
                .collect(Collectors.toMap(article -> article.id, article -> article));
        Map<Long, List<SourceReport>> sourcesByClaim = sourcesByClaim("s.claim.id in :key", claimIds);
        // The matches come article by article, so each article's claims are one run of them.
        Map<Long, List<ClaimReport>> claimsByArticle = new LinkedHashMap<>();
        for (ReviewTimes.Match match : matches) {
            ClaimReport claim = ClaimReport.from(claimsById.get(match.claimId()), match.articleId(),
                    sourcesByClaim.getOrDefault(match.claimId(), List.of()), match.reviewedAt());
            if (filter.scope().includes(claim)) {
                claimsByArticle.computeIfAbsent(match.articleId(), id -> new ArrayList<>()).add(claim);
            }
        }
        List<ArticleReport> articles = claimsByArticle.entrySet().stream()
                .map(entry -> articleReport(generatedAt, filter.scope(), articlesById.get(entry.getKey()),
                        entry.getValue()))
                .toList();
        return new ReportCollection(ArticleReport.SCHEMA_VERSION, generatedAt, filter,
                ReviewSummaryReport.of(articles.stream().flatMap(article -> article.claims().stream()).toList()),
                articles.size(), articles);
    }

    private static ArticleReport articleReport(Instant generatedAt, ReportScope scope, Article article,
                                               List<ClaimReport> claims) {
        return new ArticleReport(ArticleReport.SCHEMA_VERSION, generatedAt, scope, ArticleDetailsReport.from(article),
                ReviewSummaryReport.of(claims), claims);
    }

    // Whole seconds: sub-second precision only adds noise to a line people read.
    private static Instant generatedAt() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    // One query for all the sources rather than one per claim; grouped here in memory.
    private Map<Long, List<SourceReport>> sourcesByClaim(String condition, Object key) {
        List<Source> sources = entityManager.createQuery("select s from Source s where " + condition
                        + " order by s.claim.id, s.createdAt, s.id", Source.class)
                .setParameter("key", key)
                .getResultList();
        Map<Long, List<SourceReport>> byClaim = new HashMap<>();
        for (Source source : sources) {
            // The claims are already loaded above, so this reads no further rows.
            byClaim.computeIfAbsent(source.claim.id, id -> new ArrayList<>()).add(SourceReport.from(source));
        }
        return byClaim;
    }
}
