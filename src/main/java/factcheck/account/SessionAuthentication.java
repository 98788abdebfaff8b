package factcheck.account;

import factcheck.web.BrowserSessionCookie;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser's later requests: Quarkus' encrypted cookie says who signed in, and this accepts it only together with
 * a live session of that account on the server ({@link BrowserSessions}). A browser whose session has ended is told
 * to forget both cookies and is treated as signed out.
 */
@ApplicationScoped
public class SessionAuthentication implements IdentityProvider<TrustedAuthenticationRequest> {

    private final BrowserSessions sessions;
    private final String credentialCookie;

    SessionAuthentication(
            BrowserSessions sessions,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String credentialCookie) {
        this.sessions = sessions;
        this.credentialCookie = credentialCookie;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String secret = BrowserSessionCookie.read(routing);
        return context.runBlocking(() -> {
            SecurityIdentity identity = identityFor(request.getPrincipal(), secret);
            if (identity == null) {
                if (routing != null) {
                    BrowserSessionCookie.clear(routing);
                    BrowserSessionCookie.expire(routing, credentialCookie);
                }
                throw new AuthenticationFailedException();
            }
            return identity;
        });
    }

    @ActivateRequestContext
    SecurityIdentity identityFor(String username, String secret) {
        return sessions.resume(username, secret).map(LoginAccount::identity).orElse(null);
    }
}
