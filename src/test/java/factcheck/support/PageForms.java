package factcheck.support;

import factcheck.web.BrowserSessionCookie;
import factcheck.web.CsrfTokens;
import io.quarkus.arc.Arc;
import io.restassured.filter.Filter;
import io.restassured.http.Cookie;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * Page forms carry the CSRF token of the browser's session in the {@code csrf-token} field; the server accepts a
 * POST whose token belongs to the session cookie it comes with. Tests of other page features send the right token
 * with {@code given().filter(csrf())}: for the session they send, or, under {@code @TestSecurity} (which has no
 * session), for a session cookie the filter adds. The CSRF tests themselves check what happens without one.
 */
public final class PageForms {

    public static final String FIELD = "csrf-token";
    private static final String TEST_SESSION = "test-browser-session-0123456789abcdef";

    private PageForms() {
    }

    public static Filter csrf() {
        return (request, response, context) -> {
            addToken((FilterableRequestSpecification) request);
            return context.next(request, response);
        };
    }

    /** The token that forms of the session with this cookie value must carry. */
    public static String tokenFor(String sessionCookie) {
        return Arc.container().instance(CsrfTokens.class).get().forSession(sessionCookie);
    }

    private static void addToken(FilterableRequestSpecification request) {
        Cookie session = request.getCookies().get(BrowserSessionCookie.NAME);
        if (session == null) {
            request.cookie(BrowserSessionCookie.NAME, TEST_SESSION);
        }
        String token = tokenFor(session == null ? TEST_SESSION : session.getValue());
        if (!request.getMultiPartParams().isEmpty()) {
            request.multiPart(FIELD, token);
        } else {
            request.formParam(FIELD, token);
        }
    }
}
