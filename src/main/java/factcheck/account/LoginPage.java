package factcheck.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
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
 * {@code failed=true}, and the message never says whether the username exists.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    private final SecurityIdentity identity;

    LoginPage(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean signedOut) {
        return Templates.login(failed, signedOut);
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login?signedOut=true")).build();
    }
}
