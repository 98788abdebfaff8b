package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AddNoteRequest(@Schema(required = true) String text) {
}
