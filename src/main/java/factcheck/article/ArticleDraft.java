package factcheck.article;

import java.time.LocalDate;

/** What an import provides: the text and whatever metadata is known. Only the text is required. */
public record ArticleDraft(String text, String title, String url, String outlet, String author,
                           LocalDate publishedOn) {
}
