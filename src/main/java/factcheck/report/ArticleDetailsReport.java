package factcheck.report;

import factcheck.article.Article;

import java.time.Instant;
import java.time.LocalDate;

/** The reported article's metadata; its text stays out, since the claims quote what matters. */
public record ArticleDetailsReport(long id, String title, String outlet, String author, String url,
                                   LocalDate publishedOn, Instant importedAt) {

    static ArticleDetailsReport from(Article article) {
        return new ArticleDetailsReport(article.id, article.title, article.outlet, article.author, article.url,
                article.publishedOn, article.createdAt);
    }
}
