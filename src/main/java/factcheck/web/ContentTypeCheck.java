package factcheck.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Pattern;

/**
 * A Content-Type that is not a media type ({@code foo}, {@code text}, {@code a/b/c}) is refused as unsupported
 * (415) before an endpoint is chosen: choosing between an endpoint's JSON, text and upload variants reads it.
 */
public class ContentTypeCheck {

    // RFC 9110: type "/" subtype, both tokens, then any parameters.
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[-!#$%&'*+.^_`|~0-9A-Za-z]+/[-!#$%&'*+.^_`|~0-9A-Za-z]+[ \\t]*(;.*)?", Pattern.DOTALL);

    @ServerRequestFilter(preMatching = true)
    public void refuseUnreadable(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank() && !isMediaType(contentType.strip())) {
            throw new UnreadableContentTypeException(contentType.strip());
        }
    }

    static boolean isMediaType(String value) {
        if (!MEDIA_TYPE.matcher(value).matches()) {
            return false;
        }
        try {
            MediaType.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
