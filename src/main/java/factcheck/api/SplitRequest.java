package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

record SplitRequest(@Schema(required = true, description = "Where to cut, in characters from the article's start") Integer at,
                           @Schema(description = "Which part keeps the review (status, verdict, rationale): \"first\" or"
                                   + " \"second\"; the other part is left unreviewed and flagged. Left out: neither part"
                                   + " keeps it, both are flagged") String keep,
                           @Schema(description = "The version the split is based on (or If-Match)") Long version,
                           @Schema(description = "The claim's start as read with `at`; if a correction of the text has moved"
                                   + " the claim since, 409") Integer claimStart) {
}
