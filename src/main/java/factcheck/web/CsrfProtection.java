package factcheck.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * CSRF protection for the pages: every form carries a token derived from the browser's session
 * ({@link CsrfTokens}) in a hidden field (or a script in the {@code X-CSRF-Token} header), and a POST whose token
 * does not belong to the session it comes with is refused before it changes anything. No cookie another site
 * could plant makes a token valid: only the session's own secret does, and that is HttpOnly.
 * <p>
 * {@code /api} is left out: the API accepts only credentials sent in the Authorization header (Basic or token),
 * which a page on another site cannot make a browser send. quarkus-rest-csrf cannot leave paths out, and would
 * refuse API clients' multipart uploads, hence this filter. The login form, which has no session yet, is guarded
 * by {@link CrossSiteLogins}.
 */
public class CsrfProtection {

    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CsrfToken current;
    private final CsrfTokens tokens;

    CsrfProtection(CsrfToken current, CsrfTokens tokens) {
        this.current = current;
        this.tokens = tokens;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (isApi(routing)) {
            return null;
        }
        String session = BrowserSessionCookie.read(routing);
        String expected = session == null ? null : tokens.forSession(session);
        current.setToken(expected);
        if (SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        String sent = sentToken(request);
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfTokenMismatchException();
        }
        return null;
    }

    private static String sentToken(ResteasyReactiveContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        if (header != null || !isForm(request.getMediaType())) {
            return header;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        return (String) context.getFormParameter(CsrfToken.PARAMETER_NAME, true, false);
    }

    private static boolean isApi(RoutingContext routing) {
        String path = routing.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
