package factcheck.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SplitRequest(@Schema(required = true, description = "Where to cut, in characters from the article's start") Integer at,
                           @Schema(description = "The version the split is based on (or If-Match)") Long version) {
}
