package factcheck.web;

import factcheck.input.InvalidFieldException;
import factcheck.input.Texts;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Query and path parameters are checked for the NUL character (U+0000) before any endpoint runs, in the API and
 * the pages alike: PostgreSQL can neither store nor compare it, so a search for it could only fail deeper down.
 * Form fields and JSON strings are checked where they are read ({@link Texts}, {@link StrictJson}), so a page
 * can show the message next to its field.
 */
public class NulFreeParameters {

    @ServerRequestFilter
    public void refuseNul(UriInfo uri) {
        refuseNul(uri.getQueryParameters());
        refuseNul(uri.getPathParameters());
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (Texts.hasNul(name) || parameter.getValue().stream().anyMatch(value -> value != null && Texts.hasNul(value))) {
                String printable = name.replace('\0', '\uFFFD');
                throw new InvalidFieldException(printable, "The parameter " + printable + " contains a NUL character"
                        + " (U+0000), which cannot be stored or searched for.");
            }
        }
    }
}
