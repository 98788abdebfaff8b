package factcheck.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads a signed-in caller's request body in full on the I/O threads, before a worker thread takes the request.
 * <p>
 * Quarkus REST reads the body of a blocking endpoint on its worker thread, which then waits for every byte: a few
 * hundred clients sending their bodies slowly would hold every worker thread and no other request would be
 * answered. Read here, a slow body costs a connection and a buffer (both freed by {@link RequestBodyLimits}) and
 * REST finds it complete. Anonymous callers are not read for: their request is refused before its body matters,
 * so nobody can make the workbench hold bodies in memory without an account.
 */
@ApplicationScoped
class RequestBodyReading {

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private static final String READ_HERE = RequestBodyReading.class.getName() + ".read";

    private final BodyHandler bodies;
    private final String formLoginPath;

    RequestBodyReading(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                       @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploadsDirectory,
                       @ConfigProperty(name = "quarkus.http.auth.form.post-location") String formLoginPath) {
        this.bodies = BodyHandler.create(uploadsDirectory)
                .setBodyLimit(maxBodySize.asLongValue())
                .setDeleteUploadedFilesOnEnd(true);
        this.formLoginPath = formLoginPath;
    }

    /** After authentication has been set up, and before Quarkus REST. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::read);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2).handler(RequestBodyReading::markFormRead);
    }

    private void read(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        Uni<SecurityIdentity> caller = routing.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        // The login form's mechanism reads its own body while signing in.
        if (caller == null || !WITH_BODY.contains(request.method()) || request.isEnded()
                || routing.normalizedPath().equals(formLoginPath)) {
            RequestBodyLimits.startClock(routing);
            routing.next();
            return;
        }
        Context ioThread = routing.vertx().getOrCreateContext();
        // A sign-in that fails here is answered by REST, as if it had signed the caller in itself: its exception
        // mappers tell wrong credentials (401) from an unreachable database (503).
        Object failureHandler = routing.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        routing.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ignored, failure) -> {
        });
        caller.subscribe().with(
                identity -> ioThread.runOnContext(resumed -> {
                    routing.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
                    readIfSignedIn(routing, identity);
                }),
                failure -> ioThread.runOnContext(resumed -> {
                    routing.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
                    RequestBodyLimits.startClock(routing);
                    routing.next();
                }));
    }

    private void readIfSignedIn(RoutingContext routing, SecurityIdentity identity) {
        RequestBodyLimits.startClock(routing);
        if (identity.isAnonymous() || routing.request().isEnded()) {
            routing.next();
            return;
        }
        routing.put(READ_HERE, true);
        // Resumes the paused request itself, once it listens: resumed earlier, an empty body would end unheard.
        bodies.handle(routing);
    }

    /**
     * REST takes a form read here from its fields, but one without any fields it would try to read again, from a
     * request that has already ended, and wait forever. A field with no name, which no form has, marks it read.
     */
    private static void markFormRead(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (routing.get(READ_HERE) != null && request.isExpectMultipart() && request.formAttributes().isEmpty()
                && routing.fileUploads().isEmpty()) {
            request.formAttributes().add("", "");
        }
        routing.next();
    }
}
