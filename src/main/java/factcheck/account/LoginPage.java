package factcheck.account;

import factcheck.web.BrowserSessionCookie;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * Signing in and out. The form posts to Quarkus' {@code /j_security_check}; a failed attempt comes back here with
 * {@code failed=true}, and the message never says whether the username exists; a sign-in posted from another site
 * comes back with {@code crossSite=true}. Signing out ends this browser's session on the server, so a copy of its
 * cookies is of no use afterwards.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, boolean crossSite);
    }

    private final SecurityIdentity identity;
    private final BrowserSessions sessions;

    LoginPage(SecurityIdentity identity, BrowserSessions sessions) {
        this.identity = identity;
        this.sessions = sessions;
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean signedOut,
                                  @RestQuery boolean crossSite) {
        return Templates.login(failed, signedOut, crossSite);
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout(RoutingContext routing) {
        sessions.end(BrowserSessionCookie.read(routing));
        BrowserSessionCookie.clear(routing);
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login?signedOut=true")).build();
    }
}
