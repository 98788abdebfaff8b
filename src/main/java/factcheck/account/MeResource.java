package factcheck.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is: lets a tool check its credentials and show the user's name. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Users")
public class MeResource {

    private final AccountService accounts;
    private final SecurityIdentity identity;

    MeResource(AccountService accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The signed-in account")
    public UserResponse me() {
        return UserResponse.from(accounts.get(identity.getPrincipal().getName()));
    }
}
