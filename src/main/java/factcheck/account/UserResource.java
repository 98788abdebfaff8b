package factcheck.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

import static factcheck.web.RequestBodies.required;

/** Account management, for admins. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Users")
public class UserResource {

    private final AccountService accounts;

    UserResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account; the username is taken: 409")
    public Response create(CreateUserRequest request) {
        Account account = accounts.create(required(request).toNewAccount());
        return Response.created(URI.create("/api/users/" + account.username))
                .entity(UserResponse.from(account)).build();
    }

    @GET
    @Operation(summary = "Every account, by username")
    public List<UserResponse> list() {
        return accounts.list().stream().map(UserResponse::from).toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "One account")
    public UserResponse get(@RestPath String username) {
        return UserResponse.from(accounts.get(username));
    }

    @PATCH
    @Path("/{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change an account's role, display name, password, or disable it;"
            + " the last enabled admin cannot be demoted or disabled: 409")
    public UserResponse update(@RestPath String username, UpdateUserRequest request) {
        return UserResponse.from(accounts.change(username, required(request).toChange()));
    }
}
