package factcheck.web;

import factcheck.config.WorkbenchConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * How large a request body may be and how long it may take to arrive, checked as soon as the headers are in.
 * <p>
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused at once ({@code 413}), and one
 * that has not fully arrived {@code factcheck.http.body-timeout} after the workbench began to read it is cut off
 * ({@code 408}); both
 * as problem+json, and the connection is closed. A client trickling its body is never idle, so neither the idle
 * nor the read time-out would end it; with {@link RequestBodyReading} it holds no worker thread meanwhile, and
 * with this limit not its connection and buffer either.
 */
@ApplicationScoped
class RequestBodyLimits {

    private static final Logger LOG = Logger.getLogger(RequestBodyLimits.class);
    private static final String START_CLOCK = RequestBodyLimits.class.getName() + ".startClock";

    private final long maxBytes;
    private final Duration timeout;

    RequestBodyLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                      WorkbenchConfig config) {
        this.maxBytes = maxBodySize.asLongValue();
        this.timeout = config.http().bodyTimeout();
    }

    /** Before anything reads a body. */
    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::watch)
                .failureHandler(this::bodyFailed);
    }

    private void watch(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (declaredLength(request) > maxBytes) {
            refuse(routing, 413, "The request body is " + declaredLength(request) + " bytes; at most " + maxBytes
                    + " are accepted.");
            return;
        }
        if (hasBody(request) && !bodyArrived(request)) {
            // The clock starts when the workbench starts reading the body (see RequestBodyReading): until then the
            // request is paused, and the time taken to sign its caller in is the workbench's, not the client's.
            routing.put(START_CLOCK, (Runnable) () -> startTimer(routing));
        }
        routing.next();
    }

    /** Starts the time-out of the request's body, once; for the handler that goes on to read it. */
    static void startClock(RoutingContext routing) {
        Runnable start = routing.remove(START_CLOCK);
        if (start != null) {
            start.run();
        }
    }

    private void startTimer(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        Vertx vertx = routing.vertx();
        long timer = vertx.setTimer(timeout.toMillis(), fired -> cutOff(routing));
        // An answer given before the body arrived (a 401, say) leaves the timer to close the connection.
        routing.addEndHandler(answered -> {
            if (bodyArrived(request)) {
                vertx.cancelTimer(timer);
            }
        });
    }

    private void cutOff(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (bodyArrived(request)) {
            return;
        }
        LOG.debugf("Cut off %s %s from %s: its body did not arrive within %s", request.method(), request.path(),
                request.remoteAddress(), timeout);
        if (routing.response().headWritten()) {
            request.connection().close();
        } else {
            refuse(routing, 408, "The request body did not arrive within " + timeout.toSeconds() + " s.");
        }
    }

    private static void refuse(RoutingContext routing, int status, String detail) {
        JsonObject problem = new JsonObject().put("type", "about:blank")
                .put("title", status == 413 ? "Content Too Large" : "Request Timeout")
                .put("status", status).put("detail", detail).put("instance", routing.request().path());
        routing.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problem.encode())
                .onComplete(sent -> routing.request().connection().close());
    }

    /**
     * Failures while a body was read: a connection closed mid-body (cut off here, or left by its client) has nobody
     * to answer; a body that outgrew the limit as it arrived (sent without a length) gets the same 413 as one
     * declared too large.
     */
    private void bodyFailed(RoutingContext routing) {
        if (routing.failure() instanceof HttpClosedException) {
            LOG.debugf("The connection of %s %s closed before its body arrived", routing.request().method(),
                    routing.request().path());
        } else if (routing.statusCode() == 413 && !routing.response().headWritten()) {
            refuse(routing, 413, "The request body is larger than the " + maxBytes + " bytes accepted.");
        } else {
            routing.next();
        }
    }

    /** HTTP/1.1: a request with neither a length nor a chunked encoding has no body, however long it is paused. */
    private static boolean hasBody(HttpServerRequest request) {
        return declaredLength(request) > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Whether the whole body has been taken in. A reader that stops at the declared length (a JSON reader at the
     * closing brace) may never take the end of the request, so having read that many bytes counts too: its request
     * may then take as long as its work needs.
     */
    private static boolean bodyArrived(HttpServerRequest request) {
        long length = declaredLength(request);
        return request.isEnded() || length >= 0 && request.bytesRead() >= length;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
