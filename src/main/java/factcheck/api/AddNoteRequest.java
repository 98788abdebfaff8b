package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

record AddNoteRequest(@Schema(required = true) String text) {
}
