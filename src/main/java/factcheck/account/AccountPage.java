package factcheck.account;

import factcheck.input.InvalidFieldException;
import factcheck.web.BrowserSessionCookie;
import factcheck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

/**
 * The signed-in user's own page: their password and their API tokens. A password change ends every session of the
 * account and starts a new one for this browser, which stays signed in.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance account(Account account, List<ApiToken> tokens, IssuedToken issued,
                                               FormErrors errors, boolean passwordChanged);
    }

    private final AccountService accounts;
    private final ApiTokens tokens;
    private final BrowserSessions sessions;
    private final SecurityIdentity identity;

    AccountPage(AccountService accounts, ApiTokens tokens, BrowserSessions sessions, SecurityIdentity identity) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.identity = identity;
    }

    @GET
    public TemplateInstance show(@RestQuery boolean passwordChanged) {
        return page(null, FormErrors.none(), passwordChanged);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
                                   RoutingContext routing) {
        try {
            Account account = accounts.changeOwnPassword(me(), currentPassword, newPassword);
            BrowserSessionCookie.issue(routing, sessions.start(account.id));
            return Response.seeOther(URI.create("/account?passwordChanged=true")).build();
        } catch (InvalidFieldException e) {
            return Response.status(400).entity(page(null, FormErrors.of(e), false)).build();
        }
    }

    /** Answers with the page itself, not a redirect: the new token is shown in this answer and never again. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@RestForm String name) {
        try {
            return Response.ok(page(tokens.issue(me(), name), FormErrors.none(), false)).build();
        } catch (InvalidFieldException e) {
            return Response.status(400).entity(page(null, FormErrors.of(e), false)).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revokeToken(@RestPath long id) {
        tokens.revoke(me(), id);
        return Response.seeOther(URI.create("/account")).build();
    }

    private TemplateInstance page(IssuedToken issued, FormErrors errors, boolean passwordChanged) {
        return Templates.account(accounts.get(me()), tokens.list(me()), issued, errors, passwordChanged);
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
