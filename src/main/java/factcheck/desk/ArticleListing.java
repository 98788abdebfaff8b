package factcheck.desk;

import factcheck.article.ArticleSummary;
import factcheck.claim.ReviewProgress;

import java.util.List;
import java.util.Map;

/** One page of the article list with each article's review progress. */
public record ArticleListing(List<ArticleSummary> items, Map<Long, ReviewProgress> progress, int page, int size,
                             long total) {

    public ReviewProgress progressOf(ArticleSummary article) {
        return progress.getOrDefault(article.id(), ReviewProgress.NONE);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
