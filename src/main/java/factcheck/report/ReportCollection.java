package factcheck.report;

import java.time.Instant;
import java.util.List;

/**
 * A report across articles: the claims that match a filter, grouped by article. Each entry of {@code articles} is
 * an article report (the single-article document) holding only the matching claims, with a summary of those;
 * {@code summary} totals them all.
 */
public record ReportCollection(int schemaVersion, Instant generatedAt, ReportFilter filter,
                               ReviewSummaryReport summary, int articleCount, List<ArticleReport> articles) {

    public ReportCollection {
        articles = List.copyOf(articles);
    }

    /** Every matching claim, article by article, in text order. */
    List<ClaimReport> claims() {
        return articles.stream().flatMap(article -> article.claims().stream()).toList();
    }
}
