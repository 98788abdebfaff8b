package factcheck.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Stands in front of Quarkus Security JPA's password check (form login and HTTP Basic alike). It refuses an
 * account and address that failed too often, and answers for unknown usernames itself, after spending the time of
 * a real password check, so neither the message nor the timing tells whether an account exists. Known usernames
 * pass on (a null identity) to the JPA check; its success clears the failures (see {@link #augment}).
 */
@ApplicationScoped
public class LoginGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest>, SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class);
    private static final String ATTEMPT_KEY = LoginGuard.class.getName() + ".attempt";

    private final LoginThrottle throttle;

    LoginGuard(@ConfigProperty(name = "factcheck.login.max-failures", defaultValue = "5") int maxFailures,
               @ConfigProperty(name = "factcheck.login.lockout", defaultValue = "PT15M") Duration lockout) {
        this.throttle = new LoginThrottle(maxFailures, lockout, Clock.systemUTC());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the JPA provider, which has the default priority. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String username = request.getUsername().toLowerCase(Locale.ROOT);
        String key = username + " from " + clientAddress(request);
        if (throttle.isLocked(key)) {
            LOG.warnf("Refused a login as '%s': too many failed attempts from %s", username, clientAddress(request));
            return Uni.createFrom().failure(new AuthenticationFailedException("Too many failed attempts"));
        }
        throttle.recordAttempt(key);
        request.setAttribute(ATTEMPT_KEY, key);
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            boolean exists;
            try {
                exists = accountExists(request.getUsername());
            } catch (RuntimeException databaseUnreachable) {
                throttle.forgetAttempt(key);
                throw databaseUnreachable;
            }
            if (!exists) {
                Passwords.checkAgainstDecoy(password);
                throw new AuthenticationFailedException();
            }
            return null;
        });
    }

    /** A successful password check clears the failures counted for it. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        Object key = attributes.get(ATTEMPT_KEY);
        if (key != null && !identity.isAnonymous()) {
            throttle.recordSuccess((String) key);
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    /** Forgets every failure; for tests, which each start from a clean slate. */
    public void forgetFailures() {
        throttle.clear();
    }

    @ActivateRequestContext
    @Transactional
    boolean accountExists(String username) {
        return LoginAccount.count("username", username) > 0;
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
