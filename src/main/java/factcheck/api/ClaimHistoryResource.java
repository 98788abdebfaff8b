package factcheck.api;

import factcheck.account.Role;
import factcheck.claim.history.ClaimHistory;
import factcheck.claim.history.HistoryEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

@Path("/api/claims/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@RolesAllowed(Role.Names.REVIEWER)
class ClaimHistoryResource {

    private final ClaimHistory history;

    ClaimHistoryResource(ClaimHistory history) {
        this.history = history;
    }

    @GET
    @Operation(summary = "Every change of the claim, its sources and notes, oldest first: who, when, which fields from what to what")
    public List<HistoryEntry> history(@RestPath long id) {
        return history.historyOf(id);
    }
}
