package factcheck.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** The signed-in user's own API tokens. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Users")
public class TokenResource {

    private final ApiTokens tokens;
    private final SecurityIdentity identity;

    TokenResource(ApiTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token for yourself; the answer is the only place its secret appears")
    public Response create(CreateTokenRequest request) {
        IssuedToken issued = tokens.issue(me(), required(request).name());
        return Response.created(URI.create("/api/tokens/" + issued.token().id))
                .entity(TokenResponse.from(issued)).build();
    }

    @GET
    @Operation(summary = "Your tokens, newest first, revoked ones included")
    public List<TokenResponse> list() {
        return tokens.list(me()).stream().map(TokenResponse::from).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one of your tokens; it stops working at once")
    public TokenResponse revoke(@RestPath long id) {
        return TokenResponse.from(tokens.revoke(me(), id));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
