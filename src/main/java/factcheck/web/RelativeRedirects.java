package factcheck.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;

/**
 * Redirects within the workbench are sent as paths ({@code Location: /login}), never as absolute addresses. Quarkus
 * and JAX-RS build absolute ones from the request's {@code Host} header, which the client chooses: a cache or proxy
 * in front could then send users to another host. A browser resolves a path against the address it asked, so
 * nothing changes for it.
 */
@ApplicationScoped
public class RelativeRedirects {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            routing.addHeadersEndHandler(ignored -> relativise(routing));
            routing.next();
        });
    }

    private static void relativise(RoutingContext routing) {
        String location = routing.response().headers().get("Location");
        if (location == null || !SameOrigin.isHere(routing.request(), location)) {
            return;
        }
        URI uri = URI.create(location);
        // "//host" or "/\host" would be read as another host: a path starts with exactly one slash.
        String path = "/" + (uri.getRawPath() == null ? "" : uri.getRawPath()).replaceFirst("^[/\\\\]+", "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        routing.response().headers().set("Location", path + query + fragment);
    }
}
