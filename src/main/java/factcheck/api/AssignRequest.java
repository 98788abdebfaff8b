package factcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

record AssignRequest(@Schema(description = "The user to assign; null or absent clears the assignment") String username) {
}
