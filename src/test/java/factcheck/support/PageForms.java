package factcheck.support;

import io.restassured.filter.Filter;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * Page forms carry the browser's CSRF token twice, as the {@code fcw-csrf} cookie and as the {@code csrf-token}
 * field; the server accepts a POST when the two match. Tests of other page features send a matching pair with
 * {@code given().filter(csrf())}; the CSRF tests themselves check what happens without one.
 */
public final class PageForms {

    public static final String COOKIE = "fcw-csrf";
    public static final String FIELD = "csrf-token";
    private static final String TOKEN = "test-csrf-token-0123456789abcdef";

    private PageForms() {
    }

    public static Filter csrf() {
        return (request, response, context) -> {
            addToken((FilterableRequestSpecification) request);
            return context.next(request, response);
        };
    }

    private static void addToken(FilterableRequestSpecification request) {
        request.cookie(COOKIE, TOKEN);
        if (!request.getMultiPartParams().isEmpty()) {
            request.multiPart(FIELD, TOKEN);
        } else {
            request.formParam(FIELD, TOKEN);
        }
    }
}
