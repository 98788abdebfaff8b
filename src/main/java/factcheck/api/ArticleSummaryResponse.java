package factcheck.api;

import factcheck.article.ArticleSummary;
import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewProgress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An article in the list: metadata and how many claims it has in each workflow status. */
record ArticleSummaryResponse(long id, String title, String url, String outlet, String author,
                                     LocalDate publishedOn, Instant createdAt, long claimCount,
                                     Map<ClaimStatus, Long> statusCounts) {

    static ArticleSummaryResponse from(ArticleSummary article, ReviewProgress progress) {
        return new ArticleSummaryResponse(article.id(), article.title(), article.url(), article.outlet(),
                article.author(), article.publishedOn(), article.createdAt(), progress.total(), progress.statusCounts());
    }
}
