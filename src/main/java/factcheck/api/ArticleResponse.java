package factcheck.api;

import factcheck.article.Article;
import factcheck.claim.Claim;
import factcheck.claim.ClaimStatus;
import factcheck.claim.ReviewProgress;
import factcheck.original.Originals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An article with its full text and its claims in text order; {@code relatives}: stored articles that share most of
 * its sentences, likely its source or copies of it (attach one as its original to compare them).
 */
record ArticleResponse(long id, String title, String url, String outlet, String author,
                              LocalDate publishedOn, String contentHash, Instant createdAt, Instant updatedAt,
                              long version, String text, long claimCount, Map<ClaimStatus, Long> statusCounts,
                              List<ClaimResponse> claims, List<Originals.Relative> relatives) {

    static ArticleResponse from(Article article, List<Claim> claims, List<Originals.Relative> relatives) {
        ReviewProgress progress = new ReviewProgress(claims.stream()
                .collect(Collectors.groupingBy(claim -> claim.status, Collectors.counting())));
        return new ArticleResponse(article.id, article.title, article.url, article.outlet, article.author,
                article.publishedOn, article.contentHash, article.createdAt, article.updatedAt, article.version, article.text,
                progress.total(), progress.statusCounts(),
                claims.stream().map(ClaimResponse::from).toList(), relatives);
    }
}
