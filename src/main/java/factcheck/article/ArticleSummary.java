package factcheck.article;

import java.time.Instant;
import java.time.LocalDate;

/** An article without its text, as lists show it (a projection: the text is never loaded for a list). */
public record ArticleSummary(Long id, String title, String url, String outlet, String author, LocalDate publishedOn,
                             Instant createdAt) {
}
