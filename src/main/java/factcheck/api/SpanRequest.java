package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of the article's text, in characters from its start; the end is exclusive. */
record SpanRequest(@Schema(required = true) Integer start,
                          @Schema(required = true) Integer end,
                          @Schema(description = "For an existing claim: the version the change is based on (or If-Match)") Long version,
                          @Schema(description = "For an existing claim: its start as read with the positions; if a correction"
                                  + " of the text has moved it since, 409") Integer claimStart) {
}
