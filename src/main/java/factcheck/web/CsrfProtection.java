package factcheck.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * CSRF protection for the pages (double-submit cookie): each browser gets a random token in an HttpOnly,
 * SameSite=Strict cookie; every form repeats it in a hidden field (or a script in the {@code X-CSRF-Token}
 * header), and a POST whose copy does not match is refused before it changes anything.
 * <p>
 * {@code /api} is left out: the API accepts only credentials sent in the Authorization header (Basic or token),
 * which a page on another site cannot make a browser send. quarkus-rest-csrf cannot leave paths out, and would
 * refuse API clients' multipart uploads, hence this filter.
 */
public class CsrfProtection {

    static final String COOKIE = "fcw-csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CsrfToken current;

    CsrfProtection(CsrfToken current) {
        this.current = current;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (isApi(routing)) {
            return null;
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        String expected = cookie == null ? null : cookie.getValue();
        if (SAFE_METHODS.contains(request.getMethod())) {
            current.setToken(expected != null ? expected : newToken());
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            sent = (String) context.getFormParameter(CsrfToken.PARAMETER_NAME, true, false);
        }
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfTokenMismatchException();
        }
        current.setToken(expected);
        return null;
    }

    /** Hands the token to a browser that has none yet (its first page). */
    @ServerResponseFilter
    public void issue(ContainerRequestContext request, RoutingContext routing) {
        if (isApi(routing) || current.getToken() == null || routing.request().getCookie(COOKIE) != null) {
            return;
        }
        routing.response().addCookie(Cookie.cookie(COOKIE, current.getToken())
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL()));
    }

    private static boolean isApi(RoutingContext routing) {
        String path = routing.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
