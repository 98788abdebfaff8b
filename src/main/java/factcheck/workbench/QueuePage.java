package factcheck.workbench;

import factcheck.account.Role;
import factcheck.claim.Claim;
import factcheck.claim.ClaimService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** "My queue": the claims assigned to the signed-in user that still need work. */
@Path("/queue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.REVIEWER)
class QueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Claim> claims);
    }

    private final ClaimService claims;
    private final SecurityIdentity identity;

    QueuePage(ClaimService claims, SecurityIdentity identity) {
        this.claims = claims;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue() {
        return Templates.queue(claims.queueOf(identity.getPrincipal().getName()));
    }
}
