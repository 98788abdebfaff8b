package factcheck.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Links stored with articles and sources must be web addresses a reader of a report can open. */
public final class HttpUrls {

    private static final int MAX_LENGTH = 2048;

    private HttpUrls() {
    }

    /** The stripped address, or null when absent or blank. */
    public static String optional(String field, String url) {
        String trimmed = Texts.optional(field, url, MAX_LENGTH);
        return trimmed == null ? null : checked(field, trimmed);
    }

    public static String required(String field, String url, String missingMessage) {
        return checked(field, Texts.required(field, url, MAX_LENGTH, missingMessage));
    }

    private static String checked(String field, String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not http(s)
        }
        throw new InvalidFieldException(field, "'" + url + "' is not an http(s) address.");
    }
}
