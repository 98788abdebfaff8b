package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

record MergeRequest(@Schema(required = true, description = "The id of the neighbouring claim to take in") Long with,
                           @Schema(description = "The id of the claim (this one or `with`) whose review the merged claim"
                                   + " keeps; left out, the merged claim has no review and is flagged") Long keep,
                           @Schema(description = "The version of this claim the merge is based on (or If-Match)") Long version) {
}
