package factcheck.api;

import factcheck.claim.SourceDraft;
import factcheck.claim.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

record AddSourceRequest(
        @Schema(required = true, description = "http(s) address of the source") String url,
        String title,
        String publisher,
        @Schema(description = "The passage that bears on the claim") String excerpt,
        @Schema(required = true) Stance stance,
        LocalDate publishedOn) {

    SourceDraft toDraft() {
        return new SourceDraft(url, title, publisher, excerpt, stance, publishedOn);
    }
}
