package factcheck.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The cookie naming a browser's session on the server ({@code fcw-session}): a random secret, beside the encrypted
 * cookie in which Quarkus keeps who signed in. The session record behind it is what signing out, a password change
 * or disabling the account ends; the page forms' CSRF token is derived from it.
 */
public final class BrowserSessionCookie {

    public static final String NAME = "fcw-session";

    private BrowserSessionCookie() {
    }

    /** The session this browser sent, or null. */
    public static String read(RoutingContext routing) {
        Cookie cookie = routing == null ? null : routing.request().getCookie(NAME);
        return cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
    }

    public static void issue(RoutingContext routing, String sessionId) {
        routing.response().addCookie(Cookie.cookie(NAME, sessionId)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL()));
    }

    /** Tells the browser to forget its session. */
    public static void clear(RoutingContext routing) {
        expire(routing, NAME);
    }

    /** Tells the browser to forget a cookie of the whole site. */
    public static void expire(RoutingContext routing, String name) {
        routing.response().addCookie(Cookie.cookie(name, "")
                .setPath("/")
                .setMaxAge(0)
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL()));
    }
}
