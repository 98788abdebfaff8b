package factcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import factcheck.article.Article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The reported article's metadata. Its text is kept for the formats that show the claims marked in place (HTML,
 * PDF); the data formats leave it out, since the claims quote what matters and an article can be long.
 */
public record ArticleDetailsReport(long id, String title, String outlet, String author, String url,
                                   LocalDate publishedOn, Instant importedAt, @JsonIgnore String text) {

    static ArticleDetailsReport from(Article article) {
        return new ArticleDetailsReport(article.id, article.title, article.outlet, article.author, article.url,
                article.publishedOn, article.createdAt, article.text);
    }
}
