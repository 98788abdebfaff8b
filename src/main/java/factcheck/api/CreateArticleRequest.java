package factcheck.api;

import factcheck.article.ArticleDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

record CreateArticleRequest(
        @Schema(required = true, description = "The article text; claims are extracted from it") String text,
        @Schema(description = "Defaults to the text's first line") String title,
        @Schema(description = "http(s) address of the original") String url,
        String outlet,
        String author,
        LocalDate publishedOn) {

    ArticleDraft toDraft() {
        return new ArticleDraft(text, title, url, outlet, author, publishedOn);
    }
}
