package factcheck.web;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere signing the browser in to an account
 * of the attacker's, to see what the victim then types into it). The login form has no session yet to bind a CSRF
 * token to, so its {@code Origin} header, or failing that its {@code Referer}, must name this workbench; a refused
 * sign-in goes back to the login page and checks no password.
 */
@ApplicationScoped
public class CrossSiteLogins {

    private static final Logger LOG = Logger.getLogger(CrossSiteLogins.class);
    /** Before Quarkus' authentication, which signs in a posted login form (routes run in ascending order). */
    private static final int BEFORE_AUTHENTICATION = -SecurityHandlerPriorities.AUTHENTICATION - 1;

    private final String formPostLocation;

    CrossSiteLogins(@ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
                    String formPostLocation) {
        this.formPostLocation = formPostLocation;
    }

    void register(@Observes Router router) {
        router.post(formPostLocation).order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext routing) {
        if (SameOrigin.sentFromHere(routing.request())) {
            routing.next();
            return;
        }
        HttpServerRequest request = routing.request();
        LOG.warnf("Refused a sign-in from another site (Origin %s, Referer %s)",
                request.getHeader("Origin"), request.getHeader("Referer"));
        routing.response().setStatusCode(303).putHeader("Location", "/login?crossSite=true").end();
    }
}
