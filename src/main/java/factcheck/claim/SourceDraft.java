package factcheck.claim;

import java.time.LocalDate;

/** A source as a reviewer enters it. */
public record SourceDraft(String url, String title, String publisher, String excerpt, Stance stance,
                          LocalDate publishedOn) {
}
