package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The original to attach: its text, or the id of a stored article whose text it is. */
record OriginalRequest(@Schema(description = "The original's text") String text,
                       @Schema(description = "A stored article that is the original") Long articleId) {
}
