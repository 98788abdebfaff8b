package factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of the article's text, in characters from its start; the end is exclusive. */
public record SpanRequest(@Schema(required = true) Integer start,
                          @Schema(required = true) Integer end,
                          @Schema(description = "For an existing claim: the version the change is based on (or If-Match)") Long version,
                          @Schema(description = "For an existing claim: the article's version (its ETag) the positions refer to;"
                                  + " a corrected text since is 409") Long articleVersion) {
}
