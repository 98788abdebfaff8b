package factcheck.account;

import factcheck.config.WorkbenchConfig;
import factcheck.web.BrowserSessionCookie;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password, for the login form and HTTP Basic alike. Only a wrong password counts towards
 * the lockout of an account and address ({@link LoginThrottle}), so a right one is never refused for requests sent
 * at the same moment. An unknown username is checked against a decoy hash, so it takes as long as a wrong password
 * and gets the same answer: neither tells whether an account exists. A sign-in through the form starts a browser
 * session ({@link BrowserSessions}).
 */
@ApplicationScoped
public class LoginGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class);

    private final LoginThrottle throttle;
    private final BrowserSessions sessions;
    private final String formPostLocation;

    LoginGuard(WorkbenchConfig config,
               @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
               String formPostLocation,
               BrowserSessions sessions) {
        this.throttle = new LoginThrottle(config.login().maxFailures(), config.login().lockout(), Clock.systemUTC());
        this.formPostLocation = formPostLocation;
        this.sessions = sessions;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String key = request.getUsername().toLowerCase(Locale.ROOT) + " from " + clientAddress(routing);
        if (throttle.isLocked(key)) {
            LOG.warnf("Refused a login as %s: too many wrong passwords", key);
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> signIn(request.getUsername(), password, key, routing));
    }

    /** Forgets every failure; for tests, which each start from a clean slate. */
    public void forgetFailures() {
        throttle.clear();
    }

    private SecurityIdentity signIn(String username, String password, String key, RoutingContext routing) {
        Optional<LoginAccount> account = find(username);
        boolean rightPassword = account.isPresent()
                ? Passwords.matches(password, account.get().passwordHash)
                : Passwords.checkAgainstDecoy(password);
        if (!throttle.admit(key, rightPassword)) {
            if (rightPassword) {
                LOG.warnf("Refused a login as %s with the right password: too many wrong passwords before it", key);
            }
            throw new AuthenticationFailedException();
        }
        if (isFormLogin(routing)) {
            BrowserSessionCookie.issue(routing, sessions.start(account.get().id));
        }
        return account.get().identity();
    }

    @ActivateRequestContext
    @Transactional
    Optional<LoginAccount> find(String username) {
        // PostgreSQL cannot even compare text holding NUL, and no username holds one.
        return username.indexOf('\0') >= 0 ? Optional.empty() : LoginAccount.findByUsername(username);
    }

    private boolean isFormLogin(RoutingContext routing) {
        return routing != null && routing.request().method() == HttpMethod.POST
                && formPostLocation.equals(routing.normalizedPath());
    }

    private static String clientAddress(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
