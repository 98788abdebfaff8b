package factcheck.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a request or an address is of this workbench: the same host and port the request was sent to (the
 * {@code Host} header, or the proxy's forwarded host where that is enabled).
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /** Whether the browser says the request was sent from one of this workbench's pages. */
    static boolean sentFromHere(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        return isHere(request, origin != null ? origin : request.getHeader("Referer"));
    }

    /** Whether the absolute address points at the host and port the request was sent to. */
    static boolean isHere(HttpServerRequest request, String address) {
        if (address == null) {
            return false;
        }
        try {
            String authority = new URI(address).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(authorityOf(request));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String authorityOf(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return "";
        }
        return authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
    }
}
