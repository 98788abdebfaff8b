package factcheck.web;

import factcheck.input.InvalidFieldException;
import factcheck.problem.DomainProblemException;
import factcheck.problem.FieldError;
import factcheck.problem.ResourceNotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where errors become responses: RFC 9457 problem+json under {@code /api}, an error page
 * elsewhere. Details are written for the user; class names and stack traces never leave the server.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String REALM = "Fact-Check Workbench";
    /** The embedded database restarts, and the pool replaces closed connections, within a few seconds. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return respond(Problem.of(404, e.getMessage(), path(uri)), uri);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return respond(Problem.of(400, e.getMessage(), path(uri))
                .with("errors", List.of(new FieldError(e.field(), e.getMessage()))), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(400, detail, path(uri)).with("errors", errors), uri);
    }

    @ServerExceptionMapper
    public Response domainProblem(DomainProblemException e, UriInfo uri) {
        Problem problem = Problem.of(e.status(), e.getMessage(), path(uri));
        e.extensions().forEach(problem::with);
        return respond(problem, uri);
    }

    /** Two saves of the same thing at the same moment; the database let one through. */
    @ServerExceptionMapper
    public Response concurrentSave(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(409, "Someone else saved this at the same moment. Reload it, then apply your"
                + " change again.", path(uri)), uri);
    }

    /**
     * No or wrong credentials. API clients are told which schemes to use; browsers go to the login form, which
     * remembers the page they asked for.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri, RoutingContext routing) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            // The credentials could not be checked, which says nothing about whether they are right.
            return Uni.createFrom().item(databaseUnavailable(e, uri));
        }
        if (isApi(uri)) {
            return Uni.createFrom().item(Response.fromResponse(Problem.of(401, "Sign in: send HTTP Basic credentials"
                            + " or an API token (Authorization: Bearer ...).", path(uri)).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
                    .build());
        }
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(Response.seeOther(URI.create("/login")).build());
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Your role does not allow this.", path(uri)), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof NulInJsonException nul) {
            return respond(Problem.of(400, fieldOf(nul) + ": " + nul.getOriginalMessage(), path(uri))
                    .with("errors", List.of(new FieldError(fieldOf(nul), nul.getOriginalMessage()))), uri);
        }
        return respond(Problem.of(400, describe(e), path(uri)), uri);
    }

    /** Jackson's wrong-type errors; named apart so this mapper wins over the framework's built-in one. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        return respond(Problem.of(status, readableMessage(status), path(uri)), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            return databaseUnavailable(e, uri);
        }
        Optional<Problem> known = DatabaseFailures.problemFor(e, path(uri));
        if (known.isPresent()) {
            return respond(known.get(), uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(Problem.of(500, "Something went wrong on our side; the error is logged.", path(uri)), uri);
    }

    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("The database could not be reached for %s: %s", path(uri), e.getMessage());
        return Response.fromResponse(respond(Problem.of(503, "The database cannot be reached at the moment."
                        + " Try again in a few seconds.", path(uri)), uri))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        if (isApi(uri)) {
            return problem.toResponse();
        }
        return Response.status(problem.getStatus())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.Templates.error(problem.getStatus(), problem.getTitle(), problem.getDetail()).render())
                .build();
    }

    private static boolean isApi(UriInfo uri) {
        return path(uri).startsWith("/api");
    }

    private static String path(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/+", "");
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return "'" + invalid.getValue() + "' is not a valid " + fieldOf(invalid) + "; allowed values: " + allowed + ".";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not a valid " + fieldOf(invalid) + ".";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "The value of " + fieldOf(mapping) + " has the wrong type.";
        }
        if (e instanceof MismatchedInputException) {
            return "The request body must be a JSON object.";
        }
        return "The request body is not valid JSON.";
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths look like "create.request.text": the last part names the field.
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String readableMessage(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "None of the accepted media types can be produced here.";
            case 415 -> "This media type is not accepted here.";
            default -> Map.of(400, "The request is malformed.", 413, "The request is too large.")
                    .getOrDefault(status, "The request could not be processed.");
        };
    }
}
