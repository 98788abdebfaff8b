package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

record ReplaceTextRequest(
        @Schema(required = true, description = "The corrected article text") String text,
        @Schema(description = "The article version the edit is based on; a stale one is refused with 409") Long version) {
}
